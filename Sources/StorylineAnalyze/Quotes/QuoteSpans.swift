/// Where quotation marks open and close in a block of text. Curly pairs (“…”, „…“, «…») and
/// straight pairs ("…"); a quote left open runs to the end of the block, as a quote continued
/// in the next paragraph is in news style. Single quotes are left alone: they are apostrophes
/// far more often than quotation marks.
enum QuoteSpans {
    struct Span: Sendable, Hashable {
        /// Offset of the opening mark.
        var open: Int
        /// Offset of the closing mark, or the block's length when the quote is left open.
        var close: Int
        var contentLower: Int { open + 1 }
    }

    static func find(_ s: [Unicode.Scalar]) -> [Span] {
        var out: [Span] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            let closers: [Unicode.Scalar]
            switch c {
            case "“": closers = ["”", "\""]
            case "„": closers = ["“", "”"]
            case "«": closers = ["»"]
            case "\"": closers = ["\"", "”"]
            default:
                i += 1
                continue
            }
            var j = i + 1
            // "’’" (two apostrophes) closes a quote in some wire copy.
            func doubleApostrophe(_ j: Int) -> Bool {
                c == "“" && j + 1 < s.count && (s[j] == "’" || s[j] == "'") && s[j + 1] == s[j]
            }
            while j < s.count, !closers.contains(s[j]), !(c != "\"" && s[j] == c), !doubleApostrophe(j) { j += 1 }
            if j < s.count, closers.contains(s[j]) || doubleApostrophe(j) {
                out.append(Span(open: i, close: j))
                i = doubleApostrophe(j) ? j + 2 : j + 1
            } else if j < s.count {
                // A new opener before any closer: this one was left open up to there.
                out.append(Span(open: i, close: j))
                i = j
            } else {
                let opensWords = i + 1 < s.count && s[i + 1].properties.isAlphabetic
                if c == "\"" && !isParagraphStart(s, i) && !opensWords {
                    i += 1
                    continue
                }
                out.append(Span(open: i, close: s.count))
                i = s.count
            }
        }
        return out
    }

    private static func isParagraphStart(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, s[k].properties.isWhitespace { k -= 1 }
        return k < 0
    }
}
