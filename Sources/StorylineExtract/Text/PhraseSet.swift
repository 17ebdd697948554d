/// A list of lower-case phrases matched in one pass over a block. Every block of every dump
/// is scanned against several of these lists, so the layout is flat: all phrase bytes in one
/// buffer, phrases ordered by first byte, and a 257-entry table giving each first byte's
/// range. A byte that starts no phrase costs one table read; no arrays are touched per byte.
///
/// A phrase may carry a group number (`PhraseSet(groups:)`), so that several lists are
/// counted in the same pass.
struct PhraseSet: Sendable {
    /// The phrases as given (empty ones dropped), in their original order.
    let phrases: [[UInt8]]
    /// Phrase bytes, concatenated in first-byte order.
    private let bytes: [UInt8]
    /// Start of each phrase (in first-byte order) in `bytes`, plus the end.
    private let offsets: [Int32]
    /// Group of each phrase (in first-byte order).
    private let groupOf: [UInt8]
    /// Index (in first-byte order) of the first phrase starting with byte `b` is `first[b]`;
    /// those phrases end before `first[b + 1]`.
    private let first: [Int32]
    let groupCount: Int
    /// Bit `first << 8 | second` is set when some phrase starts with those two bytes (or is
    /// one byte long and starts with `first`): most positions are rejected by this one test.
    private let pairs: [UInt64]

    init(_ list: [String]) {
        self.init(groups: [list])
    }

    /// Several lists counted together; `counts(in:)` answers one count per list.
    init(groups: [[String]]) {
        var tagged: [(bytes: [UInt8], group: UInt8)] = []
        for (g, list) in groups.enumerated() {
            for s in list where !s.isEmpty { tagged.append((Array(s.utf8), UInt8(g))) }
        }
        phrases = tagged.map(\.bytes)
        groupCount = groups.count
        // stable order by first byte keeps the original order within a bucket
        let order = tagged.indices.sorted { (tagged[$0].bytes[0], $0) < (tagged[$1].bytes[0], $1) }
        var flat: [UInt8] = []
        var offs: [Int32] = [0]
        var grp: [UInt8] = []
        var table = [Int32](repeating: 0, count: 257)
        for k in order {
            flat += tagged[k].bytes
            offs.append(Int32(flat.count))
            grp.append(tagged[k].group)
            table[Int(tagged[k].bytes[0]) + 1] += 1
        }
        for b in 0..<256 { table[b + 1] += table[b] }
        var pairBits = [UInt64](repeating: 0, count: 1024)
        for (p, _) in tagged {
            if p.count == 1 {
                for second in 0..<256 { pairBits[(Int(p[0]) << 8 | second) >> 6] |= 1 << UInt64(second & 63) }
            } else {
                let key = Int(p[0]) << 8 | Int(p[1])
                pairBits[key >> 6] |= 1 << UInt64(key & 63)
            }
        }
        pairs = pairBits
        bytes = flat
        offsets = offs
        groupOf = grp
        first = table
    }

    /// How many distinct phrases occur in `lower`; a phrase that starts with a letter must
    /// start at a word boundary.
    func count(in lower: [UInt8]) -> Int {
        lower.withUnsafeBufferPointer { scan($0, foldCase: false, stopAtFirst: false, groupMask: ~0, counts: nil) }
    }

    /// Like `count(in:)` on the ASCII-lower-cased `text`, without making the lower-cased copy.
    func count(inMixedCase text: UnsafeBufferPointer<UInt8>) -> Int {
        scan(text, foldCase: true, stopAtFirst: false, groupMask: ~0, counts: nil)
    }

    /// Whether any phrase occurs in `lower` (same boundary rule as `count(in:)`).
    func occurs(in lower: [UInt8]) -> Bool {
        lower.withUnsafeBufferPointer { scan($0, foldCase: false, stopAtFirst: true, groupMask: ~0, counts: nil) > 0 }
    }

    func occurs(in lower: ArraySlice<UInt8>) -> Bool {
        lower.withUnsafeBufferPointer { scan($0, foldCase: false, stopAtFirst: true, groupMask: ~0, counts: nil) > 0 }
    }

    /// Distinct phrases found per group, for the groups whose bit is set in `groupMask`
    /// (others count 0). `counts` must hold `groupCount` entries.
    func counts(in lower: [UInt8], groupMask: UInt32, into counts: inout [Int]) {
        for g in counts.indices { counts[g] = 0 }
        counts.withUnsafeMutableBufferPointer { c in
            lower.withUnsafeBufferPointer { _ = scan($0, foldCase: false, stopAtFirst: false, groupMask: groupMask, counts: c) }
        }
    }

    @inline(__always)
    private func scan(
        _ h: UnsafeBufferPointer<UInt8>, foldCase: Bool, stopAtFirst: Bool, groupMask: UInt32,
        counts: UnsafeMutableBufferPointer<Int>?
    ) -> Int {
        let n = h.count
        let total = offsets.count - 1
        guard n > 0, total > 0 else { return 0 }
        return bytes.withUnsafeBufferPointer { pb in
            offsets.withUnsafeBufferPointer { po in
                first.withUnsafeBufferPointer { pf in
                    groupOf.withUnsafeBufferPointer { pg in
                  pairs.withUnsafeBufferPointer { pp in
                        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: (total + 63) / 64) { found in
                            for w in 0..<found.count { found[w] = 0 }
                            var hits = 0
                            var previousIsLetter = false
                            for i in 0..<n {
                                var c = h[i]
                                if foldCase && c >= 0x41 && c <= 0x5A { c |= 0x20 }
                                let isLetter = ByteText.isASCIILetter(c)
                                defer { previousIsLetter = isLetter }
                                if i + 1 < n {
                                    var d = h[i + 1]
                                    if foldCase && d >= 0x41 && d <= 0x5A { d |= 0x20 }
                                    let key = Int(c) << 8 | Int(d)
                                    if pp[key >> 6] & (1 << UInt64(key & 63)) == 0 { continue }
                                }
                                let lo = Int(pf[Int(c)]), hi = Int(pf[Int(c) + 1])
                                if lo == hi { continue }
                                // phrases in this bucket all start with `c`: a letter needs a word boundary
                                if isLetter && previousIsLetter { continue }
                                for k in lo..<hi {
                                    let bit = UInt64(1) << UInt64(k & 63)
                                    if found[k >> 6] & bit != 0 { continue }
                                    let g = Int(pg[k])
                                    if (groupMask >> UInt32(g)) & 1 == 0 { continue }
                                    let start = Int(po[k]), length = Int(po[k + 1]) - start
                                    if i + length > n { continue }
                                    var j = 1
                                    if foldCase {
                                        while j < length {
                                            var d = h[i + j]
                                            if d >= 0x41 && d <= 0x5A { d |= 0x20 }
                                            if d != pb[start + j] { break }
                                            j += 1
                                        }
                                    } else {
                                        while j < length && h[i + j] == pb[start + j] { j += 1 }
                                    }
                                    if j == length {
                                        found[k >> 6] |= bit
                                        hits += 1
                                        if let counts { counts[g] += 1 }
                                        if stopAtFirst { return hits }
                                    }
                                }
                            }
                            return hits
                        }
                  }
                    }
                }
            }
        }
    }
}
