/// A document's own function words, for languages the built-in lists miss (Indonesian,
/// Turkish, …): the most frequent short lower-case words of its longer blocks. Used only
/// when the built-in lists find little, so English pages keep the fixed lists.
enum DocumentFunctionWords {
    static func find(_ blocks: [DumpBlock]) -> Set<String>? {
        func counted(_ b: DumpBlock) -> Bool {
            b.features.words >= 8 && b.features.words <= 2_000 && b.label != .code && b.features.codeTokens == 0
                && b.features.codeDensity < 0.05
        }
        // the built-in lists usually find plenty: decide that from the features before counting words
        var longWords = 0, listed = 0
        for b in blocks where counted(b) {
            longWords += b.features.words
            listed += b.features.functionWords
        }
        guard longWords >= 80, Double(listed) / Double(longWords) < 0.12 else { return nil }
        var counts: [String: Int] = [:]
        for b in blocks where counted(b) {
            for w in ByteText.words(b.text) where w.count <= 6 {
                guard let f = w.first, ByteText.isLower(f) || f >= 0xC3 else { continue }
                counts[ByteText.key(w), default: 0] += 1
            }
        }
        let top = counts.filter { $0.value >= 4 }.sorted { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }.prefix(40)
        guard top.count >= 8 else { return nil }
        return Set(top.map(\.key))
    }
}
