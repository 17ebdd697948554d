/// Marking matched and cited text. Text is always escaped first; only then are the
/// server's own markers turned into `<mark>`, so no document text can become markup.
enum Highlight {
    /// Markers the store puts around search matches: private-use characters that extracted
    /// text does not carry (and that, if one ever did, could only unbalance a `<mark>`, which
    /// `snippet` repairs).
    static let open = "\u{E000}"
    static let close = "\u{E001}"

    /// A search snippet as HTML with its matches in `<mark>`.
    static func snippet(_ snippet: String) -> HTML {
        var escaped: [UInt8] = []
        HTMLEscape.append(snippet, to: &escaped)
        // The markers U+E000 / U+E001 are EE 80 80 / EE 80 81 in UTF-8.
        var out: [UInt8] = []
        out.reserveCapacity(escaped.count + 32)
        var inside = false
        var i = 0
        while i < escaped.count {
            if escaped[i] == 0xEE, i + 2 < escaped.count, escaped[i + 1] == 0x80, escaped[i + 2] == 0x80 || escaped[i + 2] == 0x81 {
                if escaped[i + 2] == 0x80 {
                    if !inside { out.append(contentsOf: "<mark>".utf8) }
                    inside = true
                } else {
                    if inside { out.append(contentsOf: "</mark>".utf8) }
                    inside = false
                }
                i += 3
                continue
            }
            out.append(escaped[i])
            i += 1
        }
        if inside { out.append(contentsOf: "</mark>".utf8) }
        return HTML(bytes: out)
    }

    /// A snippet as plain text (markers removed).
    static func plain(_ snippet: String) -> String {
        String(String.UnicodeScalarView(snippet.unicodeScalars.filter { $0 != "\u{E000}" && $0 != "\u{E001}" }))
    }

    /// The matched terms of a snippet, in order.
    static func matches(_ snippet: String) -> [String] {
        var out: [String] = []
        var current: String.UnicodeScalarView? = nil
        for scalar in snippet.unicodeScalars {
            if scalar == "\u{E000}" {
                current = String.UnicodeScalarView()
            } else if scalar == "\u{E001}" {
                if let c = current { out.append(String(c)) }
                current = nil
            } else {
                current?.append(scalar)
            }
        }
        return out
    }

    /// `text` with the first occurrence of `quote` wrapped in `<mark id="cited">`, or nil when
    /// the quote does not occur in it.
    static func mark(_ quote: String, in text: String) -> HTML? {
        guard !quote.isEmpty, let range = text.range(of: quote) else { return nil }
        return """
            \(String(text[..<range.lowerBound]))<mark id="cited">\(String(text[range]))</mark>\(String(text[range.upperBound...]))
            """
    }
}
