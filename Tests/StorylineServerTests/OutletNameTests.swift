import StorylineStore
import Testing
@testable import StorylineServer

/// Documents without a publisher are shown under the site they came from.
@Suite struct OutletNameTests {
    static func outlet(url: String?) -> String? {
        DocumentSummary(id: "x", title: nil, publisher: nil, published: nil, kind: .report, url: url, lowQuality: false).outlet
    }

    @Test func theSiteOfAnHTTPURLNamesTheOutlet() {
        #expect(Self.outlet(url: "https://www.bbc.co.uk/news/world-123") == "bbc.co.uk")
        #expect(Self.outlet(url: "http://user@News.Example.org:8080/a?b#c") == "news.example.org")
        #expect(Self.outlet(url: "https://eastmere-gazette.test") == "eastmere-gazette.test")
    }

    @Test func anythingButAnHTTPURLNamesNoOutlet() {
        #expect(Self.outlet(url: nil) == nil)
        #expect(Self.outlet(url: "javascript:alert(1)") == nil)
        #expect(Self.outlet(url: "/relative/path") == nil)
        #expect(Self.outlet(url: "file:///etc/passwd") == nil)
    }

    @Test func thePublisherWinsOverTheSite() {
        let named = DocumentSummary(
            id: "a", title: nil, publisher: "Eastmere Gazette", published: nil, kind: .report, url: "https://gazette.test/x", lowQuality: false)
        let unnamed = DocumentSummary(id: "b", title: nil, publisher: "  ", published: nil, kind: .report, url: "https://www.ledger.test/y", lowQuality: false)
        let unknown = DocumentSummary(id: "c", title: nil, publisher: nil, published: nil, kind: .report, url: nil, lowQuality: false)
        #expect(named.outlet == "Eastmere Gazette")
        #expect(unnamed.outlet == "ledger.test")
        #expect(unknown.outlet == nil)
    }

    /// One outlet arrives under its publisher's name, a feed's title and its site: a story's
    /// pages count it once and show it under one name, as its brief does.
    @Test func aStoryCountsOneOutletUnderOneNameWhateverItArrivedAs() {
        func doc(_ id: String, publisher: String?, url: String?) -> DocumentSummary {
            DocumentSummary(id: id, title: nil, publisher: publisher, published: nil, kind: .report, url: url, lowQuality: false)
        }
        let docs = [
            doc("a", publisher: "Northwind Wire", url: nil),
            doc("b", publisher: nil, url: "https://www.northwindwire.example/world/1"),
            doc("c", publisher: "Northwind Wire – Top World Stories", url: nil),
            doc("d", publisher: "Eastmere Gazette", url: nil),
            doc("e", publisher: nil, url: nil),
        ]
        let summaries = Dictionary(uniqueKeysWithValues: docs.map { ($0.id, $0) })
        let ids = docs.map(\.id)
        #expect(Components.outlets(ids, summaries: summaries) == ["Northwind Wire", "Eastmere Gazette"])
        let names = Components.outletNames(ids, summaries: summaries)
        #expect(names["b"] == "Northwind Wire" && names["c"] == "Northwind Wire")
        #expect(names["e"] == nil)
        let story = StoryRecord(
            id: "s", storyline: "l", title: "Storm", firstPublished: nil, lastPublished: nil, updated: "2025-01-01",
            documents: ids.map { StoryMember(document: $0) })
        let page = ComparisonPage(story: story, brief: nil, summaries: summaries, analyses: [:])
        #expect(page.columns == ["Northwind Wire", "Eastmere Gazette", ComparisonPage.unknownOutlet])
    }
}
