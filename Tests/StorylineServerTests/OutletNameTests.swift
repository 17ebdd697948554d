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
}
