import StorylineCore

/// The Analyze stage's entry point: sentences, entities with aliases, quotes, numeric
/// claims and dates of one extracted document.
public struct DocumentAnalyzer: Sendable {
    public init() {}

    public func analyze(_ document: ExtractedDocument) -> DocumentAnalysis {
        let sentences = SentenceSplitter().split(document.blocks)
        let entities = EntityRecognizer().analyze(sentences)
        return DocumentAnalysis(sentences: sentences, entities: entities.entities)
    }
}
