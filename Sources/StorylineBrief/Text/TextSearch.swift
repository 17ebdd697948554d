import Foundation

/// `String.range(of:)` without the trip through NSString in the common cases. Foundation's
/// search matches canonically equivalent text and whole composed characters only. Only
/// three non-ASCII characters are canonically equivalent to ASCII text (K ; ` have singleton
/// twins), so for a needle without them:
/// - an ASCII needle's Foundation matches are byte matches; the first (or last) byte match
///   standing between ASCII neighbours is Foundation's answer, and no byte match means none;
/// - a needle holding other non-ASCII text never matches an ASCII text.
/// Anything else (a match next to a combining mark, a non-ASCII needle in non-ASCII text)
/// goes to Foundation, so the answer is always Foundation's.
enum TextSearch {
    /// The first range of `needle` in `text` at or after `start` (default: the start).
    static func range(of needle: String, in text: String, from start: String.Index? = nil) -> Range<String.Index>? {
        if let decided = byteRange(of: needle, in: text, from: start, backwards: false) { return decided }
        if let start { return text.range(of: needle, range: start..<text.endIndex) }
        return text.range(of: needle)
    }

    /// The last range of `needle` in `text` (`range(of:options: .backwards)`).
    static func lastRange(of needle: String, in text: String) -> Range<String.Index>? {
        if let decided = byteRange(of: needle, in: text, from: nil, backwards: true) { return decided }
        return text.range(of: needle, options: .backwards)
    }

    private enum NeedleShape { case empty, safeASCII, nonASCII, other }

    private static func shape(_ nb: UnsafeBufferPointer<UInt8>) -> NeedleShape {
        guard !nb.isEmpty else { return .empty }
        var ascii = true
        var i = 0
        while i < nb.count {
            let c = nb[i]
            if c == 0x4B || c == 0x3B || c == 0x60 || c == 0x0D || c == 0x0A { return .other }
            if c >= 0x80 {
                ascii = false
                // U+037E (CD BE), U+1FEF (E1 BF AF), U+212A (E2 84 AA): ASCII in disguise.
                if c == 0xCD, i + 1 < nb.count, nb[i + 1] == 0xBE { return .other }
                if c == 0xE1, i + 2 < nb.count, nb[i + 1] == 0xBF, nb[i + 2] == 0xAF { return .other }
                if c == 0xE2, i + 2 < nb.count, nb[i + 1] == 0x84, nb[i + 2] == 0xAA { return .other }
            }
            i += 1
        }
        return ascii ? .safeASCII : .nonASCII
    }

    /// The byte search's answer, or nil when only Foundation can tell.
    private static func byteRange(of needle: String, in text: String, from start: String.Index?, backwards: Bool)
        -> Range<String.Index>??
    {
        var needleCopy = needle
        var textCopy = text
        let from = start.map { text.utf8.distance(from: text.utf8.startIndex, to: $0) } ?? 0
        let found: Int?? = needleCopy.withUTF8 { nb -> Int?? in
            let kind = shape(nb)
            if kind == .empty || kind == .other { return nil }
            return textCopy.withUTF8 { tb -> Int?? in
                let count = tb.count
                guard from >= 0, from <= count else { return nil }
                if kind == .nonASCII {
                    for k in from..<count where tb[k] >= 0x80 { return nil }
                    return .some(nil)
                }
                let m = nb.count
                guard m <= count - from else { return .some(nil) }
                let first = nb[0]
                var i = backwards ? count - m : from
                while backwards ? i >= from : i <= count - m {
                    if tb[i] == first {
                        var j = 1
                        while j < m && tb[i + j] == nb[j] { j += 1 }
                        if j == m {
                            if i > 0 && tb[i - 1] >= 0x80 { return nil }
                            if i + m < count && tb[i + m] >= 0x80 { return nil }
                            return .some(i)
                        }
                    }
                    i += backwards ? -1 : 1
                }
                return .some(nil)
            }
        }
        guard let decided = found else { return nil }
        guard let offset = decided else { return .some(nil) }
        let lower = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        let upper = text.utf8.index(lower, offsetBy: needle.utf8.count)
        return .some(lower..<upper)
    }
}
