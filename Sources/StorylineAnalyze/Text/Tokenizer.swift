/// Splits text into word and punctuation tokens with Unicode-scalar offsets, in the style of
/// the Penn Treebank (and of the GUM corpus the entity tagger learns from): clitics split
/// ("do|n't", "Kim|'s"), hyphens are their own tokens ("Jong|-|un"), numbers stay whole
/// ("1,500", "3.5"), abbreviations, initials and acronyms keep their periods ("Mr.", "J.",
/// "U.S."), URLs and e-mail addresses are one token. One pass over the scalars.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokenize(_ text: String) -> [Token] {
        let s = Array(text.unicodeScalars)
        var out: [Token] = []
        out.reserveCapacity(s.count / 5 + 1)
        let n = s.count
        var i = 0

        func emit(_ a: Int, _ b: Int) {
            out.append(Token(text: ScalarText.string(s, a, b), start: a, end: b))
        }

        while i < n {
            let c = s[i]
            if ScalarClass.isWhitespace(c) {
                i += 1
                continue
            }
            let start = i
            // URLs and e-mail addresses: the whole whitespace-delimited chunk minus trailing punctuation.
            if let end = linkEnd(s, from: i) {
                emit(start, end)
                i = end
                continue
            }
            if ScalarClass.isLetterOrDigit(c) {
                var j = i + 1
                var hasDot = false
                scan: while j < n {
                    let d = s[j]
                    if ScalarClass.isLetterOrDigit(d) {
                        j += 1
                        continue
                    }
                    switch d.value {
                    case 0x2E, 0x2C:  // . or , inside a number: 1,500 / 3.5
                        if ScalarClass.isDigit(s[j - 1]), j + 1 < n, ScalarClass.isDigit(s[j + 1]) {
                            j += 1
                            continue scan
                        }
                        // Acronyms: U.S. / e.g. / Ph.D. — a letter followed by "." then a letter and ".".
                        if d.value == 0x2E, ScalarClass.isLetter(s[j - 1]), j + 2 < n, ScalarClass.isLetter(s[j + 1]),
                            s[j + 2] == "." || (j + 3 < n && ScalarClass.isLetter(s[j + 2]) && s[j + 3] == "."),
                            j - start <= 3
                        {
                            hasDot = true
                            j += 1
                            continue scan
                        }
                        break scan
                    default:
                        if ScalarClass.isApostrophe(d), j + 1 < n, ScalarClass.isLetter(s[j + 1]) {
                            if let split = cliticStart(s, wordStart: start, apostrophe: j) {
                                if split > start { emit(start, split) }
                                let end = wordEnd(s, from: j + 1)
                                emit(split, end)
                                i = end
                                break scan
                            }
                            // O'Brien, rock'n'roll: the apostrophe is part of the word.
                            if d.value == 0x27 || d.value == 0x2019 || d.value == 0x02BC {
                                j += 1
                                continue scan
                            }
                        }
                        break scan
                    }
                }
                if i != start { continue }  // a clitic split was emitted
                // A trailing period belongs to abbreviations, initials and dotted acronyms.
                if j < n, s[j] == "." {
                    let wordLength = j - start
                    let single = wordLength == 1 && ScalarClass.isLetter(s[start])
                    if single || hasDot || keepsPeriod(s, start, j) {
                        j += 1
                    }
                }
                emit(start, j)
                i = j
                continue
            }
            // Punctuation: runs of the same mark ("...", "--", "!!") are one token.
            var j = i + 1
            if c == "." || c == "-" || c == "!" || c == "?" || c == "*" || c == "=" || c == "_" {
                while j < n, s[j] == c { j += 1 }
            }
            emit(start, j)
            i = j
        }
        return out
    }

    private func wordEnd(_ s: [Unicode.Scalar], from: Int) -> Int {
        var j = from
        while j < s.count, ScalarClass.isLetterOrDigit(s[j]) { j += 1 }
        return j
    }

    /// Where a clitic starts, if the apostrophe at `a` begins one: 's 're 've 'll 'd 'm, or n't.
    private func cliticStart(_ s: [Unicode.Scalar], wordStart: Int, apostrophe a: Int) -> Int? {
        let end = wordEnd(s, from: a + 1)
        let tailLength = end - a - 1
        guard tailLength >= 1, tailLength <= 2 else { return nil }
        var tail = ""
        for k in (a + 1)..<end { tail.unicodeScalars.append(s[k]) }
        switch tail.lowercased() {
        case "s", "re", "ve", "ll", "d", "m":
            return a
        case "t":
            if a - 1 > wordStart, s[a - 1] == "n" || s[a - 1] == "N" { return a - 1 }
            return nil
        default:
            return nil
        }
    }

    /// Whether the period at `b` belongs to the word `a..<b`: titles always, other abbreviations
    /// unless the text or a quote closes right after them ("No." ends a quote; "No. 5" does not).
    private func keepsPeriod(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> Bool {
        guard b - a <= 6 else { return false }
        var word = ""
        for k in a..<b { word.unicodeScalars.append(s[k]) }
        let key = word.lowercased()
        if Abbreviations.titles.contains(key) { return true }
        guard Abbreviations.general.contains(key) else { return false }
        let after = b + 1
        if after >= s.count || ScalarClass.isCloser(s[after]) { return false }
        if key == "no" || key == "nos" {
            var k = after
            while k < s.count, s[k] == " " { k += 1 }
            return k < s.count && ScalarClass.isDigit(s[k])
        }
        return true
    }

    /// End of a URL or e-mail address starting at `i`, or nil.
    private func linkEnd(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        let n = s.count
        var chunkEnd = i
        while chunkEnd < n, !ScalarClass.isWhitespace(s[chunkEnd]) { chunkEnd += 1 }
        guard chunkEnd - i >= 5 else { return nil }
        func hasPrefix(_ p: String) -> Bool {
            var k = i
            for u in p.unicodeScalars {
                guard k < chunkEnd, s[k].value | 0x20 == u.value else { return false }
                k += 1
            }
            return true
        }
        var isLink = false
        let first = s[i]
        if first == "h" || first == "H" {
            isLink = hasPrefix("http://") || hasPrefix("https://")
        } else if first == "w" || first == "W" {
            isLink = hasPrefix("www.")
        }
        if !isLink {
            // e-mail: letters@letters.letters
            var at = -1
            var dotAfterAt = false
            for k in i..<chunkEnd {
                if s[k] == "@" {
                    if at >= 0 { return nil }
                    at = k
                } else if s[k] == ".", at >= 0, k + 1 < chunkEnd, ScalarClass.isLetter(s[k + 1]) {
                    dotAfterAt = true
                }
            }
            isLink = at > i && dotAfterAt && ScalarClass.isLetterOrDigit(s[at - 1])
        }
        guard isLink else { return nil }
        var end = chunkEnd
        while end > i {
            let c = s[end - 1]
            if c == "." || c == "," || c == ";" || c == ":" || c == "!" || c == "?" || c == ")" || c == "]"
                || c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == ">"
            {
                end -= 1
            } else {
                break
            }
        }
        // An opening bracket or quote before the link is its own token.
        return end > i ? end : nil
    }
}
