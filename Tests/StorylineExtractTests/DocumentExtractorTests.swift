import StorylineCore
import StorylineExtract
import Testing

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
}
