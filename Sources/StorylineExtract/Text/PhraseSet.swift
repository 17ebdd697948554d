/// A list of lower-case phrases bucketed by first byte, so counting which of them occur in a
/// block is one pass over the block instead of one pass per phrase.
struct PhraseSet: Sendable {
    let phrases: [[UInt8]]
    private let buckets: [[Int]]

    init(_ list: [String]) {
        phrases = list.map { Array($0.utf8) }.filter { !$0.isEmpty }
        var b = [[Int]](repeating: [], count: 256)
        for (k, p) in phrases.enumerated() { b[Int(p[0])].append(k) }
        buckets = b
    }

    /// How many distinct phrases occur in `lower`; a phrase that starts with a letter must
    /// start at a word boundary.
    func count(in lower: [UInt8]) -> Int {
        let n = lower.count
        guard n > 0 else { return 0 }
        var found = [Bool](repeating: false, count: phrases.count)
        var hits = 0
        lower.withUnsafeBufferPointer { h in
            for i in 0..<n {
                let candidates = buckets[Int(h[i])]
                if candidates.isEmpty { continue }
                let boundary = i == 0 || !ByteText.isASCIILetter(h[i - 1])
                for k in candidates where !found[k] {
                    let p = phrases[k]
                    if ByteText.isASCIILetter(p[0]) && !boundary { continue }
                    guard i + p.count <= n else { continue }
                    var j = 1
                    while j < p.count && h[i + j] == p[j] { j += 1 }
                    if j == p.count {
                        found[k] = true
                        hits += 1
                    }
                }
            }
        }
        return hits
    }
}
