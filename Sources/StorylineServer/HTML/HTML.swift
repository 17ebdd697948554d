/// A fragment of HTML. String literals written in this module are trusted markup; every
/// `String` interpolated into one is escaped, so text from documents can only ever become
/// text — in element content and in (always double-quoted) attribute values alike.
struct HTML: Sendable, ExpressibleByStringInterpolation, ExpressibleByStringLiteral {
    var raw: String

    init(raw: String) { self.raw = raw }
    init(stringLiteral value: String) { raw = value }
    init(stringInterpolation: StringInterpolation) { raw = stringInterpolation.raw }

    static let empty = HTML(raw: "")

    struct StringInterpolation: StringInterpolationProtocol {
        var raw = ""

        init(literalCapacity: Int, interpolationCount: Int) {
            raw.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        mutating func appendLiteral(_ literal: String) { raw += literal }
        mutating func appendInterpolation(_ text: String) { HTMLEscape.append(text, to: &raw) }
        mutating func appendInterpolation(_ text: Substring) { HTMLEscape.append(String(text), to: &raw) }
        mutating func appendInterpolation(_ number: Int) { raw += String(number) }
        mutating func appendInterpolation(_ html: HTML) { raw += html.raw }
        mutating func appendInterpolation(_ parts: [HTML]) { for part in parts { raw += part.raw } }
    }
}

extension Array where Element == HTML {
    func joined(separator: HTML) -> HTML {
        var out = ""
        for (i, part) in enumerated() {
            if i > 0 { out += separator.raw }
            out += part.raw
        }
        return HTML(raw: out)
    }
}

/// Escaping for HTML text and double-quoted attribute values (and XML, for the Atom feed).
enum HTMLEscape {
    static func escape(_ text: String) -> String {
        var out = ""
        append(text, to: &out)
        return out
    }

    /// Appends `text` with `& < > " '` as character references and C0 controls other than
    /// tab/newline dropped (they are not allowed in XML and only confuse HTML).
    static func append(_ text: String, to out: inout String) {
        var needsWork = false
        for b in text.utf8 where b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 || (b < 0x20 && b != 0x09 && b != 0x0A) {
            needsWork = true
            break
        }
        guard needsWork else {
            out += text
            return
        }
        out.reserveCapacity(out.utf8.count + text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
    }
}
