/// One word of a document, found by a byte loop over UTF-8 (no `Character` iteration:
/// clustering reads every byte of every document, so it must run at hundreds of MB/s).
public struct WordToken: Sendable, Hashable {
    /// The word, lower-cased (ASCII letters only; other scalars kept as written).
    public var lowered: [UInt8]
    /// It began with an upper-case ASCII letter as written.
    public var capitalized: Bool
    /// It began with a digit ("1,500", "2024", "52-3").
    public var numeric: Bool
    /// It is the first word of a sentence or line (its capital says nothing about it being a name).
    public var sentenceInitial: Bool
    /// A sentence or line boundary lies between the previous word and this one.
    public var afterBoundary: Bool
    /// Every letter is a capital ("FBI", "NASA", or a shouted headline word).
    public var allCaps: Bool = false
    /// Looks like markup residue rather than language: letters mixed with digits ("ec1a2e",
    /// "h2"), mixed case beyond one inner capital ("cPCVUJ"), or over 30 bytes long.
    public var junk: Bool = false
}

/// Splits text into words. Letters, digits and every non-ASCII scalar except general
/// punctuation (dashes, curly quotes, ellipsis, no-break space) are word bytes; an apostrophe
/// or hyphen between letters stays inside a word, and a trailing possessive `'s` is dropped.
public enum WordTokenizer {
    public static func tokenize(_ text: String) -> [WordToken] {
        var copy = text
        return copy.withUTF8 { tokenize(bytes: $0) }
    }

    public static func tokenize(bytes b: UnsafeBufferPointer<UInt8>) -> [WordToken] {
        var out: [WordToken] = []
        out.reserveCapacity(b.count / 6)
        var i = 0
        let n = b.count
        var boundary = true      // start of text counts as a sentence start
        var sentenceStart = true
        var word: [UInt8] = []
        word.reserveCapacity(32)
        while i < n {
            let c = b[i]
            if isWordByte(c) || (c >= 0x80 && !isPunctuationScalar(b, i)) {
                // Read one word.
                word.removeAll(keepingCapacity: true)
                let startByte = c
                var upper = 0
                var lower = 0
                var digits = 0
                while i < n {
                    let d = b[i]
                    if d < 0x80 {
                        if isWordByte(d) {
                            if d >= 65 && d <= 90 { upper += 1 } else if d >= 97 { lower += 1 } else { digits += 1 }
                            word.append(d >= 65 && d <= 90 ? d + 32 : d)
                            i += 1
                        } else if (d == 39 || d == 45 || d == 44 || d == 46), i + 1 < n, isWordByte(b[i + 1]),
                            !word.isEmpty, isInnerJoiner(d, last: word[word.count - 1], next: b[i + 1])
                        {
                            word.append(d)
                            i += 1
                        } else {
                            break
                        }
                    } else if d == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x99 {
                        // ’ (U+2019) inside a word is an apostrophe.
                        if i + 3 < n, isWordByte(b[i + 3]), !word.isEmpty {
                            word.append(39)
                            i += 3
                        } else {
                            break
                        }
                    } else if isPunctuationScalar(b, i) {
                        break
                    } else {
                        word.append(d)
                        i += 1
                    }
                }
                // Drop possessive 's and trailing joiners.
                if word.count > 2, word[word.count - 1] == 115, word[word.count - 2] == 39 {
                    word.removeLast(2)
                }
                while let last = word.last, last == 39 || last == 45 || last == 46 || last == 44 { word.removeLast() }
                if !word.isEmpty {
                    let numeric = startByte >= 48 && startByte <= 57
                    let capitalized = startByte >= 65 && startByte <= 90
                    let innerCapitals = upper - (capitalized ? 1 : 0)
                    let junk = word.count > 30 || (!numeric && digits > 0 && upper + lower > 0)
                        || (innerCapitals >= 2 && lower > 0) || (innerCapitals >= 1 && !capitalized && lower > 0)
                    out.append(
                        WordToken(
                            lowered: word, capitalized: capitalized, numeric: numeric, sentenceInitial: sentenceStart,
                            afterBoundary: boundary, allCaps: upper > 0 && lower == 0, junk: junk))
                }
                boundary = false
                sentenceStart = false
            } else {
                if c == 46 || c == 33 || c == 63 || c == 10 || c == 58 || c == 59 {
                    boundary = true
                    if c != 58 && c != 59 { sentenceStart = true }
                } else if c == 34 || c == 40 || c == 41 || c == 124 || c == 0xE2 {
                    boundary = true  // quotes, brackets and dashes break a run of names
                }
                i += c >= 0x80 ? scalarLength(c) : 1
            }
        }
        return out
    }

    @inline(__always) static func isWordByte(_ c: UInt8) -> Bool {
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
    }

    /// `'` and `-` join letters ("O'Connor", "zero-day"); `,` and `.` join digits ("1,500", "9.25").
    @inline(__always) static func isInnerJoiner(_ c: UInt8, last: UInt8, next: UInt8) -> Bool {
        let lastDigit = last >= 48 && last <= 57
        let nextDigit = next >= 48 && next <= 57
        if c == 44 || c == 46 { return lastDigit && nextDigit }
        return true
    }

    /// U+2000–U+206F (general punctuation: dashes, quotes, bullets, ellipsis) and U+00A0.
    @inline(__always) static func isPunctuationScalar(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Bool {
        let c = b[i]
        if c == 0xE2, i + 1 < b.count, b[i + 1] == 0x80 || b[i + 1] == 0x81 { return true }
        if c == 0xC2, i + 1 < b.count, b[i + 1] == 0xA0 || b[i + 1] == 0xAB || b[i + 1] == 0xBB { return true }
        return false
    }

    @inline(__always) static func scalarLength(_ lead: UInt8) -> Int {
        if lead >= 0xF0 { return 4 }
        if lead >= 0xE0 { return 3 }
        if lead >= 0xC0 { return 2 }
        return 1
    }
}
