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
    /// Bit `hash(four bytes)` is set for the first four bytes of each phrase of 4+ bytes. One
    /// rolling-window test per position rejects almost every
    /// position, where the two-byte test above let common pairs ("th", "in", " w") through.
    private let quads: [UInt64]
    /// Like `pairs`, for the phrases shorter than 4 bytes only (empty when there are none):
    /// positions the four-byte filter rejects may still start one of these.
    private let shortPairs: [UInt64]

    /// Bits in the four-byte filter (a power of two).
    private static let quadBits = 1 << 15

    @inline(__always) private static func quadIndex(_ window: UInt32) -> Int {
        Int((window &* 0x9E37_79B1) >> 17)
    }

    /// ASCII lower-casing of the four bytes of `w` at once (bytes 0x80 and up unchanged): a
    /// byte is upper-case when adding 0x3F carries into its top bit and adding 0x25 does not.
    @inline(__always) private static func foldASCII(_ w: UInt32) -> UInt32 {
        let low = w & 0x7F7F_7F7F
        let atLeastA = low &+ 0x3F3F_3F3F
        let pastZ = low &+ 0x2525_2525
        let upper = atLeastA & ~pastZ & ~w & 0x8080_8080
        return w | upper >> 2
    }

    /// ASCII lower-casing as a table, for the window's last bytes.
    private static let foldTable: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for b in 0..<256 { table[b] = ByteText.isUpper(UInt8(b)) ? UInt8(b) | 0x20 : UInt8(b) }
        return table
    }()

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
        var q = [UInt64](repeating: 0, count: Self.quadBits / 64)
        var shortBits = [UInt64](repeating: 0, count: 1024)
        var short = false
        for (p, _) in tagged {
            if p.count >= 4 {
                let w = UInt32(p[0]) | UInt32(p[1]) << 8 | UInt32(p[2]) << 16 | UInt32(p[3]) << 24
                let k = Self.quadIndex(w)
                q[k >> 6] |= 1 << UInt64(k & 63)
            } else if p.count == 1 {
                short = true
                for second in 0..<256 { shortBits[(Int(p[0]) << 8 | second) >> 6] |= 1 << UInt64(second & 63) }
            } else {
                short = true
                let key = Int(p[0]) << 8 | Int(p[1])
                shortBits[key >> 6] |= 1 << UInt64(key & 63)
            }
        }
        quads = q
        shortPairs = short ? shortBits : []
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

    /// Distinct phrases found per group in the ASCII-lower-cased `text` (no copy made);
    /// `counts` must hold `groupCount` entries and is added to.
    func counts(inMixedCase text: UnsafeBufferPointer<UInt8>, into counts: UnsafeMutableBufferPointer<Int>) {
        _ = scan(text, foldCase: true, stopAtFirst: false, groupMask: ~0, counts: counts)
    }

    /// Words of the `found` set `matchMixedCase` needs (one bit per phrase).
    var foundWords: Int { (offsets.count - 1 + 63) / 64 }

    /// `counts(inMixedCase:into:)` one position at a time, for a caller that walks a text of
    /// 4+ bytes itself and counts its own things in the same pass. At every position except an
    /// ASCII letter right after an ASCII letter (no phrase starts there) it takes the folded
    /// `window(at:in:)`, and where `mayStart` lets it through calls `match`, with `found`
    /// (`foundWords` words) zeroed for each text. The first two are inlined into the walk; the
    /// rare `match` is a call.
    @inline(__always)
    func window(at i: Int, in h: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let n = h.count
        if i + 3 < n {
            return Self.foldASCII(UInt32(littleEndian: UnsafeRawPointer(h.baseAddress! + i).loadUnaligned(as: UInt32.self)))
        }
        var window = UInt32(Self.foldTable[Int(h[i])])
        if i + 1 < n { window |= UInt32(Self.foldTable[Int(h[i + 1])]) << 8 }
        if i + 2 < n { window |= UInt32(Self.foldTable[Int(h[i + 2])]) << 16 }
        return window
    }

    /// Whether a phrase may start where the folded text reads `window` (the quads filter, then
    /// the two-byte filter for short phrases); `hasNext` is false at the text's last byte.
    @inline(__always)
    func mayStart(_ window: UInt32, hasNext: Bool) -> Bool {
        let q = Self.quadIndex(window)
        if quads[q >> 6] & (1 << UInt64(q & 63)) != 0 { return true }
        guard !shortPairs.isEmpty else { return false }
        guard hasNext else { return true }
        let key = Int(window & 0xFF) << 8 | Int(UInt8(truncatingIfNeeded: window >> 8))
        return shortPairs[key >> 6] & (1 << UInt64(key & 63)) != 0
    }

    /// Counts (per group) the phrases not yet `found` that start at `i`.
    func match(
        _ window: UInt32, at i: Int, in h: UnsafeBufferPointer<UInt8>, found: UnsafeMutableBufferPointer<UInt64>,
        counts: UnsafeMutableBufferPointer<Int>
    ) {
        let n = h.count
        let c = Int(window & 0xFF)
        let lo = Int(first[c]), hi = Int(first[c + 1])
        guard lo < hi else { return }
        bytes.withUnsafeBufferPointer { pb in
            Self.foldTable.withUnsafeBufferPointer { fold in
                for k in lo..<hi {
                    let bit = UInt64(1) << UInt64(k & 63)
                    if found[k >> 6] & bit != 0 { continue }
                    let start = Int(offsets[k]), length = Int(offsets[k + 1]) - start
                    if i + length > n { continue }
                    var j = 1
                    while j < length && fold[Int(h[i + j])] == pb[start + j] { j += 1 }
                    if j == length {
                        found[k >> 6] |= bit
                        counts[Int(groupOf[k])] += 1
                    }
                }
            }
        }
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

    /// `counts(in:groupMask:into:)` into a buffer of `groupCount` entries (no array per call).
    func counts(in lower: [UInt8], groupMask: UInt32, into counts: UnsafeMutableBufferPointer<Int>) {
        for g in counts.indices { counts[g] = 0 }
        lower.withUnsafeBufferPointer { _ = scan($0, foldCase: false, stopAtFirst: false, groupMask: groupMask, counts: counts) }
    }

    @inline(__always)
    private func scan(
        _ h: UnsafeBufferPointer<UInt8>, foldCase: Bool, stopAtFirst: Bool, groupMask: UInt32,
        counts: UnsafeMutableBufferPointer<Int>?
    ) -> Int {
        let n = h.count
        let total = offsets.count - 1
        guard n > 0, total > 0 else { return 0 }
        if n >= 4 {
            return scanQuads(h, foldCase: foldCase, stopAtFirst: stopAtFirst, groupMask: groupMask, counts: counts)
        }
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

    /// `scan` for texts of 4+ bytes: at each position that can start a phrase, a four-byte
    /// window (folded when `foldCase`) is tested against `quads`, and where it fails the two-byte
    /// `shortPairs` test (if any phrase is short); only positions that pass are matched in full.
    /// A letter inside a word never starts a phrase (phrases that start with a letter need a word
    /// boundary), so the rest of a word is skipped in a tight loop without building windows.
    private func scanQuads(
        _ h: UnsafeBufferPointer<UInt8>, foldCase: Bool, stopAtFirst: Bool, groupMask: UInt32,
        counts: UnsafeMutableBufferPointer<Int>?
    ) -> Int {
        let n = h.count
        let total = offsets.count - 1
        return bytes.withUnsafeBufferPointer { pb in
            offsets.withUnsafeBufferPointer { po in
                first.withUnsafeBufferPointer { pf in
                    groupOf.withUnsafeBufferPointer { pg in
                        quads.withUnsafeBufferPointer { pq in
                          shortPairs.withUnsafeBufferPointer { ps in
                            Self.foldTable.withUnsafeBufferPointer { fold in
                                withUnsafeTemporaryAllocation(of: UInt64.self, capacity: (total + 63) / 64) { found in
                                    for w in 0..<found.count { found[w] = 0 }
                                    @inline(__always) func f(_ b: UInt8) -> UInt8 { foldCase ? fold[Int(b)] : b }
                                    var hits = 0
                                    let hasShort = !ps.isEmpty
                                    var i = 0
                                    while i < n {
                                        let raw = h[i]
                                        if ByteText.isASCIILetter(raw) && i > 0 && ByteText.isASCIILetter(h[i - 1]) {
                                            i = ByteText.endOfLetters(h, from: i + 1)
                                            continue
                                        }
                                        defer { i += 1 }
                                        var window: UInt32
                                        if i + 3 < n {
                                            window = UInt32(littleEndian: UnsafeRawPointer(h.baseAddress! + i).loadUnaligned(as: UInt32.self))
                                            if foldCase { window = Self.foldASCII(window) }
                                        } else {
                                            window = UInt32(f(raw))
                                            if i + 1 < n { window |= UInt32(f(h[i + 1])) << 8 }
                                            if i + 2 < n { window |= UInt32(f(h[i + 2])) << 16 }
                                        }
                                        let q = Self.quadIndex(window)
                                        let c = UInt8(truncatingIfNeeded: window)
                                        if pq[q >> 6] & (1 << UInt64(q & 63)) == 0 {
                                            // not the start of a long phrase; maybe of a short one
                                            guard hasShort else { continue }
                                            if i + 1 < n {
                                                let key = Int(c) << 8 | Int(UInt8(truncatingIfNeeded: window >> 8))
                                                if ps[key >> 6] & (1 << UInt64(key & 63)) == 0 { continue }
                                            }
                                        }
                                        let lo = Int(pf[Int(c)]), hi = Int(pf[Int(c) + 1])
                                        if lo == hi { continue }
                                        for k in lo..<hi {
                                            let bit = UInt64(1) << UInt64(k & 63)
                                            if found[k >> 6] & bit != 0 { continue }
                                            let g = Int(pg[k])
                                            if (groupMask >> UInt32(g)) & 1 == 0 { continue }
                                            let start = Int(po[k]), length = Int(po[k + 1]) - start
                                            if i + length > n { continue }
                                            var j = 1
                                            while j < length && f(h[i + j]) == pb[start + j] { j += 1 }
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
    }
}
