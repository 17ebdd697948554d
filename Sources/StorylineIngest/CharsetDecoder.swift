import Foundation

/// Turns bytes into text the way browsers do, in order of reliability: a byte-order mark,
/// then the charset the document declares (`<meta charset>`, `http-equiv`, the XML
/// declaration), then a UTF-8 validity check with a windows-1252 fallback. Every guess
/// and every replaced byte is reported as a warning, so nothing is silently garbled.
public enum CharsetDecoder {
    public struct Decoded: Sendable {
        public var text: String
        /// The WHATWG name of the charset used ("utf-8", "windows-1252", …).
        public var charset: String
        public var warnings: [String]
    }

    public static func decode(_ bytes: [UInt8]) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return decodeUTF8(bytes[3...], label: "utf-8", declared: true)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let enc: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            if let text = String(data: Data(bytes[2...]), encoding: enc) {
                return Decoded(text: text, charset: bytes[0] == 0xFF ? "utf-16le" : "utf-16be", warnings: [])
            }
            return Decoded(
                text: String(decoding: bytes, as: UTF8.self), charset: "utf-8",
                warnings: ["byte-order mark says UTF-16 but the text does not decode; read as UTF-8"])
        }
        if let label = DeclaredCharset.find(in: bytes) {
            switch label {
            case "utf-8":
                return decodeUTF8(bytes[...], label: label, declared: true)
            case "windows-1252":
                return Decoded(text: Windows1252.decode(bytes[...]), charset: label, warnings: [])
            case "utf-16le", "utf-16be":
                // A declaration inside 8-bit-readable text cannot really be UTF-16 (WHATWG: treat as UTF-8).
                return decodeUTF8(bytes[...], label: "utf-8", declared: false)
            default:
                if let encoding = DeclaredCharset.foundationEncoding(label),
                    let text = String(data: Data(bytes), encoding: encoding)
                {
                    return Decoded(text: text, charset: label, warnings: [])
                }
                var fallback = decodeUTF8(bytes[...], label: "utf-8", declared: false)
                fallback.warnings.insert(
                    "declared charset \"\(label)\" is not supported or does not match the bytes; read as \(fallback.charset)",
                    at: 0)
                return fallback
            }
        }
        return decodeUTF8(bytes[...], label: "utf-8", declared: false)
    }

    /// UTF-8 when the bytes are (mostly) UTF-8; otherwise windows-1252, the web's de-facto default.
    static func decodeUTF8(_ bytes: ArraySlice<UInt8>, label: String, declared: Bool) -> Decoded {
        // Valid UTF-8 (nearly every input) decodes to exactly its own bytes: one decode and a
        // memcmp instead of a separate validity scan. Anything else is counted below.
        var text = String(decoding: bytes, as: UTF8.self)
        let identical = text.withUTF8 { decoded in
            bytes.withUnsafeBufferPointer { raw in
                decoded.count == raw.count && (raw.isEmpty || memcmp(decoded.baseAddress!, raw.baseAddress!, raw.count) == 0)
            }
        }
        if identical { return Decoded(text: text, charset: "utf-8", warnings: []) }
        let check = UTF8Check.scan(bytes)
        if check.invalid == 0 {
            return Decoded(text: text, charset: "utf-8", warnings: [])
        }
        if declared || check.validMultibyte > check.invalid {
            return Decoded(
                text: text, charset: "utf-8",
                warnings: ["\(check.invalid) invalid UTF-8 byte sequence(s) replaced with U+FFFD"])
        }
        return Decoded(
            text: Windows1252.decode(bytes), charset: "windows-1252",
            warnings: ["not valid UTF-8 and no charset declared; decoded as windows-1252"])
    }
}

/// Counts valid multi-byte sequences and invalid bytes in one pass, so the decoder can tell
/// UTF-8 with a few corrupt bytes from a legacy 8-bit encoding.
enum UTF8Check {
    static func scan(_ bytes: ArraySlice<UInt8>) -> (validMultibyte: Int, invalid: Int) {
        var valid = 0
        var invalid = 0
        bytes.withUnsafeBufferPointer { p in
            var i = 0
            let n = p.count
            while i < n {
                let b = p[i]
                if b < 0x80 {
                    i += 1
                    continue
                }
                let length: Int
                var minSecond: UInt8 = 0x80
                var maxSecond: UInt8 = 0xBF
                switch b {
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; minSecond = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; maxSecond = 0x9F
                case 0xF0: length = 4; minSecond = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; maxSecond = 0x8F
                default: length = 0
                }
                guard length > 0, i + length <= n, p[i + 1] >= minSecond, p[i + 1] <= maxSecond else {
                    invalid += 1
                    i += 1
                    continue
                }
                var ok = true
                var k = 2
                while k < length {
                    if p[i + k] & 0xC0 != 0x80 { ok = false; break }
                    k += 1
                }
                if ok {
                    valid += 1
                    i += length
                } else {
                    invalid += 1
                    i += 1
                }
            }
        }
        return (valid, invalid)
    }
}

/// windows-1252 as WHATWG defines it (also used for the labels iso-8859-1, latin1, us-ascii):
/// 0x80–0x9F map to typographic characters; the five undefined bytes map to C1 controls.
enum Windows1252 {
    static let high: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D,
        0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// Writes the UTF-8 directly (at most 3 bytes per input byte): appending scalars to a
    /// `UnicodeScalarView` one by one cost more than parsing the page.
    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.withUnsafeBufferPointer { src in
            String(unsafeUninitializedCapacity: src.count * 3) { out in
                var o = 0
                for b in src {
                    if b < 0x80 {
                        out[o] = b
                        o += 1
                        continue
                    }
                    let value = (b <= 0x9F) ? UInt32(high[Int(b) - 0x80]) : UInt32(b)
                    if value < 0x800 {
                        out[o] = UInt8(0xC0 | value >> 6)
                        out[o + 1] = UInt8(0x80 | value & 0x3F)
                        o += 2
                    } else {
                        out[o] = UInt8(0xE0 | value >> 12)
                        out[o + 1] = UInt8(0x80 | (value >> 6) & 0x3F)
                        out[o + 2] = UInt8(0x80 | value & 0x3F)
                        o += 3
                    }
                }
                return o
            }
        }
    }
}
