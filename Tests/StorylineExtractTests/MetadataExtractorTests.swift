import Foundation
import StorylineCore
import Testing
import TestSupport

@testable import StorylineExtract

@Suite struct MetadataExtractorTests {
    func metadata(_ html: String) -> PageMetadata {
        let dom = HTMLParser.parse(html)
        return MetadataExtractor.extract(dom, facts: HeadFacts(dom))
    }

    func fixture(_ name: String) throws -> PageMetadata { metadata(try Fixtures.string("extract/html/" + name)) }

    @Test func readsDeclaredMetadata() throws {
        let m = try fixture("article-basic.html")
        #expect(m.title == "Harbour bridge reopens after repairs")
        #expect(m.publisher == "The Northern Ledger")
        #expect(m.byline == "Mara Quell")
        #expect(m.published.map(ISO8601.format) == "2031-03-14T08:30:00Z")
        #expect(m.language == "en")
        #expect(m.url == "https://ledger.example/local/2031/03/14/harbour-bridge-reopens")
    }

    @Test func fillsKindSignals() throws {
        let s = try fixture("article-basic.html").signals
        #expect(s.schemaTypes.contains("NewsArticle"))
        #expect(s.openGraphType == "article")
        #expect(s.section == "Local")
        #expect(s.urlPath == "/local/2031/03/14/harbour-bridge-reopens")
    }

    @Test func jsonLDGraphGivesDateLanguageAndPublisher() throws {
        let m = try fixture("jsonld-only.html")
        #expect(m.published.map(ISO8601.format) == "2030-09-02")
        #expect(m.language == "nl")
        #expect(m.publisher == "Valley Post")
        #expect(m.title == "Orchard yields fall")
    }

    @Test func timeElementMarkedPublishedGivesTheDate() throws {
        let m = try fixture("dates.html")
        #expect(m.published.map(ISO8601.format) == "2029-06-05T17:20:00Z")
        #expect(m.language == "pt")
    }

    @Test func titleSuffixGivesPublisherWhenNothingElseDoes() {
        let m = metadata("<title>Storm closes schools | Hill Gazette</title><p>x</p>")
        #expect(m.publisher == "Hill Gazette")
        #expect(m.title == "Storm closes schools")
    }

    @Test func urlDatePatternIsAFallback() {
        let m = metadata("<link rel=canonical href='https://x.example/news/2028/02/29/leap'><p>x</p>")
        #expect(m.published.map(ISO8601.format) == "2028-02-29")
        #expect(PublicationDate.fromURL("https://x.example/2027-11-05/story") == CivilDate.date(year: 2027, month: 11, day: 5))
        #expect(PublicationDate.fromURL("https://x.example/id/12345678901") == nil)
    }

    @Test func parsesCommonDateSpellings() {
        func iso(_ s: String) -> String? { PublicationDate.parse(s).map(ISO8601.format) }
        #expect(iso("2019-11-19T11:00:09.000Z") == "2019-11-19T11:00:09Z")
        #expect(iso("2019-11-19 11:00:09 +0100") == "2019-11-19T10:00:09Z")
        #expect(iso("2019/11/19") == "2019-11-19")
        #expect(iso("20191119") == "2019-11-19")
        #expect(iso("Tue, 19 Nov 2019 11:00:09 GMT") == "2019-11-19T11:00:00Z")
        #expect(iso("November 19, 2019") == "2019-11-19")
        #expect(iso("19 November 2019") == "2019-11-19")
        #expect(iso("yesterday") == nil)
        #expect(iso("1850-01-01") == nil)
    }

    @Test func visibleDatelineNearTheHeadlineIsTheLastResort() throws {
        let m = try fixture("visible-dateline.html")
        // The date beside the headline, not today's date in the page header nor a date in the text.
        #expect(m.published.map(ISO8601.format) == "2030-11-19T17:04:00Z")
    }

    @Test func withoutAHeadlineTheFirstLinesOfTheBodyAreRead() {
        let html = "<body>\n <div>\n <p>Harbour news</p>\n <p>19.11.2030</p>\n <p>The ferry will run three times a day from December.</p></div></body>"
        #expect(metadata(html).published.map(ISO8601.format) == "2030-11-19")
    }

    @Test func datesInsideParagraphsAreNotDatelines() throws {
        #expect(try fixture("dateline-in-text-only.html").published == nil)
    }

    @Test func declaredDatesWinOverVisibleDatelines() {
        let html = "<meta property='article:published_time' content='2031-01-02T03:04:05Z'><body><h1>T</h1><p>March 9, 2030</p></body>"
        #expect(metadata(html).published.map(ISO8601.format) == "2031-01-02T03:04:05Z")
    }

    @Test func bylinePrefixIsRemoved() {
        let m = metadata("<meta name=author content='By Ada Rook'><p>x</p>")
        #expect(m.byline == "Ada Rook")
    }
}
