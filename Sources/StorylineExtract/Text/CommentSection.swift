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
        if markers.occurs(in: b.lower) { return true }
        // "34 Comments", "Comments (12)": one of the words names comments (tested on the bytes
        // first: no other letter lower-cases into these ASCII words, so most blocks stop here)
        guard Self.commentWords.contains(where: { ByteText.contains(b.lower, $0) }) else { return false }
        let w = b.string.lowercased().split(separator: " ")
        if w.count <= 3, w.contains(where: { $0.hasPrefix("comment") || $0.hasPrefix("responses") || $0.hasPrefix("replies") }),
            w.contains(where: { $0.contains(where: \.isNumber) }) || w.count == 1
        { return true }
        return false
    }

    static let commentWords = ["comment", "responses", "replies"].map { Array($0.utf8) }

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
