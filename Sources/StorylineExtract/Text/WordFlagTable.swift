/// What the block classifier knows about an ASCII word, looked up straight from its bytes
/// (case-folded on the fly) instead of building a `String` key and hashing it per word:
/// every word of every dump block goes through here.
struct WordFlagTable: Sendable {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        static let function = Flags(rawValue: 1)
        static let interface = Flags(rawValue: 2)
        static let firstPersonPlural = Flags(rawValue: 4)
        static let secondPerson = Flags(rawValue: 8)
        static let firstPersonSingular = Flags(rawValue: 16)
    }

    private let keys: [UInt8]
    /// Per slot: start of the key in `keys` (or -1 when empty), its length and flags.
    private let slotStart: [Int32]
    private let slotLength: [UInt8]
    private let slotFlags: [UInt8]
    private let mask: Int

    /// Words (lower-case) with their flags; words with non-ASCII bytes are left out, since
    /// lookups only answer for ASCII words.
    init(_ entries: [(String, Flags)]) {
        var merged: [[UInt8]: UInt8] = [:]
        for (w, f) in entries where !w.isEmpty && w.utf8.allSatisfy({ $0 < 0x80 }) {
            merged[Array(w.utf8), default: 0] |= f.rawValue
        }
        var size = 64
        while size < merged.count * 4 { size *= 2 }
        mask = size - 1
        var keys: [UInt8] = []
        var start = [Int32](repeating: -1, count: size)
        var length = [UInt8](repeating: 0, count: size)
        var flags = [UInt8](repeating: 0, count: size)
        for (w, f) in merged.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            var slot = Self.hash(w) & mask
            while start[slot] >= 0 { slot = (slot + 1) & mask }
            start[slot] = Int32(keys.count)
            length[slot] = UInt8(w.count)
            flags[slot] = f
            keys += w
        }
        self.keys = keys
        slotStart = start
        slotLength = length
        slotFlags = flags
    }

    @inline(__always)
    private static func hash(_ w: [UInt8]) -> Int {
        var h: UInt32 = 2_166_136_261
        for c in w { h = (h ^ UInt32(c)) &* 16_777_619 }
        return Int(h)
    }

    /// Flags of the ASCII word `p[start..<end]`, compared case-insensitively (ASCII).
    @inline(__always)
    func flags(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Flags {
        var h: UInt32 = 2_166_136_261
        for i in start..<end {
            var c = p[i]
            if c >= 0x41 && c <= 0x5A { c |= 0x20 }
            h = (h ^ UInt32(c)) &* 16_777_619
        }
        let length = end - start
        return keys.withUnsafeBufferPointer { k in
            slotStart.withUnsafeBufferPointer { ss in
                var slot = Int(h) & mask
                while true {
                    let s = Int(ss[slot])
                    if s < 0 { return [] }
                    if Int(slotLength[slot]) == length {
                        var j = 0
                        while j < length {
                            var c = p[start + j]
                            if c >= 0x41 && c <= 0x5A { c |= 0x20 }
                            if c != k[s + j] { break }
                            j += 1
                        }
                        if j == length { return Flags(rawValue: slotFlags[slot]) }
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }
}
