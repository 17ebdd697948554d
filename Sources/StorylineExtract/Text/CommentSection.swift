/// Where a page's reader comments begin, so the article stops there: a comments heading
/// ("34 responses to …", "Leave a reply", "12 comments") or the first of several comment
/// headers ("name says:", "Name on 12 May 2019 at 4:47 pm said:").
enum CommentSection {
    static let markers = PhraseSet([
        "responses to", "comments on", "thoughts on", "replies to", "leave a reply", "leave a comment",
        "post a comment", "add a comment", "join the discussion", "join the conversation", "reader comments",
        "comments are closed", "show comments", "view comments", "comment policy", "what do you think?",
        "be the first to comment", "commenting forum", "discussion thread",
    ])

    /// A comment header: a short block that ends with "says:", "said:" or "wrote:".
    static func isHeader(_ b: DumpBlock) -> Bool {
        let f = b.features
        guard f.words <= 14, f.bytes <= 140, let last = b.lower.last, last == 0x3A else { return false }
        for end in ["says:", "said:", "wrote:", "writes:", "commented:", "replied:"] where b.lower.count >= end.utf8.count {
            if b.lower.suffix(end.utf8.count).elementsEqual(end.utf8) { return true }
        }
        return false
    }

    /// A short line holding an explicit age ("2 days ago at 07:47 am"): reader comments print one each.
    static func isAgeLine(_ b: DumpBlock) -> Bool {
        guard b.features.words <= 8, b.features.bytes <= 60, ByteText.contains(b.lower, Array(" ago".utf8)) else { return false }
        let tokens = b.string.split(separator: " ").map(String.init)
        for k in tokens.indices { if let (_, used) = CommentHeader.ageAt(tokens, k), used >= 2, tokens[k + used - 1].lowercased() == "ago" { return true } }
        return false
    }

    static func isMarker(_ b: DumpBlock) -> Bool {
        let f = b.features
        guard f.words <= 14, f.bytes <= 160 else { return false }
        if ByteText.countPhrases(markers, in: b.lower) > 0 { return true }
        // "34 Comments", "Comments (12)"
        let w = b.string.lowercased().split(separator: " ")
        if w.count <= 3, w.contains(where: { $0.hasPrefix("comment") || $0.hasPrefix("responses") || $0.hasPrefix("replies") }),
            w.contains(where: { $0.contains(where: \.isNumber) }) || w.count == 1
        { return true }
        return false
    }

    /// The first block of the comments inside `range`, when comments follow the article's start.
    static func start(in blocks: [DumpBlock], range: ClosedRange<Int>) -> Int? {
        let headers = range.filter { isHeader(blocks[$0]) }
        var firstHeader = headers.count >= 2 ? headers.first : nil
        // several short "… ago" lines after prose: a comment list; it starts with the header lines above the first
        let ages = range.filter { isAgeLine(blocks[$0]) }
        func prose(_ r: Range<Int>) -> Int { r.reduce(0) { $0 + (blocks[$1].label == .content ? blocks[$1].features.bytes : 0) } }
        if ages.count >= 2, let a = ages.first, prose(range.lowerBound..<a) * 10 >= prose(range.lowerBound..<(range.upperBound + 1)) * 3 {
            var s = a
            while s > range.lowerBound && a - s < 3 && blocks[s - 1].features.words <= 5 && !blocks[s - 1].features.endsWithSentencePunctuation { s -= 1 }
            firstHeader = min(firstHeader ?? s, s)
        }
        var marker: Int?
        for i in range where i > range.lowerBound && isMarker(blocks[i]) {
            // a marker counts when prose came before it
            if (range.lowerBound..<i).contains(where: { blocks[$0].label == .content }) { marker = i; break }
        }
        switch (marker, firstHeader) {
        case let (m?, h?): return min(m, h)
        case let (m?, nil): return m
        case let (nil, h?): return h > range.lowerBound ? h : nil
        default: return nil
        }
    }
}

/// Teaser lists: runs of headline-shaped lines, optionally each with a one-sentence dek and a
/// tiny stamp ("7H ago", "Nov 18", "34 photos"), with no real paragraph between them.
enum TeaserList {
    static func isHeadlineShaped(_ b: DumpBlock) -> Bool {
        let f = b.features
        let question = b.text.last == 0x3F && f.sentenceEnds <= 1 && f.words <= 20
        return f.words >= 3 && f.words <= 25 && (!f.endsWithSentencePunctuation || question)
            && [.short, .nearContent, .content, .lowText].contains(b.label)
    }

    static func isDek(_ b: DumpBlock) -> Bool {
        let f = b.features
        return f.words <= 35 && f.sentenceEnds <= 1 && [.short, .nearContent, .content, .lowText].contains(b.label)
    }

    /// An author name, a date, a count or a section tag printed with each item.
    static func isStamp(_ b: DumpBlock) -> Bool {
        let f = b.features
        if f.words <= 3 && f.bytes <= 24 { return true }
        guard f.words <= 6, f.bytes <= 48, f.sentenceEnds == 0 else { return false }
        if f.capitalizedWords + f.numericWords == f.words { return true }
        return Dateline.find(in: b.text).map { $0.coverage >= 0.5 } ?? false
    }

    /// Marks runs of items shaped `headline [stamp*] [dek] [stamp*]`: 3+ items in Title Case,
    /// 5+ items most of which carry a stamp (author, date, count), or 8+ items of any kind.
    /// A plain run of sentence-case lines is more likely a list inside the article.
    static func mark(_ blocks: inout [DumpBlock]) {
        var i = 0
        while i < blocks.count {
            var j = i
            var items: [[Int]] = []
            var titleCase = 0
            var stamped = 0
            while j < blocks.count {
                var sawStamp = false
                while j < blocks.count && (blocks[j].label == .code || blocks[j].label == .chrome || isStamp(blocks[j])) {
                    if isStamp(blocks[j]) && !items.isEmpty { sawStamp = true }
                    j += 1
                }
                if sawStamp { stamped += 1 }
                guard j < blocks.count, isHeadlineShaped(blocks[j]) else { break }
                var item = [j]
                if blocks[j].features.capitalizedShare >= 0.5 { titleCase += 1 }
                j += 1
                var stampsHere = 0
                while j < blocks.count && stampsHere < 3 && isStamp(blocks[j]) && !isHeadlineShaped(blocks[j]) { j += 1; stampsHere += 1 }
                if stampsHere > 0 { stamped += 1 }
                if j < blocks.count, !isHeadlineShaped(blocks[j]), isDek(blocks[j]) {
                    item.append(j)
                    j += 1
                }
                items.append(item)
            }
            let n = items.count
            if (n >= 3 && titleCase * 3 >= n * 2) || (n >= 5 && stamped * 2 >= n) || n >= 8 {
                for item in items { for k in item { blocks[k].label = .lowText } }
            }
            i = max(j, i + 1)
        }
    }
}
