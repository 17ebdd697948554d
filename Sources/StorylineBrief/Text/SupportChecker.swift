import StorylineCore

/// Measures how much of a brief sentence its cited source sentences support: the share of
/// its content words (stemmed, function words dropped) that occur in the cited sentences.
/// The extractive writer must reach 1.0 in practice and never fall below `threshold`; the
/// model writer drops any sentence below it. The benchmark applies the same rule.
public struct SupportChecker: Sendable {
    /// The least share of content words that the cited sentences must contain.
    public var threshold: Double

    public init(threshold: Double = 0.8) {
        self.threshold = threshold
    }

    /// The share (0…1) of `sentence`'s content words found in `sources`; 1 when it has none.
    public func support(of sentence: String, by sources: [String]) -> Double {
        let words = ContentWords.stems(sentence)
        guard !words.isEmpty else { return 1 }
        var available = Set<String>()
        for source in sources { available.formUnion(ContentWords.stems(source)) }
        let found = words.reduce(0) { $0 + (available.contains($1) ? 1 : 0) }
        return Double(found) / Double(words.count)
    }

    /// Whether `sentence` is supported by its citations' quotes.
    public func isSupported(_ sentence: BriefSentence) -> Bool {
        !sentence.citations.isEmpty && support(of: sentence.text, by: sentence.citations.map(\.quote)) >= threshold
    }

    /// The content words of `sentence` that none of `sources` contains (for reports).
    public func unsupportedWords(of sentence: String, by sources: [String]) -> [String] {
        var available = Set<String>()
        for source in sources { available.formUnion(ContentWords.stems(source)) }
        var seen = Set<String>()
        return ContentWords.stems(sentence).filter { !available.contains($0) && seen.insert($0).inserted }
    }
}
