import StorylineCore

/// The Analyze stage's entry point: sentences, entities with aliases, quotes, numeric
/// claims and dates of one extracted document.
public struct DocumentAnalyzer: Sendable {
    public init() {}

    public func analyze(_ document: ExtractedDocument) -> DocumentAnalysis {
        let sentences = SentenceSplitter().split(document.blocks)
        let entities = EntityRecognizer().analyze(sentences)
        let speech = QuoteFinder().analyze(blocks: document.blocks, sentences: sentences, entities: entities)
        // Sentence indices are positions (0-based, in order), so tokens are looked up by index.
        let tokens = sentences.enumerated().allSatisfy({ $0.offset == $0.element.index })
            ? sentences.map { WordTokenizer.tokens(Array($0.text.unicodeScalars)) } : nil
        let dates = DateFinder().locate(sentences, published: document.published, tokens: tokens)
        let claims = ClaimFinder().find(sentences, dates: dates, speech: speech, tokens: tokens)
        return DocumentAnalysis(
            sentences: sentences, entities: entities.entities, quotes: speech.quotes.map(\.quote), claims: claims,
            dates: dates.map(\.mention))
    }
}
