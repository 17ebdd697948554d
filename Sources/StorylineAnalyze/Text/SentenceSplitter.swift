import StorylineCore

/// Splits a document's blocks into sentences with offsets. A heading block is one sentence;
/// inside other blocks, a sentence ends at . ? ! or … (with any closing quotes and brackets
/// that follow it) before a capital, digit or opening quote — except after titles ("Mr."),
/// initials ("J. R. R. Tolkien"), dotted acronyms and other abbreviations ("U.S.", "Inc.")
/// unless a typical sentence opener follows them. Lines that start with a bullet or look like
/// headings (short, unpunctuated, followed by a line break) are sentences of their own.
/// One pass over the block's scalars; never more work than linear in its length.
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(_ blocks: [TextBlock]) -> [Sentence] {
        var out: [Sentence] = []
        for (b, block) in blocks.enumerated() {
            let scalars = Array(block.text.unicodeScalars)
            let ranges: [Range<Int>] =
                block.role == .heading ? [0..<scalars.count] : SentenceSplitter.sentenceRanges(scalars)
            for r in ranges {
                guard let t = SentenceSplitter.trimmed(scalars, r) else { continue }
                out.append(
                    Sentence(
                        index: out.count, block: b, start: t.lowerBound,
                        text: ScalarText.string(scalars, t.lowerBound, t.upperBound)))
            }
        }
        return out
    }

    /// Splits plain text (paragraphs separated by blank lines) into sentences.
    public func split(text: String) -> [Sentence] {
        split([TextBlock(text)])
    }

    /// The ranges of the sentences in one block (untrimmed; empty ranges possible).
    static func sentenceRanges(_ s: [Unicode.Scalar]) -> [Range<Int>] {
        let n = s.count
        var ranges: [Range<Int>] = []
        var start = 0
        var i = 0
        func cut(_ at: Int) {
            if at > start { ranges.append(start..<at) }
            start = at
        }
        while i < n {
            let c = s[i]
            if c == "\n" {
                if lineBreakEndsSentence(s, at: i, sentenceStart: start) { cut(i + 1) }
                i += 1
                continue
            }
            guard ScalarClass.isTerminal(c) else {
                i += 1
                continue
            }
            // The run of terminal marks, then closing quotes and brackets.
            var j = i + 1
            while j < n, ScalarClass.isTerminal(s[j]) { j += 1 }
            var end = j
            while end < n, ScalarClass.isCloser(s[end]) { end += 1 }
            // A sentence needs whitespace (or the end) after it.
            if end < n, !ScalarClass.isWhitespace(s[end]) {
                i = end
                continue
            }
            var k = end
            while k < n, ScalarClass.isWhitespace(s[k]), s[k] != "\n" { k += 1 }
            if k >= n || s[k] == "\n" {
                cut(end)
                i = end
                continue
            }
            if endsSentence(s, markStart: i, markEnd: j, next: k) {
                cut(end)
            }
            i = end
        }
        cut(n)
        return ranges
    }

    /// Whether the terminal marks at `markStart..<markEnd` end a sentence whose successor starts at `next`.
    static func endsSentence(_ s: [Unicode.Scalar], markStart: Int, markEnd: Int, next: Int) -> Bool {
        let n = s.count
        // What follows must look like a sentence start: a capital, digit, opening quote or bracket, bullet.
        var f = next
        while f < n, ScalarClass.isOpener(s[f]) { f += 1 }
        guard f < n else { return true }
        let first = s[f]
        if ScalarClass.isLowercase(first) { return false }
        guard ScalarClass.isUppercase(first) || ScalarClass.isDigit(first) || f > next || isBullet(first) else {
            return false
        }
        // Only a single period needs the abbreviation checks; ?, !, … and "..." end the sentence.
        guard markEnd - markStart == 1, s[markStart] == "." else { return true }
        // The word before the period.
        var w = markStart
        while w > 0, ScalarClass.isLetterOrDigit(s[w - 1]) || s[w - 1] == "." { w -= 1 }
        if w == markStart { return true }
        // Initials: one capital letter ("J. R. R. Tolkien", "George W. Bush").
        if markStart - w == 1, ScalarClass.isUppercase(s[w]) { return false }
        // The word lower-cased: straight from the scalars when they are ASCII.
        let key = s[w..<markStart].allSatisfy({ $0.isASCII })
            ? ScalarText.lowerASCII(s, w, markStart) : ScalarText.string(s, w, markStart).lowercased()
        if Abbreviations.titles.contains(key) { return false }
        let dotted = key.contains(".")
        if Abbreviations.general.contains(key) || (dotted && key.count <= 6) {
            return Abbreviations.sentenceOpeners.contains(nextWord(s, from: f).lowercased())
        }
        return true
    }

    /// A line break ends a sentence before a bullet, after a heading-like line, or at a blank line.
    static func lineBreakEndsSentence(_ s: [Unicode.Scalar], at i: Int, sentenceStart: Int) -> Bool {
        let n = s.count
        var k = i + 1
        var blank = false
        while k < n, ScalarClass.isWhitespace(s[k]) {
            if s[k] == "\n" { blank = true }
            k += 1
        }
        if blank || k >= n { return true }
        if isBulletStart(s, at: k) { return true }
        // The line that ends here: is it a heading (short, no closing punctuation)?
        var lineStart = i
        while lineStart > sentenceStart, s[lineStart - 1] != "\n" { lineStart -= 1 }
        var e = i
        while e > lineStart, ScalarClass.isWhitespace(s[e - 1]) { e -= 1 }
        guard e > lineStart else { return true }
        if isBulletStart(s, at: lineStart) { return true }
        let last = s[e - 1]
        if ScalarClass.isTerminal(last) || last == ":" || last == "," || last == ";" { return ScalarClass.isTerminal(last) }
        if !ScalarClass.isUppercase(s[k]) && !ScalarClass.isDigit(s[k]) { return false }
        var words = 1
        for q in lineStart..<e where s[q] == " " { words += 1 }
        return words <= 12 && lineStart == sentenceStart
    }

    static func isBullet(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x2022, 0x25CF, 0x25E6, 0x2023, 0x2043, 0x25AA, 0x25A0, 0x2013, 0x2014: return true
        default: return false
        }
    }

    /// "• item", "- item", "* item", "1. item", "2) item".
    static func isBulletStart(_ s: [Unicode.Scalar], at k: Int) -> Bool {
        let n = s.count
        guard k < n else { return false }
        let c = s[k]
        if isBullet(c) { return true }
        if c == "-" || c == "*" || c == "+" { return k + 1 < n && s[k + 1] == " " }
        if ScalarClass.isDigit(c) {
            var d = k
            while d < n, d - k < 3, ScalarClass.isDigit(s[d]) { d += 1 }
            return d + 1 < n && (s[d] == "." || s[d] == ")") && s[d + 1] == " "
        }
        return false
    }

    static func nextWord(_ s: [Unicode.Scalar], from f: Int) -> String {
        var word = ""
        var k = f
        while k < s.count, k - f < 20, ScalarClass.isLetter(s[k]) || ScalarClass.isApostrophe(s[k]) {
            word.unicodeScalars.append(s[k])
            k += 1
        }
        return word
    }

    /// `r` without leading and trailing whitespace, or nil when nothing is left.
    static func trimmed(_ s: [Unicode.Scalar], _ r: Range<Int>) -> Range<Int>? {
        var a = r.lowerBound
        var b = r.upperBound
        while a < b, ScalarClass.isWhitespace(s[a]) { a += 1 }
        while b > a, ScalarClass.isWhitespace(s[b - 1]) { b -= 1 }
        return b > a ? a..<b : nil
    }
}
