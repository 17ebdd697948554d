/// 64-bit hashing for features: FNV-1a over bytes, then a mixer. Features are addressed by
/// hash only, so extraction never allocates strings.
@usableFromInline
enum FeatureHash {
    @inlinable static func bytes<C: Sequence>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01B3
        }
        return h
    }

    @inlinable static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        var h = a ^ (b &+ 0x9E37_79B9_7F4A_7C15 &+ (a << 6) &+ (a >> 2))
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        h ^= h >> 33
        return h == 0 ? 1 : h
    }

    /// A feature: template number and value.
    @inlinable static func feature(_ template: UInt64, _ value: UInt64) -> UInt64 {
        mix(template &* 0x1000_0000_01B3, value)
    }
}

/// An open-addressing map from feature hash to weight row (linear probing, power-of-two size).
/// Faster than `Dictionary` for the tagger's millions of lookups; 0 is the empty key.
struct FeatureTable: Sendable {
    private(set) var keys: [UInt64]
    private(set) var rows: [Int32]
    private(set) var count = 0
    private var mask: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        rows = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// The occupied slots' keys and rows.
    var entries: [(key: UInt64, row: Int32)] {
        var out: [(key: UInt64, row: Int32)] = []
        out.reserveCapacity(count)
        for (k, r) in zip(keys, rows) where k != 0 { out.append((k, r)) }
        return out
    }

    @inline(__always) func row(_ key: UInt64) -> Int32 {
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[i]
            if k == key { return rows[i] }
            if k == 0 { return -1 }
            i = (i + 1) & mask
        }
    }

    /// The row of `key`, inserting `newRow` when it is absent.
    mutating func rowInserting(_ key: UInt64, newRow: Int32) -> (row: Int32, inserted: Bool) {
        if (count + 1) * 2 > keys.count { grow() }
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = keys[i]
            if k == key { return (rows[i], false) }
            if k == 0 {
                keys[i] = key
                rows[i] = newRow
                count += 1
                return (newRow, true)
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldRows = rows
        let size = keys.count * 2
        keys = [UInt64](repeating: 0, count: size)
        rows = [Int32](repeating: -1, count: size)
        mask = size - 1
        count = 0
        for (k, r) in zip(oldKeys, oldRows) where k != 0 { _ = rowInserting(k, newRow: r) }
    }
}
