/// Where a page's reader comments begin, so the article stops there: a comments heading
/// ("34 responses to …", "Leave a reply", "12 comments") or the first of several comment
/// headers ("name says:", "Name on 12 May 2019 at 4:47 pm said:").
enum CommentSection {
    static let markers = TextVocabulary.bytes([
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
        let firstHeader = headers.count >= 2 ? headers.first : nil
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

/// Runs of headline-shaped lines with no prose between them: teaser and "most read" lists.
enum TeaserList {
    static func mark(_ blocks: inout [DumpBlock]) {
        var i = 0
        while i < blocks.count {
            var j = i
            var titleCase = 0
            var run: [Int] = []
            while j < blocks.count {
                let b = blocks[j]
                if b.label == .code { j += 1; continue }
                let f = b.features
                let teaser = f.words >= 3 && f.words <= 25 && !f.endsWithSentencePunctuation
                    && [.short, .nearContent, .content, .lowText].contains(b.label)
                guard teaser else { break }
                if f.capitalizedShare >= 0.5 { titleCase += 1 }
                run.append(j)
                j += 1
            }
            if run.count >= 5 || (run.count >= 3 && titleCase * 3 >= run.count * 2) {
                for k in run { blocks[k].label = .lowText }
            }
            i = max(j, i + 1)
        }
    }
}
