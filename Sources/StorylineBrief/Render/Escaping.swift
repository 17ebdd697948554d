import Foundation

/// Escaping for every place document text is rendered. Titles, publishers, sentences and
/// URLs all come from documents and may carry markup meant to run in a reader's browser.
public enum Escaping {
    /// Text content and attribute values in HTML: `& < > " '` become character references.
    public static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{0}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
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
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\\", "`", "*", "_", "[", "]", "~": out += "\\" + String(c)
            case "\n", "\r": out += " "
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    /// A file name made only of `[A-Za-z0-9_-]` (other characters become `_`), never empty.
    public static func fileName(_ id: String) -> String {
        let safe = String(String.UnicodeScalarView(id.unicodeScalars.prefix(120).map { c in
            (c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "-" || c == "_")) ? c : "_"
        }))
        return safe.isEmpty ? "_" : safe
    }
}
