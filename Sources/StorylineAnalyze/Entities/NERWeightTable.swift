/// Both tagger stages' emission weights, laid out for tagging rather than training. Scoring is
/// memory-bound: each of a token's ~80 feature lookups used to probe one stage's slot table and
/// then read a separate 11-float row (two cache misses, ~15 MB for both stages). Here one probe
/// per feature serves both stages (the second stage reuses the first stage's features); the
/// probe array is 1 MB of 4-byte slots; each entry holds its key, the stages' tag masks and only
/// their non-zero weights (~3.4 of 11), in ~3.4 MB; and a token's lookups are issued together
/// so their memory reads overlap. Skipping a zero weight leaves a score bit-identical (a score
/// is never -0, and x + 0 == x), and each tag's weights are still added in feature order.
struct NERWeightTable: Sendable {
    /// Probe array: 0 for an empty slot, else the key's 8-bit tag (its top byte, never 0)
    /// over the 24-bit position of its entry. 4 bytes a slot keeps it within ~1 MB, so a
    /// feature the model lacks usually costs one read near the core and no entry read.
    private let slots: [UInt32]
    /// Entries, 32-bit words each: key (low word, high word), masks (low 16 bits: tags with a
    /// non-zero first-stage weight; high 16: the second stage's), then the first stage's
    /// non-zero weights and the second stage's, as float bit patterns.
    private let entries: [UInt32]
    private let mask: Int

    @inline(__always) static func tag(_ key: UInt64) -> UInt32 {
        let t = UInt32(truncatingIfNeeded: key >> 56)
        return t == 0 ? 1 : t
    }

    init(first: NERModel, second: NERModel?) {
        let T = NERTagSet.count
        var rows = HashedKeyMap<(Int32, Int32)>(filler: (-1, -1), capacity: first.featureCount)
        for (key, row) in first.table.entries { rows.update(key, initial: (-1, -1)) { $0.0 = row } }
        var keys = first.table.entries.map(\.key)
        if let second {
            for (key, row) in second.table.entries {
                rows.update(key, initial: (-1, -1)) {
                    if $0.0 < 0 { keys.append(key) }
                    $0.1 = row
                }
            }
        }
        keys.sort()
        var size = 16
        while size < keys.count * 5 / 2 { size <<= 1 }
        var slots = [UInt32](repeating: 0, count: size)
        var entries: [UInt32] = []
        entries.reserveCapacity(keys.count * 10)
        for key in keys {
            let (r1, r2) = rows.value(key, or: (-1, -1))
            let offset = entries.count
            precondition(offset < 1 << 24, "entity model too large for its table")
            entries.append(UInt32(truncatingIfNeeded: key))
            entries.append(UInt32(truncatingIfNeeded: key >> 32))
            entries.append(0)
            var masks: UInt32 = 0
            func append(_ model: NERModel?, _ row: Int32, stage: Int) {
                guard let model, row >= 0 else { return }
                for t in 0..<T {
                    let w = model.weights[Int(row) * T + t]
                    if w != 0 {
                        masks |= 1 << (t + 16 * stage)
                        entries.append(w.bitPattern)
                    }
                }
            }
            append(first, r1, stage: 0)
            append(second, r2, stage: 1)
            entries[offset + 2] = masks
            var i = Int(truncatingIfNeeded: key) & (size - 1)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = Self.tag(key) << 24 | UInt32(offset)
        }
        self.slots = slots
        self.entries = entries
        mask = size - 1
    }

    /// Runs `body` with an unchecked view of the table, for the tagger's inner loop.
    @inline(__always) func withLookup<R>(_ body: (Lookup) -> R) -> R {
        slots.withUnsafeBufferPointer { s in
            entries.withUnsafeBufferPointer { e in
                body(Lookup(slots: s.baseAddress!, entries: e.baseAddress ?? UnsafePointer(bitPattern: 16)!, mask: mask))
            }
        }
    }

    /// Which stages' scores a lookup adds to.
    struct Stages: OptionSet {
        let rawValue: UInt8
        static let first = Stages(rawValue: 1)
        static let second = Stages(rawValue: 2)
    }

    /// Probing and scoring without bounds checks (the mask keeps every index in range).
    struct Lookup {
        let slots: UnsafePointer<UInt32>
        let entries: UnsafePointer<UInt32>
        let mask: Int

        /// The entry of `key` found by probing from slot `i` on, nil when absent.
        @inline(__always) func find(_ key: UInt64, from i: Int) -> UnsafePointer<UInt32>? {
            let tag = NERWeightTable.tag(key)
            var i = i
            while true {
                let s = slots[i]
                if s == 0 { return nil }
                if s >> 24 == tag {
                    let e = entries + Int(s & 0xFF_FFFF)
                    if UInt64(e[0]) | UInt64(e[1]) << 32 == key { return e }
                }
                i = (i + 1) & mask
            }
        }

        /// Adds the weights of `bits` (a tag mask) read from `w` on to `scores`; returns
        /// where the next stage's weights start.
        @inline(__always) static func add(
            _ bits: UInt32, _ w: UnsafePointer<UInt32>, to scores: UnsafeMutablePointer<Float>
        ) -> UnsafePointer<UInt32> {
            var m = bits
            var w = w
            while m != 0 {
                scores[m.trailingZeroBitCount] += Float(bitPattern: w.pointee)
                w += 1
                m &= m &- 1
            }
            return w
        }

        /// Adds, feature by feature in order, the weights of `count` features to the scores
        /// of the chosen stages. The features' slots are read first, all together, then their
        /// entries, so the memory reads overlap instead of waiting one after another.
        /// `scratch` holds `2 count` words.
        @inline(__always) func add(
            _ keys: UnsafePointer<UInt64>, count: Int, stages: Stages,
            first: UnsafeMutablePointer<Float>, second: UnsafeMutablePointer<Float>, scratch: UnsafeMutablePointer<Int>
        ) {
            // 1. The first slot of every key.
            for f in 0..<count { scratch[f] = Int(slots[Int(truncatingIfNeeded: keys[f]) & mask]) }
            // 2. Each likely entry's mask word: -1 certainly absent, -2 probe further, else the
            //    entry position with its mask word above it.
            for f in 0..<count {
                let s = UInt32(truncatingIfNeeded: scratch[f])
                if s == 0 {
                    scratch[f] = -1
                } else if s >> 24 == NERWeightTable.tag(keys[f]) {
                    let at = Int(s & 0xFF_FFFF)
                    let masks = entries[at + 2]
                    scratch[f] = at | Int(masks) << 24
                    // Also read the entry's first and last words now: an entry may straddle two
                    // cache lines, and both reads then overlap with the other features'.
                    scratch[count + f] = Int(entries[at]) &+ Int(entries[at + 2 + masks.nonzeroBitCount])
                } else {
                    scratch[f] = -2
                }
            }
            // 3. In feature order: confirm the key and add.
            for f in 0..<count {
                let c = scratch[f]
                if c == -1 { continue }
                let key = keys[f]
                var entry: UnsafePointer<UInt32>?
                if c >= 0 {
                    let e = entries + (c & 0xFF_FFFF)
                    entry = UInt64(e[0]) | UInt64(e[1]) << 32 == key ? e : nil
                }
                if entry == nil {
                    entry = find(key, from: (Int(truncatingIfNeeded: key) + 1) & mask)
                }
                guard let e = entry else { continue }
                let masks = e[2]
                let m1 = masks & 0xFFFF
                if stages.contains(.first) { _ = Self.add(m1, e + 3, to: first) }
                if stages.contains(.second) { _ = Self.add(masks >> 16, e + 3 + m1.nonzeroBitCount, to: second) }
            }
        }
    }
}
