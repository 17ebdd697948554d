/// A fragment of HTML. String literals written in this module are trusted markup; every
/// `String` interpolated into one is escaped, so text from documents can only ever become
/// text — in element content and in (always double-quoted) attribute values alike.
///
/// The fragment is kept as UTF-8 bytes: a story page is a few hundred small appends, and
/// byte appends with a byte-loop escaper render it several times faster than `String`
/// concatenation, which is what keeps page latency low under load.
struct HTML: Sendable, ExpressibleByStringInterpolation, ExpressibleByStringLiteral {
    var bytes: [UInt8]

    init(raw: String) { bytes = Array(raw.utf8) }
    init(bytes: [UInt8]) { self.bytes = bytes }
    init(stringLiteral value: String) { bytes = Array(value.utf8) }
    init(stringInterpolation: StringInterpolation) { bytes = stringInterpolation.bytes }

    /// The markup as a string (for JSON fields that carry HTML).
    var raw: String { String(decoding: bytes, as: UTF8.self) }

    static let empty = HTML(bytes: [])

    struct StringInterpolation: StringInterpolationProtocol {
        var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) {
            bytes.reserveCapacity(literalCapacity + interpolationCount * 32)
        }

        mutating func appendLiteral(_ literal: String) { bytes.append(contentsOf: literal.utf8) }
        mutating func appendInterpolation(_ text: String) { HTMLEscape.append(text, to: &bytes) }
        mutating func appendInterpolation(_ text: Substring) { HTMLEscape.append(String(text), to: &bytes) }
        mutating func appendInterpolation(_ number: Int) { bytes.append(contentsOf: String(number).utf8) }
        mutating func appendInterpolation(_ html: HTML) { bytes.append(contentsOf: html.bytes) }
        mutating func appendInterpolation(_ parts: [HTML]) {
            bytes.reserveCapacity(bytes.count + parts.reduce(0) { $0 + $1.bytes.count })
            for part in parts { bytes.append(contentsOf: part.bytes) }
        }
    }
}

extension Array where Element == HTML {
    func joined(separator: HTML) -> HTML {
        var out: [UInt8] = []
        for (i, part) in enumerated() {
            if i > 0 { out.append(contentsOf: separator.bytes) }
            out.append(contentsOf: part.bytes)
        }
        return HTML(bytes: out)
    }
}

/// Escaping for HTML text and double-quoted attribute values (and XML, for the Atom feed).
enum HTMLEscape {
    static func escape(_ text: String) -> String {
        var out: [UInt8] = []
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` with `& < > " '` as character references and C0 controls other than
    /// tab/newline (and DEL) dropped: they are not allowed in XML and only confuse HTML.
    /// Works on UTF-8 bytes: every byte that needs escaping is ASCII, so multi-byte
    /// characters pass through untouched.
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            out.reserveCapacity(out.count + utf8.count + 16)
            var start = 0
            for i in 0..<utf8.count {
                let b = utf8[i]
                let replacement: StaticString?
                switch b {
                case 0x26: replacement = "&amp;"
                case 0x3C: replacement = "&lt;"
                case 0x3E: replacement = "&gt;"
                case 0x22: replacement = "&quot;"
                case 0x27: replacement = "&#39;"
                case 0x09, 0x0A: continue
                case 0..<0x20, 0x7F: replacement = ""
                default: continue
                }
                if start < i { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i])) }
                if let replacement {
                    replacement.withUTF8Buffer { out.append(contentsOf: $0) }
                }
                start = i + 1
            }
            if start < utf8.count { out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...])) }
        }
    }
}
