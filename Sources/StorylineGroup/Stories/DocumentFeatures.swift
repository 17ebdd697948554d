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

/// Turns title and text into features. Names are the capitalised words that are not function
/// words (crude, but they catch every name the text spells out, "Rahman" as well as
/// "Thompson") plus the words of the entities the analysis stage recognised, once per entity:
/// a recognised name counts twice, so people, places and organisations outweigh
/// sentence-initial capitals.
public struct FeatureExtractor: Sendable {
    public var titleWeight: Float

    public init(titleWeight: Float = 2) {
        self.titleWeight = titleWeight
    }

    public func features(title: String, text: String, names: [DocumentNames.Name] = []) -> DocumentFeatures {
        var f = DocumentFeatures()
        add(WordTokenizer.tokenize(title), weight: titleWeight, into: &f)
        add(WordTokenizer.tokenize(text), weight: 1, into: &f)
        for name in names {
            var words = Set<[UInt8]>()
            for form in name.forms {
                for t in WordTokenizer.tokenize(form)
                where !t.numeric && !t.junk && t.lowered.count > 1 && !StopWords.english.contains(t.lowered) {
                    words.insert(t.lowered)
                }
            }
            for w in words {
                f.counts[FeatureKind.names.rawValue][TermHash.hash(w, salt: FeatureKind.names.salt), default: 0] += 1
            }
        }
        return f
    }

    private func add(_ tokens: [WordToken], weight: Float, into f: inout DocumentFeatures) {
        for t in tokens where !t.junk {
            if t.numeric {
                let digits = t.lowered.filter { $0 != 44 }
                f.counts[FeatureKind.numbers.rawValue][TermHash.hash(digits, salt: FeatureKind.numbers.salt), default: 0] += weight
                continue
            }
            if t.lowered.count < 2 || StopWords.english.contains(t.lowered) { continue }
            let stem = EnglishStemmer.stem(t.lowered)
            f.counts[FeatureKind.words.rawValue][TermHash.hash(stem, salt: FeatureKind.words.salt), default: 0] += weight
            if t.capitalized {
                f.counts[FeatureKind.names.rawValue][TermHash.hash(t.lowered, salt: FeatureKind.names.salt), default: 0] += weight
            }
        }
    }
}
