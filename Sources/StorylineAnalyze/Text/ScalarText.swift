/// Builds `String`s from runs of Unicode scalars by writing their UTF-8 bytes straight into the
/// string's storage: appending scalars to a `String.UnicodeScalarView` one by one is the slow
/// path, and tokenizers and the sentence splitter build one string per token or sentence.
enum ScalarText {
    /// The text of `scalars[lower..<upper]` (bounds must be valid).
    static func string(_ scalars: [Unicode.Scalar], _ lower: Int, _ upper: Int) -> String {
        guard lower < upper else { return "" }
        var bytes = 0
        for k in lower..<upper {
            let v = scalars[k].value
            bytes += v < 0x80 ? 1 : v < 0x800 ? 2 : v < 0x1_0000 ? 3 : 4
        }
        return String(unsafeUninitializedCapacity: bytes) { buffer in
            var n = 0
            for k in lower..<upper {
                let v = scalars[k].value
                if v < 0x80 {
                    buffer[n] = UInt8(truncatingIfNeeded: v)
                    n += 1
                } else {
                    UTF8.encode(scalars[k]) { b in
                        buffer[n] = b
                        n += 1
                    }
                }
            }
            return n
        }
    }

    /// `string` with ASCII capitals made lower-case, for a run known to be all ASCII.
    static func lowerASCII(_ scalars: [Unicode.Scalar], _ lower: Int, _ upper: Int) -> String {
        String(unsafeUninitializedCapacity: upper - lower) { buffer in
            var n = 0
            for k in lower..<upper {
                let b = UInt8(truncatingIfNeeded: scalars[k].value)
                buffer[n] = b >= 65 && b <= 90 ? b + 32 : b
                n += 1
            }
            return n
        }
    }
}
