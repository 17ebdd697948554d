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

    /// A word whose first letter is upper-case (computed once, when the token is made).
    var isCapitalized: Bool
    /// The word lists the key belongs to (computed once, when the token is made).
    var lex: LexiconFlags = []

    var isWord: Bool { kind == .word }
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
        func isLetter(_ s: Unicode.Scalar) -> Bool {
            s.value < 128 ? (s.value | 32) >= 97 && (s.value | 32) <= 122 : s.properties.isAlphabetic
        }
        func isSpace(_ s: Unicode.Scalar) -> Bool {
            s.value < 128 ? s.value == 32 || (s.value >= 9 && s.value <= 13) : s.properties.isWhitespace
        }
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 48 && s.value <= 57 }
        while i < end {
            let c = scalars[i]
            if isSpace(c) || c.value == 0xAD {
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

    /// The tokens of `scalars[lower..<upper]`, with offsets counted from `lower`, cut from the
    /// tokens of the whole text. Equal to tokenizing the run on its own when the scalars just
    /// before and after the run are whitespace (or the text's ends) — as around every sentence
    /// the splitter cuts — since no token spans whitespace and no rule looks past one.
    static func tokens(of blockTokens: [WordToken], from lower: Int, to upper: Int) -> [WordToken] {
        var k = firstToken(blockTokens, atOrAfter: lower)
        var out: [WordToken] = []
        while k < blockTokens.count, blockTokens[k].start < upper {
            var w = blockTokens[k]
            w.start -= lower
            w.end -= lower
            out.append(w)
            k += 1
        }
        return out
    }

    /// Style sheets and scripts leaked into text ("{min-height:389px}") hold numbers and
    /// words that are neither claims nor dates.
    static func looksLikeCode(_ t: [WordToken]) -> Bool {
        guard t.count >= 8 else { return false }
        var marks = 0
        for w in t where w.kind == .punctuation && isCodeMark(w.text) { marks += 1 }
        return marks * 5 >= t.count
    }

    /// Whether a punctuation token is one of { } : ; = < > (as `"{}:;=<>".contains(text)` reads
    /// a one-scalar text, without a Foundation string search per token).
    private static func isCodeMark(_ text: String) -> Bool {
        var it = text.unicodeScalars.makeIterator()
        guard let c = it.next(), it.next() == nil else { return text.isEmpty }
        switch c {
        case "{", "}", ":", ";", "=", "<", ">": return true
        default: return false
        }
    }

    private static func make(_ scalars: [Unicode.Scalar], _ s: Int, _ e: Int, _ kind: WordToken.Kind) -> WordToken {
        let first = scalars[s]
        let capitalized = kind == .word
            && (first.value < 128 ? first.value >= 65 && first.value <= 90 : first.properties.isUppercase)
        // Most tokens are ASCII: the key is the text itself unless it holds a capital.
        var ascii = true
        var upper = false
        for k in s..<e {
            let v = scalars[k].value
            if v >= 128 {
                ascii = false
                break
            }
            if v >= 65 && v <= 90 { upper = true }
        }
        let text = ScalarText.string(scalars, s, e)
        if ascii {
            let key = upper ? ScalarText.lowerASCII(scalars, s, e) : text
            return WordToken(
                text: text, key: key, start: s, end: e, kind: kind, isCapitalized: capitalized,
                lex: TokenLexicon.flags(key))
        }
        // The key is lower-cased with straight apostrophes.
        var keyBytes: [UInt8] = []
        keyBytes.reserveCapacity(e - s)
        for c in scalars[s..<e] {
            if c.value < 128 {
                let b = UInt8(c.value)
                keyBytes.append(b >= 65 && b <= 90 ? b + 32 : b)
            } else if c == "’" {
                keyBytes.append(39)
            } else {
                for l in c.properties.lowercaseMapping.unicodeScalars { UTF8.encode(l) { keyBytes.append($0) } }
            }
        }
        let key = String(decoding: keyBytes, as: UTF8.self)
        return WordToken(
            text: text, key: key, start: s, end: e, kind: kind, isCapitalized: capitalized,
            lex: TokenLexicon.flags(key))
    }
}

extension Array where Element == Unicode.Scalar {
    /// The text between two scalar offsets.
    func text(_ lower: Int, _ upper: Int) -> String {
        let lo = Swift.max(0, lower)
        let hi = Swift.min(upper, count)
        guard lo < hi else { return "" }
        return ScalarText.string(self, lo, hi)
    }
}
