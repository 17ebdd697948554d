import StorylineCore
import StorylineExtract
import Testing
import TestSupport

@Suite struct DocumentExtractorTests {
    @Test func containerHintsFillMissingMetadata() {
        let raw = RawDocument(
            origin: DocumentOrigin(location: "feed.xml", item: 1), format: .text,
            content: "Headline\nFirst paragraph of the story.",
            hints: DocumentHints(url: "https://example.org/a", publisher: "Example Times"))
        let doc = DocumentExtractor().extract(raw)
        #expect(doc.publisher == "Example Times")
        #expect(doc.url == "https://example.org/a")
    }

    @Test func htmlPagesGoThroughTheHTMLPipeline() throws {
        let html = try Fixtures.string("extract/html/article-basic.html")
        let doc = DocumentExtractor().extract(
            RawDocument(origin: DocumentOrigin(location: "a.html"), format: .html, content: html,
                        hints: DocumentHints(publisher: "Feed Name")))
        #expect(doc.title == "Harbour bridge reopens after repairs")
        #expect(doc.publisher == "The Northern Ledger")
        #expect(doc.paragraphs.count >= 5)
        #expect(!doc.warnings.contains { $0.contains("interim") })
    }
}

@Suite struct RecordTextTests {
    @Test func recordTextKeepsEveryParagraphAndDropsARepeatedTitle() {
        let raw = RawDocument(
            origin: DocumentOrigin(location: "export.jsonl", item: 4), format: .text,
            content: "Late edition\n\nA late report says the bridge\nmay reopen early.\n\nEngineers are hopeful.",
            hints: DocumentHints(title: "Late edition", publisher: "Coastal Ledger"))
        let doc = DocumentExtractor().extract(raw)
        #expect(doc.title == "Late edition")
        #expect(doc.paragraphs == ["A late report says the bridge may reopen early.", "Engineers are hopeful."])
        #expect(doc.publisher == "Coastal Ledger")
    }
}
