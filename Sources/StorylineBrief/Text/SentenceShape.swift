/// Cheap checks on the shape of a sentence: is it complete prose that can stand in a brief
/// (not a caption, heading fragment, byline, link or half of a quotation)?
enum SentenceShape {
    static func isProse(_ text: String) -> Bool {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        guard words.count >= 6, words.count <= 80, text.unicodeScalars.count <= 600 else { return false }
        guard let first = text.unicodeScalars.first, let last = lastNonClosing(text) else { return false }
        let opensWell = first.properties.isUppercase || first.properties.numericType != nil
            || "\"\u{201C}\u{2018}'".unicodeScalars.contains(first)
        guard opensWell, ".!?".unicodeScalars.contains(last) else { return false }
        guard quotesBalanced(text) else { return false }
        let lower = text.lowercased()
        for junk in ["http://", "https://", "www.", "@", "sign up", "subscribe", "newsletter", "cookie", "click here",
            "read more", "all rights reserved", "|"]
        where lower.contains(junk) {
            return false
        }
        return true
    }

    /// The last character that is not a closing quotation mark or bracket.
    static func lastNonClosing(_ text: String) -> Unicode.Scalar? {
        for c in text.unicodeScalars.reversed() where !"\"'\u{201D}\u{2019})]".unicodeScalars.contains(c) {
            return c.properties.isWhitespace ? nil : c
        }
        return nil
    }

    /// Straight double quotes come in pairs and curly ones open before they close.
    static func quotesBalanced(_ text: String) -> Bool {
        var straight = 0
        var depth = 0
        for c in text.unicodeScalars {
            switch c {
            case "\"": straight += 1
            case "\u{201C}": depth += 1
            case "\u{201D}":
                depth -= 1
                if depth < 0 { return false }
            default: break
            }
        }
        return straight % 2 == 0 && depth == 0
    }

    static func isQuestion(_ text: String) -> Bool { lastNonClosing(text) == "?" }

    /// Whether `offset` (a scalar offset) lies inside quotation marks.
    static func insideQuotes(_ text: String, at offset: Int) -> Bool {
        var straight = 0
        var depth = 0
        for (i, c) in text.unicodeScalars.enumerated() {
            if i >= offset { break }
            if c == "\"" { straight += 1 } else if c == "\u{201C}" { depth += 1 } else if c == "\u{201D}" { depth -= 1 }
        }
        return straight % 2 == 1 || depth > 0
    }
}
