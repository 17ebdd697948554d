/// How often each word occurs in a document, keyed by a 64-bit hash of its UTF-8 bytes (`key`).
///
/// Every dump builds two of these (its lower-case and capitalised words) from every word it
/// holds, so it avoids `String`s and `Set`: an open-addressed table of hashes and counts.
/// Two different words share a hash with negligible probability (64 bits, a few thousand words).
struct WordCounts: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private(set) var count = 0

    init() {
        keys = [UInt64](repeating: 0, count: 256)
        values = [Int32](repeating: 0, count: 256)
    }

    var isEmpty: Bool { count == 0 }

    /// Adds one occurrence of the word `p[start..<end]`.
    mutating func add(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        insert(Self.key(p, start, end))
    }

    /// The word's key: its bytes eight at a time (one load where the buffer allows), each chunk
    /// mixed in with a multiply and a shift (both invertible, so two words of up to eight bytes
    /// and the same length can only meet in `finish`'s zero guard), seeded with the length.
    /// Byte-at-a-time FNV made counting a dump's words cost as much as splitting it into blocks.
    @inline(__always)
    static func key(_ p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> UInt64 {
        var h = 0x9E37_79B9_7F4A_7C15 ^ UInt64(end - start)
        var i = start
        while i < end {
            let count = min(8, end - i)
            var chunk: UInt64 = 0
            if i + 8 <= p.count {
                chunk = UInt64(littleEndian: UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self))
                if count < 8 { chunk &= (1 << UInt64(8 * count)) - 1 }
            } else {
                for k in 0..<count { chunk |= UInt64(p[i + k]) << UInt64(8 * k) }
            }
            h = (h ^ chunk) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        return finish(h)
    }

    /// Whether `word` was added.
    func contains(_ word: String) -> Bool { self[word] != nil }

    /// How often `word` was added (nil when never).
    subscript(word: String) -> Int? {
        let bytes = Array(word.utf8)
        let key = bytes.withUnsafeBufferPointer { Self.key($0, 0, $0.count) }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while keys[slot] != 0 {
            if keys[slot] == key { return Int(values[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Never 0 (the empty-slot marker), and mixed so the low bits index well.
    @inline(__always) private static func finish(_ h: UInt64) -> UInt64 {
        let m = (h ^ h >> 29) &* 0xBF58_476D_1CE4_E5B9
        let k = m ^ m >> 32
        return k == 0 ? 1 : k
    }

    private mutating func insert(_ key: UInt64) {
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while keys[slot] != 0 {
            if keys[slot] == key {
                values[slot] += 1
                return
            }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        values[slot] = 1
        count += 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        values = [Int32](repeating: 0, count: oldKeys.count * 2)
        let mask = keys.count - 1
        for (k, v) in zip(oldKeys, oldValues) where k != 0 {
            var slot = Int(truncatingIfNeeded: k >> 7) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = k
            values[slot] = v
        }
    }
}
