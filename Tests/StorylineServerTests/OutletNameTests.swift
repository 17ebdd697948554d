import StorylineStore
import Testing
@testable import StorylineServer

/// Documents without a publisher are shown under the site they came from.
@Suite struct OutletNameTests {
    @Test func theSiteOfAnHTTPURLNamesTheOutlet() {
        #expect(OutletName.site(of: "https://www.bbc.co.uk/news/world-123") == "bbc.co.uk")
        #expect(OutletName.site(of: "http://user@News.Example.org:8080/a?b#c") == "news.example.org")
        #expect(OutletName.site(of: "https://eastmere-gazette.test") == "eastmere-gazette.test")
    }

    @Test func anythingButAnHTTPURLNamesNoOutlet() {
        #expect(OutletName.site(of: nil) == nil)
        #expect(OutletName.site(of: "javascript:alert(1)") == nil)
        #expect(OutletName.site(of: "/relative/path") == nil)
        #expect(OutletName.site(of: "file:///etc/passwd") == nil)
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
