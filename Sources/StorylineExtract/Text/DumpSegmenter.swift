import StorylineCore

/// Cuts a text dump into blocks: one per line, Markdown markers read as roles, and lines that
/// a careless dump ran together split again where a new block evidently starts (a drop cap,
/// the end of a photo credit).
struct DumpSegmenter {
    /// Lower-case words seen in the dump, and capitalised ones: the dump's own dictionary, used to
    /// tell "T he" (a split drop cap) from "Malcolm X said".
    let lowerWords: WordCounts
    /// How often each capitalised word occurs (a name recurs; a sentence-initial common word may not).
    let capitalCounts: WordCounts

    /// Lines longer than this are cut (a 100 MB single-line dump must not blow up the passes).
    static let maxLineBytes = 100_000

    init(_ bytes: [UInt8]) {
        var lower = WordCounts()
        var capital = WordCounts()
        // bound the dictionary pass on huge inputs
        let sample = bytes.count > 4_000_000 ? Array(bytes[0..<4_000_000]) : bytes
        sample.withUnsafeBufferPointer { p in
            ByteText.forEachWord(p) { start, end in
                guard end - start >= 2 && end - start <= 20 else { return }
                let f = p[start]
                if ByteText.isLower(f) {
                    lower.add(p, start, end)
                } else if ByteText.isUpper(f) {
                    capital.add(p, start, end)
                }
            }
        }
        lowerWords = lower
        capitalCounts = capital
    }

    func blocks(_ bytes: [UInt8]) -> [DumpBlock] {
        var out: [DumpBlock] = []
        var lineNo = 0
        var blank = false
        var start = 0
        let n = bytes.count
        while start <= n {
            var end = start
            while end < n && bytes[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > start && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            // a very long line is read in chunks cut at a space (or a character boundary)
            var chunkStart = start
            var produced = false
            while chunkStart < lineEnd || (chunkStart == start && start == lineEnd) {
                var chunkEnd = min(lineEnd, chunkStart + Self.maxLineBytes)
                if chunkEnd < lineEnd {
                    var k = chunkEnd
                    while k > chunkEnd - 2_000 && k > chunkStart && bytes[k] != 0x20 { k -= 1 }
                    if bytes[k] == 0x20 && k > chunkStart { chunkEnd = k } else {
                        while chunkEnd > chunkStart && bytes[chunkEnd] & 0xC0 == 0x80 { chunkEnd -= 1 }
                    }
                }
                if addLine(bytes[chunkStart..<chunkEnd], line: lineNo, blankBefore: blank && !produced, into: &out) { produced = true }
                if chunkEnd <= chunkStart { break }
                chunkStart = chunkEnd
            }
            blank = !produced
            lineNo += 1
            start = end + 1
        }
        return out
    }

    /// Returns whether the line held any text.
    private func addLine(_ raw: ArraySlice<UInt8>, line: Int, blankBefore: Bool, into out: inout [DumpBlock]) -> Bool {
        var indent = 0
        var i = raw.startIndex
        while i < raw.endIndex, raw[i] == 0x20 || raw[i] == 0x09 {
            indent += raw[i] == 0x09 ? 4 : 1
            i += 1
        }
        var text = ByteText.collapseSpaces(raw[i...])
        guard !text.isEmpty else { return false }
        var role = BlockRole.paragraph
        (text, role) = Self.stripMarker(text)
        text = MarkdownInline.clean(text)
        guard !text.isEmpty else { return false }
        var pieces = splitAtDropCap(text)
        pieces = pieces.flatMap { CaptionSplit.split($0) }
        for (k, piece) in pieces.enumerated() {
            var block = DumpBlock(
                text: piece, role: k == 0 ? role : .paragraph, indent: indent, line: line,
                blankBefore: k == 0 ? blankBefore : false)
            if k > 0 && pieces.count > 1 && CaptionSplit.endsWithCredit(pieces[k - 1]) { block.followsSplitCaption = true }
            out.append(block)
        }
        return true
    }

    /// Bullets, numbered items, Markdown headings and quotes at the start of a line.
    static func stripMarker(_ t: [UInt8]) -> ([UInt8], BlockRole) {
        func rest(_ k: Int) -> [UInt8] { Array(t[min(k, t.count)...]).drop(while: { $0 == 0x20 }).map { $0 } }
        guard let f = t.first else { return (t, .paragraph) }
        if t.count >= 2 && (f == 0x2D || f == 0x2A || f == 0x2B) && t[1] == 0x20 { return (rest(2), .listItem) }
        if t.count >= 4 && f == 0xE2 && t[1] == 0x80 && (t[2] == 0xA2 || t[2] == 0x93) && t[3] == 0x20 { return (rest(4), .listItem) }  // • –
        if t.count >= 3 && f == 0xC2 && t[1] == 0xB7 && t[2] == 0x20 { return (rest(3), .listItem) }  // ·
        if f == 0x23 {
            var k = 0
            while k < t.count && k < 6 && t[k] == 0x23 { k += 1 }
            if k < t.count && t[k] == 0x20 { return (rest(k + 1), .heading) }
        }
        if f == 0x3E {
            var k = 0
            while k < t.count && (t[k] == 0x3E || t[k] == 0x20) { k += 1 }
            return (rest(k), .quote)
        }
        if ByteText.isDigit(f) {
            var k = 0
            while k < t.count && k < 3 && ByteText.isDigit(t[k]) { k += 1 }
            if k + 1 < t.count && (t[k] == 0x2E || t[k] == 0x29) && t[k + 1] == 0x20 && t.count > k + 20 { return (rest(k + 2), .listItem) }
        }
        return (t, .paragraph)
    }

    /// Rejoins a drop cap split from its word ("T he deployment" → "The deployment") and, when
    /// it sits inside a line, cuts the line there: a drop cap opens a new paragraph.
    func splitAtDropCap(_ t: [UInt8]) -> [[UInt8]] {
        let n = t.count
        // a drop cap is a capital before a space: visit the spaces (memchr), not every byte
        var from = 1
        while let space = ByteText.firstIndex(of: Self.space, in: t, from: from) {
            let i = space - 1
            guard i + 3 < n else { break }
            from = space + 1
            let atStart = i == 0 || t[i - 1] == 0x20
            if atStart, ByteText.isUpper(t[i]), ByteText.isLower(t[i + 2]) {
                var j = i + 2
                while j < n && ByteText.isLower(t[j]) { j += 1 }
                let endsWord = j == n || !ByteText.isWordByte(t[j])
                if endsWord {
                    let fragment = ByteText.string(t[(i + 2)..<j])
                    let joined = ByteText.string([t[i] | 0x20]) + fragment
                    let capJoined = ByteText.string([t[i]]) + fragment
                    let isWordLetter = t[i] == 0x41 || t[i] == 0x49 || t[i] == 0x4F  // A, I, O stand alone
                    let known = lowerWords.contains(joined) || capitalCounts[capJoined] != nil
                    if known && (!isWordLetter || !lowerWords.contains(fragment)) {
                        var rejoined = Array(t[i..<(i + 1)])
                        rejoined.append(contentsOf: t[(i + 2)...])
                        if i == 0 { return [rejoined] }
                        var head = Array(t[0..<i])
                        while head.last == 0x20 { head.removeLast() }
                        return head.isEmpty ? [rejoined] : [head, rejoined]
                    }
                }
            }
        }
        return [t]
    }

    static let space: [UInt8] = [0x20]
}

/// Inline Markdown read as text: images dropped, links reduced to their words, emphasis marks removed.
enum MarkdownInline {
    static let markers: [[UInt8]] = [[0x5B], [0x2A], [0x5F]]

    static func clean(_ t: [UInt8]) -> [UInt8] {
        // three memchr scans: most lines have no bracket, star or underscore
        guard markers.contains(where: { ByteText.firstIndex(of: $0, in: t, from: 0) != nil }) else { return t }
        var out: [UInt8] = []
        out.reserveCapacity(t.count)
        var i = 0
        let n = t.count
        while i < n {
            let c = t[i]
            // ![alt](url) and [text](url)
            if c == 0x5B || (c == 0x21 && i + 1 < n && t[i + 1] == 0x5B) {
                let image = c == 0x21
                let open = image ? i + 1 : i
                if let close = t[open...].firstIndex(of: 0x5D), close + 1 < n, t[close + 1] == 0x28,
                    let paren = t[(close + 1)...].firstIndex(of: 0x29), close - open < 300, paren - close < 600
                {
                    if !image { out.append(contentsOf: t[(open + 1)..<close]) }
                    i = paren + 1
                    continue
                }
            }
            // ** and __ emphasis
            if (c == 0x2A || c == 0x5F) && i + 1 < n && t[i + 1] == c {
                i += 2
                continue
            }
            out.append(c)
            i += 1
        }
        return ByteText.collapseSpaces(out[...])
    }
}

/// A caption with its photo credit, run together with the next block
/// ("… earlier this year (AGENCY/AFP) Earlier this year, …"): cut after the credit.
enum CaptionSplit {
    static func split(_ t: [UInt8]) -> [[UInt8]] {
        let limit = min(t.count, 500)
        // only an opening parenthesis can start a credit: most blocks have none (memchr finds out)
        guard ByteText.firstIndex(of: Self.openParenthesis, in: t, from: 0).map({ $0 < limit }) == true else { return [t] }
        var i = 0
        var sentenceEnded = false
        var words = 0
        while i < limit {
            let c = t[i]
            if c == 0x20 { words += 1 }
            if (c == 0x2E || c == 0x21 || c == 0x3F) && i + 1 < t.count && t[i + 1] == 0x20 { sentenceEnded = true }
            if c == 0x28 && !sentenceEnded && words >= 3 {
                guard let close = t[i...].firstIndex(of: 0x29), close - i <= 60, close - i >= 3 else { i += 1; continue }
                let after = close + 1
                if after + 1 < t.count, t[after] == 0x20, ByteText.isUpper(t[after + 1]) || t[after + 1] >= 0xC0 {
                    let inner = t[(i + 1)..<close]
                    if looksLikeCredit(inner) {
                        return [Array(t[0..<after]), Array(t[(after + 1)...])]
                    }
                }
                i = close
            }
            i += 1
        }
        return [t]
    }

    static let openParenthesis: [UInt8] = [0x28]

    /// A credit: no sentence inside, mostly capitals or an agency slash, or one capitalised word.
    static func looksLikeCredit(_ inner: ArraySlice<UInt8>) -> Bool {
        var upper = 0, letters = 0, spaces = 0, slash = false
        for c in inner {
            if ByteText.isASCIILetter(c) { letters += 1; if ByteText.isUpper(c) { upper += 1 } }
            if c == 0x20 { spaces += 1 }
            if c == 0x2F { slash = true }
            if c == 0x2E || c == 0x2C { return false }
        }
        guard letters >= 2 else { return false }
        if slash || upper * 2 >= letters { return true }
        if let f = inner.first, ByteText.isUpper(f), spaces <= 1 { return true }
        return false
    }

    static func endsWithCredit(_ t: [UInt8]) -> Bool { t.last == 0x29 }
}
