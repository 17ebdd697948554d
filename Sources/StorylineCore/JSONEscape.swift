/// Decoding one JSON string escape, shared by the byte-level JSON readers (JSON Lines records in
/// Ingest, JSON-LD scripts in Extract), which read the plain runs of a string themselves.
public enum JSONEscape {
    /// Decodes the escape whose backslash is at `p[i]`, appends its UTF-8 bytes to `bytes` and
    /// moves `i` past it. Returns false, leaving the caller to its slow path, for a malformed
    /// escape, a NUL, or a UTF-16 surrogate (pairs are rare; the Foundation reader handles them).
    public static func decode(_ p: UnsafeBufferPointer<UInt8>, at i: inout Int, into bytes: inout [UInt8]) -> Bool {
        guard i + 1 < p.count else { return false }
        let e = p[i + 1]
        i += 2
        switch e {
        case 0x22, 0x5C, 0x2F: bytes.append(e)
        case 0x62: bytes.append(0x08)
        case 0x66: bytes.append(0x0C)
        case 0x6E: bytes.append(0x0A)
        case 0x72: bytes.append(0x0D)
        case 0x74: bytes.append(0x09)
        case 0x75:
            guard i + 4 <= p.count else { return false }
            var v: UInt32 = 0
            for k in 0..<4 {
                let h = p[i + k]
                let d: UInt32
                switch h {
                case 0x30...0x39: d = UInt32(h - 0x30)
                case 0x41...0x46: d = UInt32(h - 0x41 + 10)
                case 0x61...0x66: d = UInt32(h - 0x61 + 10)
                default: return false
                }
                v = v << 4 | d
            }
            i += 4
            guard v != 0, !(0xD800...0xDFFF).contains(v), let scalar = Unicode.Scalar(v) else { return false }
            bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            return false
        }
        return true
    }
}
