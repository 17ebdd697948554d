import Foundation
import StorylineCore

/// A publication date printed for readers next to the headline ("Published 19 November 2019,
/// 08:11", "Nov. 19, 2019 5:04 PM ET", "19.11.2019"), for pages that declare none for machines.
/// Only short lines made up mostly of the date count, and only lines just before the headline
/// (inside its parent) or among the first lines after it, so dates in the text or in teaser
/// lists further down are not mistaken for it.
enum VisibleDateline {
    /// Lines read after the headline.
    static let linesAfter = 25
    /// Longest line, in bytes, that can be a dateline.
    static let maxLineBytes = 120
    /// Share of a line's words that must belong to the date.
    static let minCoverage = 0.5

    static func find(in doc: HTMLDocument) -> Date? {
        guard doc.body >= 0 else { return nil }
        let bodyEnd = Int(doc.nodes[Int(doc.body)].end)
        var headline = -1
        var i = Int(doc.body)
        while i < bodyEnd {
            if doc.nodes[i].kind == .element && doc.nodes[i].tag == .h1 {
                headline = i
                break
            }
            i += 1
        }
        var start = Int(doc.body)
        if headline >= 0 {
            let parent = Int(doc.nodes[headline].parent)
            if parent > Int(doc.body) { start = parent }
        }
        let headlineEnd = headline >= 0 ? Int(doc.nodes[headline].end) : -1

        var line: [UInt8] = []
        var lineOwner: Int32 = -1
        var linesAfterHeadline = 0
        /// Returns the date when the finished line is a dateline.
        func flush(after: Bool) -> Date? {
            defer {
                line.removeAll(keepingCapacity: true)
                if after { linesAfterHeadline += 1 }
            }
            guard line.count >= 6, line.count <= maxLineBytes else { return nil }
            guard let found = Dateline.find(in: line), found.coverage >= minCoverage else { return nil }
            return found.date
        }
        i = start
        while i < bodyEnd && linesAfterHeadline < linesAfter {
            let node = doc.nodes[i]
            if node.kind == .element {
                // Scripts, styles and the headline itself hold no dateline.
                if node.tag.has(.nonText) || i == headline {
                    i = Int(node.end)
                    continue
                }
            } else if node.kind == .text && node.count > 0 {
                let r = doc.textRange(Int32(i))
                var visible = false
                for k in r where doc.text[k] > 0x20 {
                    visible = true
                    break
                }
                if !visible {
                    i += 1
                    continue
                }
                let owner = blockOwner(doc, Int32(i))
                if owner != lineOwner && !line.isEmpty {
                    // Without a headline every line counts against the budget.
                    if let d = flush(after: headline < 0 || i >= headlineEnd) { return d }
                }
                lineOwner = owner
                if line.count <= maxLineBytes {
                    if !line.isEmpty { line.append(0x20) }
                    line.append(contentsOf: doc.text[r])
                }
            }
            i += 1
        }
        if !line.isEmpty, let d = flush(after: true) { return d }
        return nil
    }

    /// The nearest block element around a text node (bounded walk up).
    static func blockOwner(_ doc: HTMLDocument, _ n: Int32) -> Int32 {
        var p = doc.nodes[Int(n)].parent
        var steps = 0
        while p >= 0 && steps < 64 {
            let tag = doc.nodes[Int(p)].tag
            if tag.has(.block) || tag == .li || tag == .td || tag == .th || tag == .time { return p }
            p = doc.nodes[Int(p)].parent
            steps += 1
        }
        return p
    }
}
