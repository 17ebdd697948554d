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
/// Faster than `Dictionary` for the tagger's millions of lookups; 0 is the empty key. Each slot
/// holds its key and row side by side, so a lookup reads one place in memory, not two.
struct FeatureTable: Sendable {
    struct Slot: Sendable {
        var key: UInt64
        var row: Int32
    }

    private(set) var slots: [Slot]
    private(set) var count = 0
    private var mask: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, row: -1), count: size)
        mask = size - 1
    }

    /// The occupied slots' keys and rows.
    var entries: [(key: UInt64, row: Int32)] {
        var out: [(key: UInt64, row: Int32)] = []
        out.reserveCapacity(count)
        for s in slots where s.key != 0 { out.append((s.key, s.row)) }
        return out
    }

    @inline(__always) func row(_ key: UInt64) -> Int32 {
        withLookup { $0.row(key) }
    }

    /// Runs `body` with an unchecked view of the slots, for the tagger's inner loop.
    @inline(__always) func withLookup<R>(_ body: (Lookup) -> R) -> R {
        slots.withUnsafeBufferPointer { body(Lookup(slots: $0.baseAddress!, mask: mask)) }
    }

    /// Probing over the slots without bounds checks (the mask keeps every index in range).
    struct Lookup {
        let slots: UnsafePointer<Slot>
        let mask: Int

        @inline(__always) func row(_ key: UInt64) -> Int32 {
            var i = Int(truncatingIfNeeded: key) & mask
            while true {
                let s = slots[i]
                if s.key == key { return s.row }
                if s.key == 0 { return -1 }
                i = (i + 1) & mask
            }
        }
    }

    /// The row of `key`, inserting `newRow` when it is absent.
    mutating func rowInserting(_ key: UInt64, newRow: Int32) -> (row: Int32, inserted: Bool) {
        if (count + 1) * 2 > slots.count { grow() }
        var i = Int(truncatingIfNeeded: key) & mask
        while true {
            let k = slots[i].key
            if k == key { return (slots[i].row, false) }
            if k == 0 {
                slots[i] = Slot(key: key, row: newRow)
                count += 1
                return (newRow, true)
            }
            i = (i + 1) & mask
        }
    }

    private mutating func grow() {
        let old = slots
        let size = slots.count * 2
        slots = [Slot](repeating: Slot(key: 0, row: -1), count: size)
        mask = size - 1
        count = 0
        for s in old where s.key != 0 { _ = rowInserting(s.key, newRow: s.row) }
    }
}
