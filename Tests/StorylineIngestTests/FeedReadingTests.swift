import Foundation
import StorylineCore
import StorylineIngest
import TestSupport
import Testing

@Suite struct FeedReadingTests {
    let reader = DocumentReader()

    @Test func rssItemsBecomeDocumentsWithLinkDateAndAuthor() throws {
        let result = reader.read(fileAt: Fixtures.url("ingest/rss.xml").path)
        #expect(result.failures.isEmpty)
        try #require(result.documents.count == 3)
        let first = result.documents[0]
        #expect(first.hints.title == "Ferry service to Oster Island suspended after storm damage")
        #expect(first.hints.url == "https://harbour-ledger.example/2025/03/ferry-suspended")
        #expect(first.hints.author == "Ines Maravel")
        #expect(first.hints.publisher == "The Harbour Ledger")
        #expect(first.hints.published.map(ISO8601.format) == "2025-03-11T06:45:00Z")
        #expect(first.content.contains("harbour master Teodor Brinck"), "full content (content:encoded) wins over the summary")
        #expect(first.origin.item == 1)
        #expect(result.documents[1].warnings.contains { $0.contains("summary only") })
        #expect(result.documents[2].hints.title == "Fishing quotas & the spring season")
        #expect(result.documents[2].content.contains("<p>Boats may land 12 tonnes a week.</p>"), "escaped HTML is unescaped once")
    }

    @Test func atomEntriesKeepXHTMLContentAndSummaries() throws {
        let result = reader.read(fileAt: Fixtures.url("ingest/atom.xml").path)
        #expect(result.failures.isEmpty)
        try #require(result.documents.count == 3)
        let first = result.documents[0]
        #expect(first.hints.publisher == "Northfield Courier")
        #expect(first.hints.author == "Pavel Orrin")
        #expect(first.hints.url == "https://northfield-courier.example/oster-stock-up")
        #expect(first.content.contains("<p>Shops on Oster Island reported a rush on bread and fuel on Tuesday.</p>"))
        #expect(first.hints.published.map(ISO8601.format) == "2025-03-11T11:30:00Z")
        let second = result.documents[1]
        #expect(second.hints.published.map(ISO8601.format) == "2025-03-12T09:00:00Z", "updated stands in for published")
        #expect(second.content.contains("<p>Repairs to the ramp should take three weeks"), "text summaries become a minimal page")
        #expect(second.content.contains("<title>Port authority publishes repair timetable</title>"))
        #expect(result.documents[2].content == "<p>The operator said ticket holders would be refunded in full.</p>")
    }

    @Test func jsonFeedItemsReadHTMLOrText() throws {
        let result = reader.read(fileAt: Fixtures.url("ingest/feed.json").path)
        #expect(result.failures.isEmpty)
        try #require(result.documents.count == 2)
        #expect(result.documents[0].hints.author == "Lotte Verhaven")
        #expect(result.documents[0].hints.publisher == "Vellmark Daily")
        #expect(result.documents[1].content.contains("<p>The council thanked them.</p>"))
        #expect(result.documents[1].hints.published.map(ISO8601.format) == "2025-03-15T17:00:00Z")
    }

    @Test func truncatedFeedKeepsCompleteItemsAndReportsTheBreak() throws {
        let result = reader.read(fileAt: Fixtures.url("ingest/truncated.xml").path)
        #expect(result.documents.count == 1)
        #expect(result.documents.first?.hints.title == "First complete item")
        try #require(result.failures.count == 1)
        #expect(result.failures[0].message.contains("truncated or malformed"))
        #expect(result.failures[0].origin.location.hasSuffix("truncated.xml"))
    }

    @Test func rfc822DatesWithZonesParse() {
        #expect(FeedDate.parse("Sat, 26 Oct 2024 08:11:00 +0100").map(ISO8601.format) == "2024-10-26T07:11:00Z")
        #expect(FeedDate.parse("26 Oct 2024 08:11 EST").map(ISO8601.format) == "2024-10-26T13:11:00Z")
        #expect(FeedDate.parse("2024-10-26").map(ISO8601.format) == "2024-10-26")
        #expect(FeedDate.parse("yesterday-ish") == nil)
    }
}
