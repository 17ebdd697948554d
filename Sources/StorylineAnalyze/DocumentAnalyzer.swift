import StorylineCore

/// The Analyze stage's entry point: sentences, entities with aliases, quotes, numeric
/// claims and dates of one extracted document.
public struct DocumentAnalyzer: Sendable {
    public init() {}

    public func analyze(_ document: ExtractedDocument) -> DocumentAnalysis {
        let sentences = SentenceSplitter().split(document.blocks)
        let entities = EntityRecognizer().analyze(sentences)
        // Each block is tokenized once; quotes read the blocks' tokens, dates and claims each
        // sentence's share of them.
        let scalars = document.blocks.map { Array($0.text.unicodeScalars) }
        let blockTokens = scalars.map { WordTokenizer.tokens($0) }
        let speech = QuoteFinder().analyze(
            blocks: document.blocks, sentences: sentences, entities: entities, blockScalars: scalars,
            blockTokens: blockTokens)
        // Sentence indices are positions (0-based, in order), so tokens are looked up by index.
        let tokens = sentences.enumerated().allSatisfy({ $0.offset == $0.element.index })
            ? sentences.map { s in
                s.block < blockTokens.count
                    ? WordTokenizer.tokens(of: blockTokens[s.block], from: s.start, to: s.start + s.text.unicodeScalars.count)
                    : WordTokenizer.tokens(Array(s.text.unicodeScalars))
            } : nil
        let dates = DateFinder().locate(sentences, published: document.published, tokens: tokens)
        let claims = ClaimFinder().find(sentences, dates: dates, speech: speech, tokens: tokens)
        return DocumentAnalysis(
            sentences: sentences, entities: entities.entities, quotes: speech.quotes.map(\.quote), claims: claims,
            dates: dates.map(\.mention))
    }
}
