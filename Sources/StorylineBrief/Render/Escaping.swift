import Foundation

/// Escaping for every place document text is rendered. Titles, publishers, sentences and
/// URLs all come from documents and may carry markup meant to run in a reader's browser.
public enum Escaping {
    /// Text content and attribute values in HTML: `& < > " '` become character references.
    /// Works on UTF-8 bytes (every character escaped is ASCII, and no byte of a multi-byte
    /// character is), and returns the text itself when nothing needs escaping.
    public static func html(_ text: String) -> String {
        escaping(text) { c in
            switch c {
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "<"): return "&lt;"
            case UInt8(ascii: ">"): return "&gt;"
            case UInt8(ascii: "\""): return "&quot;"
            case UInt8(ascii: "'"): return "&#39;"
            case 0: return "\u{FFFD}"
            default: return nil
            }
        }
    }

    /// A URL fit for an `href`: only absolute http(s) URLs without white space or control
    /// characters pass (so no `javascript:` or `data:`); the result is HTML-escaped.
    public static func safeURL(_ url: String?) -> String? {
        guard let url = url?.trimmingCharacters(in: .whitespacesAndNewlines), !url.isEmpty else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        guard !url.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F }) else { return nil }
        return html(url)
    }

    /// Markdown text: markup characters are backslash-escaped and `< > &` become character
    /// references, so neither Markdown nor embedded HTML in a document takes effect.
    public static func markdown(_ text: String) -> String {
        escaping(text) { c in
            switch c {
            case UInt8(ascii: "&"): return "&amp;"
            case UInt8(ascii: "<"): return "&lt;"
            case UInt8(ascii: ">"): return "&gt;"
            case UInt8(ascii: "\\"): return "\\\\"
            case UInt8(ascii: "`"): return "\\`"
            case UInt8(ascii: "*"): return "\\*"
            case UInt8(ascii: "_"): return "\\_"
            case UInt8(ascii: "["): return "\\["
            case UInt8(ascii: "]"): return "\\]"
            case UInt8(ascii: "~"): return "\\~"
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): return " "
            default: return nil
            }
        }
    }

    /// `text` with each ASCII byte that `replacement` maps replaced by what it returns.
    private static func escaping(_ text: String, _ replacement: (UInt8) -> StaticString?) -> String {
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { $0 < 0x80 && replacement($0) != nil }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 32)
        out.append(contentsOf: utf8[..<first])
        for c in utf8[first...] {
            if c < 0x80, let r = replacement(c) {
                r.withUTF8Buffer { out.append(contentsOf: $0) }
            } else {
                out.append(c)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A file name made only of `[A-Za-z0-9_-]` (other characters become `_`), never empty.
    public static func fileName(_ id: String) -> String {
        let safe = String(String.UnicodeScalarView(id.unicodeScalars.prefix(120).map { c in
            (c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_")) ? c : "_"
        }))
        return safe.isEmpty ? "_" : safe
    }
}
