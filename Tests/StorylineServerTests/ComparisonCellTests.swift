import StorylineCore
import Testing
@testable import StorylineServer

/// A comparison cell stays short however many documents an outlet has.
@Suite struct ComparisonCellTests {
    static func item(_ value: String, _ who: String?, _ doc: String) -> ComparisonPage.Item {
        ComparisonPage.Item(value: "\(value)", who: who, citations: [Citation(document: doc, publisher: nil, quote: "\(value) said \(doc)")])
    }

    @Test func equalValuesAreShownOnceWithHowOftenAndByWhom() {
        let html = ComparisonPage.cell([
            Self.item("two", "the navy", "d1"), Self.item("two", "officials", "d2"), Self.item("three", nil, "d3"),
            Self.item("two", "the navy", "d4"),
        ]).raw
        #expect(html.components(separatedBy: "<strong>two</strong>").count == 2)
        #expect(html.contains("×3"))
        #expect(html.contains("(the navy, officials)"))
        #expect(html.contains("<strong>three</strong>"))
        #expect(html.contains("[3]") && !html.contains("[4]"), "at most three citation links per value")
    }

    @Test func manyDistinctValuesAreCutWithACount() {
        let items = (1...9).map { Self.item("\($0)", nil, "d\($0)") }
        let html = ComparisonPage.cell(items).raw
        #expect(html.contains("and \(9 - ComparisonPage.itemsPerCell) more"))
        #expect(!html.contains("<strong>9</strong>"))
    }

    @Test func valuesAreEscaped() {
        let html = ComparisonPage.cell([Self.item("<script>alert(1)</script>", "<img onerror=x>", "d1")]).raw
        #expect(!html.contains("<script>") && !html.contains("<img"))
    }
}

extension ComparisonCellTests {
    @Test func anAttributionToTheColumnsOwnOutletIsLeftOut() {
        let html = ComparisonPage.cell([Self.item("12", "Eastmere Gazette", "d1")], outlet: "Eastmere Gazette").raw
        #expect(!html.contains("(Eastmere Gazette)"))
        let other = ComparisonPage.cell([Self.item("12", "the coastguard", "d1")], outlet: "Eastmere Gazette").raw
        #expect(other.contains("(the coastguard)"))
    }
}
