/// A map from 64-bit hashes (words and features are already hashed by `FeatureHash`) to small
/// values: open addressing, linear probing, a power-of-two size kept under half full, the
/// slot chosen by Fibonacci hashing of the key. `Dictionary` would hash every key again with
/// SipHash; the tagger looks words up millions of times, so here one lookup is a multiply and
/// (nearly always) one read: a slot holds its key and value side by side.
struct HashedKeyMap<Value> {
    struct Slot {
        var key: UInt64
        var value: Value
    }

    private var slots: [Slot]
    /// The value of key 0, which marks empty slots and so cannot live in them.
    private var zeroValue: Value?
    private let filler: Value
    private var shift: UInt64
    private(set) var count = 0

    /// An empty map; `filler` only fills unused slots and is never returned.
    init(filler: Value, capacity: Int = 8) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, value: filler), count: size)
        self.filler = filler
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    @inline(__always) private func start(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The slot holding `key`, or the empty slot where it would go.
    @inline(__always) private func find(_ key: UInt64) -> (index: Int, found: Bool) {
        slots.withUnsafeBufferPointer { k in
            let mask = k.count - 1
            var i = start(key)
            while true {
                let s = k[i].key
                if s == key { return (i, true) }
                if s == 0 { return (i, false) }
                i = (i + 1) & mask
            }
        }
    }

    subscript(key: UInt64) -> Value? {
        if key == 0 { return zeroValue }
        let (i, found) = find(key)
        return found ? slots[i].value : nil
    }

    /// The value of `key`, or `missing` when absent.
    @inline(__always) func value(_ key: UInt64, or missing: Value) -> Value {
        if key == 0 { return zeroValue ?? missing }
        let (i, found) = find(key)
        return found ? slots[i].value : missing
    }

    /// Changes the value of `key` in place, starting from `initial` when absent.
    mutating func update(_ key: UInt64, initial: Value, _ change: (inout Value) -> Void) {
        if key == 0 {
            var v = zeroValue ?? initial
            change(&v)
            zeroValue = v
            return
        }
        var (i, found) = find(key)
        if !found {
            if (count + 1) * 2 > slots.count {
                grow()
                i = find(key).index
            }
            slots[i] = Slot(key: key, value: initial)
            count += 1
        }
        change(&slots[i].value)
    }

    /// Sets the value of `key`.
    mutating func set(_ key: UInt64, _ value: Value) {
        update(key, initial: value) { $0 = value }
    }

    private mutating func grow() {
        let old = slots
        let size = slots.count * 2
        slots = [Slot](repeating: Slot(key: 0, value: filler), count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
        for s in old where s.key != 0 { slots[find(s.key).index] = s }
    }
}

extension HashedKeyMap: Sendable where Value: Sendable {}
extension HashedKeyMap.Slot: Sendable where Value: Sendable {}
