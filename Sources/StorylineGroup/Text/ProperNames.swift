/// Proper names without a recogniser: the capitalised words a text writes in the middle of a
/// sentence ("in Staunton", "said Tara Reid"), which are names almost every time. A capital at
/// the start of a sentence or after a quote or bracket says nothing, so such a word counts only
/// when the body also writes it capitalised mid-sentence. (`FeatureExtractor` counts headline
/// capitals apart: see there.)
///
/// It is a byte-level pass over tokens the clusterer reads anyway, so `storyline cluster` and
/// the ingest pipeline get the same names at clustering speed (a statistical recogniser runs
/// about 30× slower than clustering and would differ between stored and unstored documents).
public enum ProperNames {
    /// Hashes (salted for names) of the words `tokens` writes capitalised mid-sentence.
    public static func confirmed(_ tokens: [WordToken]) -> Set<UInt64> {
        var set = Set<UInt64>()
        for t in tokens where !t.afterBoundary && isCandidate(t) {
            set.insert(TermHash.hash(t.lowered, salt: FeatureKind.names.salt))
        }
        return set
    }

    /// A capitalised word that could be a name: not a number, markup residue, a function word
    /// or a calendar word ("Friday", "March"), and, when written all in capitals, short like an
    /// acronym ("FBI") rather than a shouted headline word.
    @inline(__always) public static func isCandidate(_ t: WordToken) -> Bool {
        guard t.capitalized, !t.numeric, !t.junk, t.lowered.count > 1 else { return false }
        if t.allCaps && t.lowered.count > 5 { return false }
        return !StopWords.english.contains(t.lowered) && !calendar.contains(t.lowered)
    }

    static let calendar: Set<[UInt8]> = Set(
        """
        monday tuesday wednesday thursday friday saturday sunday january february march april june july \
        august september october november december today yesterday tomorrow
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map { Array($0.utf8) })
}
