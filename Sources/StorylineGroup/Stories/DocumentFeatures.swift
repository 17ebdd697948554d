import StorylineCore

/// A document's raw term counts per feature kind (before IDF), title words weighted up.
public struct DocumentFeatures: Sendable, Hashable {
    /// counts[kind] maps a term hash to its (title-weighted) count.
    public var counts: [[UInt64: Float]]

    public init(counts: [[UInt64: Float]] = Array(repeating: [:], count: FeatureKind.allCases.count)) {
        self.counts = counts
    }

    public subscript(kind: FeatureKind) -> [UInt64: Float] {
        get { counts[kind.rawValue] }
        set { counts[kind.rawValue] = newValue }
    }
}

/// Turns title and text into features. Names come from the given entity names when there are
/// any (the analysis stage's recognizer), otherwise from capitalised words that are not
/// function words: crude, but enough to tell "Rahman" from "Thompson" in two fights.
public struct FeatureExtractor: Sendable {
    public var titleWeight: Float

    public init(titleWeight: Float = 2) {
        self.titleWeight = titleWeight
    }

    public func features(title: String, text: String, entityNames: [String] = []) -> DocumentFeatures {
        var f = DocumentFeatures()
        let useCapitals = entityNames.isEmpty
        add(WordTokenizer.tokenize(title), weight: titleWeight, names: useCapitals, into: &f)
        add(WordTokenizer.tokenize(text), weight: 1, names: useCapitals, into: &f)
        if !useCapitals {
            for name in entityNames {
                let tokens = WordTokenizer.tokenize(name)
                for t in tokens where !t.numeric && !StopWords.english.contains(t.lowered) {
                    f.counts[FeatureKind.names.rawValue][TermHash.hash(t.lowered, salt: FeatureKind.names.salt), default: 0] += 1
                }
            }
        }
        return f
    }

    private func add(_ tokens: [WordToken], weight: Float, names: Bool, into f: inout DocumentFeatures) {
        for t in tokens where !t.junk {
            if t.numeric {
                let digits = t.lowered.filter { $0 != 44 }
                f.counts[FeatureKind.numbers.rawValue][TermHash.hash(digits, salt: FeatureKind.numbers.salt), default: 0] += weight
                continue
            }
            if t.lowered.count < 2 || StopWords.english.contains(t.lowered) { continue }
            let stem = EnglishStemmer.stem(t.lowered)
            f.counts[FeatureKind.words.rawValue][TermHash.hash(stem, salt: FeatureKind.words.salt), default: 0] += weight
            if names, t.capitalized {
                f.counts[FeatureKind.names.rawValue][TermHash.hash(t.lowered, salt: FeatureKind.names.salt), default: 0] += weight
            }
        }
    }
}
