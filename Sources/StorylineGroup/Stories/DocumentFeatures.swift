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

/// Turns title and text into features: stemmed content words, proper names (`ProperNames`)
/// and numbers, title tokens weighted up. The one extractor for every path (the ingest
/// pipeline and `storyline cluster`), so a document gets the same story either way.
public struct FeatureExtractor: Sendable {
    public var titleWeight: Float

    public init(titleWeight: Float = 2) {
        self.titleWeight = titleWeight
    }

    public func features(title: String, text: String) -> DocumentFeatures {
        var f = DocumentFeatures()
        let titleTokens = WordTokenizer.tokenize(title)
        let textTokens = WordTokenizer.tokenize(text)
        // Every capitalised headline word counts: a title-case headline capitalises the words
        // that carry its event, which makes the names vector partly a title vector (worth about
        // 4 pairwise F1 points on ECB+ DEV over body names alone). Body capitals count only
        // where the body confirms them as names.
        let names = ProperNames.confirmed(textTokens.isEmpty ? titleTokens : textTokens)
        add(titleTokens, weight: titleWeight, names: nil, into: &f)
        add(textTokens, weight: 1, names: names, into: &f)
        return f
    }

    private func add(_ tokens: [WordToken], weight: Float, names: Set<UInt64>?, into f: inout DocumentFeatures) {
        for t in tokens where !t.junk {
            if t.numeric {
                let digits = t.lowered.filter { $0 != 44 }
                f.counts[FeatureKind.numbers.rawValue][TermHash.hash(digits, salt: FeatureKind.numbers.salt), default: 0] += weight
                continue
            }
            if t.lowered.count < 2 || StopWords.english.contains(t.lowered) { continue }
            let stem = EnglishStemmer.stem(t.lowered)
            f.counts[FeatureKind.words.rawValue][TermHash.hash(stem, salt: FeatureKind.words.salt), default: 0] += weight
            if t.capitalized, ProperNames.isCandidate(t) {
                let name = TermHash.hash(t.lowered, salt: FeatureKind.names.salt)
                if names?.contains(name) ?? true { f.counts[FeatureKind.names.rawValue][name, default: 0] += weight }
            }
        }
    }
}
