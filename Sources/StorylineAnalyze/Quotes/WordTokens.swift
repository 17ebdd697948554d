/// A word, number or punctuation mark of a text, with its place in Unicode scalars.
/// Quotes, claims and dates read text through these so every finding keeps exact offsets
/// and the quoted or cited text can be cut verbatim from the source.
struct WordToken: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case word, number, punctuation }

    var text: String
    /// Lower-cased text with curly apostrophes made straight, for lexicon look-ups.
    var key: String
    var start: Int
    var end: Int
    var kind: Kind

    var isWord: Bool { kind == .word }
    var isCapitalized: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }
    /// "Korea's", "Memorial’s", "officials'".
    var isPossessive: Bool { kind == .word && (key.hasSuffix("'s") || (key.hasSuffix("s'") && key.count > 2)) }
    /// The key without a possessive ending.
    var stem: String {
        if key.hasSuffix("'s") { return String(key.dropLast(2)) }
        if key.hasSuffix("s'") { return String(key.dropLast(1)) }
        return key
    }
    func isPunctuation(_ mark: Unicode.Scalar) -> Bool {
        kind == .punctuation && text.unicodeScalars.first == mark
    }
}

/// Splits text into `WordToken`s: letters with inner apostrophes, hyphens and periods
/// ("U.S.", "all-in", "Korea’s"); numbers with inner separators ("1,500", "1.5", "2024-10-26");
/// every other visible character is a one-scalar punctuation token.
enum WordTokenizer {
    static func tokens(_ scalars: [Unicode.Scalar], from lower: Int = 0, to upper: Int? = nil) -> [WordToken] {
        let end = min(upper ?? scalars.count, scalars.count)
        var out: [WordToken] = []
        var i = max(0, lower)
        func isLetter(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
        while i < end {
            let c = scalars[i]
            if c.properties.isWhitespace || c.value == 0xAD {
                i += 1
                continue
            }
            let start = i
            if isDigit(c) {
                i += 1
                while i < end {
                    let s = scalars[i]
                    if isDigit(s) {
                        i += 1
                    } else if (s == "," || s == "." || s == "-" || s == "/" || s == ":") && i + 1 < end
                        && isDigit(scalars[i + 1])
                    {
                        i += 1
                    } else {
                        break
                    }
                }
                // Glued units and suffixes stay apart as words: "1,000km" → "1,000" "km".
                out.append(make(scalars, start, i, .number))
                continue
            }
            if isLetter(c) {
                i += 1
                while i < end {
                    let s = scalars[i]
                    if isLetter(s) || isDigit(s) {
                        i += 1
                    } else if (s == "'" || s == "’" || s == "-" || s == "‐") && i + 1 < end && isLetter(scalars[i + 1]) {
                        i += 1
                    } else if s == "." && i + 1 < end && isLetter(scalars[i + 1]) && i + 2 <= end
                        && (i + 2 == end || scalars[i + 2] == "." || !isLetter(scalars[i + 2]))
                        && i - start == 1
                    {
                        // Initialisms: "U.S", "a.m" (one letter between periods).
                        i += 1
                    } else if (s == "'" || s == "’") && (scalars[i - 1] == "s" || scalars[i - 1] == "S")
                        && (i + 1 == end || !isLetter(scalars[i + 1]))
                    {
                        i += 1  // plural possessive "officials'"
                    } else {
                        break
                    }
                }
                // "U.S." keeps its final period when it closes an initialism.
                if i < end, scalars[i] == ".", i - start >= 3, scalars[i - 2] == "." {
                    i += 1
                }
                out.append(make(scalars, start, i, .word))
                continue
            }
            i += 1
            out.append(make(scalars, start, i, .punctuation))
        }
        return out
    }

    /// Style sheets and scripts leaked into text ("{min-height:389px}") hold numbers and
    /// words that are neither claims nor dates.
    static func looksLikeCode(_ t: [WordToken]) -> Bool {
        guard t.count >= 8 else { return false }
        let marks = t.filter { $0.kind == .punctuation && "{}:;=<>".contains($0.text) }.count
        return marks * 5 >= t.count
    }

    private static func make(_ scalars: [Unicode.Scalar], _ s: Int, _ e: Int, _ kind: WordToken.Kind) -> WordToken {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[s..<e])
        let text = String(view)
        let key = text.lowercased().replacingOccurrences(of: "’", with: "'")
        return WordToken(text: text, key: key, start: s, end: e, kind: kind)
    }
}

extension Array where Element == Unicode.Scalar {
    /// The text between two scalar offsets.
    func text(_ lower: Int, _ upper: Int) -> String {
        var view = String.UnicodeScalarView()
        if lower < upper { view.append(contentsOf: self[Swift.max(0, lower)..<Swift.min(upper, count)]) }
        return String(view)
    }
}
