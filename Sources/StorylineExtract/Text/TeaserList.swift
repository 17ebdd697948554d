/// Teaser lists: runs of headline-shaped lines, optionally each with a one-sentence dek and a
/// tiny stamp ("7H ago", "Nov 18", "34 photos"), with no real paragraph between them.
enum TeaserList {
    static func isHeadlineShaped(_ b: DumpBlock) -> Bool {
        let f = b.features
        let question = b.text.last == 0x3F && f.sentenceEnds <= 1 && f.words <= 20
        return f.words >= 3 && f.words <= 25 && (!f.endsWithSentencePunctuation || question) && isTextLabel(b.label)
    }

    static func isDek(_ b: DumpBlock) -> Bool {
        let f = b.features
        return f.words <= 35 && f.sentenceEnds <= 1 && isTextLabel(b.label)
    }

    /// Short, near-content, content or low-text (a switch: an array literal here was built per call).
    static func isTextLabel(_ label: BlockLabel) -> Bool {
        switch label {
        case .short, .nearContent, .content, .lowText: return true
        default: return false
        }
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
