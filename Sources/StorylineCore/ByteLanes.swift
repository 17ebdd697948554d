/// Eight bytes at a time in one 64-bit word ("SIMD within a register"): exact per-byte tests
/// for the scans that run over every ingested byte, where a byte loop with several comparisons
/// per byte does not vectorize. Each test leaves 0x80 in the lanes that pass and 0 elsewhere,
/// so `nonzeroBitCount` counts them and `trailingZeroBitCount / 8` finds the first.
/// (`@inlinable`: callers in other modules get the few instructions inline, not a call per word.)
public enum ByteLanes {
    /// `byte` in each of the eight lanes.
    @inlinable @inline(__always)
    public static func lanes(_ byte: UInt8) -> UInt64 { 0x0101_0101_0101_0101 &* UInt64(byte) }

    /// Lanes of `x` that are zero (exact: no borrow crosses lanes).
    @inlinable @inline(__always)
    public static func zero(_ x: UInt64) -> UInt64 {
        ~(((x & lanes(0x7F)) &+ lanes(0x7F)) | x) & lanes(0x80)
    }

    /// Lanes of `x` equal to `byte`.
    @inlinable @inline(__always)
    public static func equal(_ x: UInt64, _ byte: UInt8) -> UInt64 { zero(x ^ lanes(byte)) }

    /// Whether some lane of `x` lies strictly between `low` and `high` (both below 0x80).
    @inlinable @inline(__always)
    public static func contains(_ x: UInt64, above low: UInt8, below high: UInt8) -> Bool {
        let low7 = x & lanes(0x7F)
        return (lanes(127 &+ high) &- low7) & ~x & (low7 &+ lanes(127 &- low)) & lanes(0x80) != 0
    }

    /// Lanes of `x` below `limit` (at most 0x80). Exact: the 7-bit sum never carries into the
    /// next lane, and a lane with its top bit set is never below the limit.
    @inlinable @inline(__always)
    public static func below(_ x: UInt64, _ limit: UInt8) -> UInt64 {
        ~(((x & lanes(0x7F)) &+ lanes(0x80 &- limit)) | x) & lanes(0x80)
    }
}
