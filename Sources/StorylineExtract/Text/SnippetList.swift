/// Lists of search or teaser snippets about other events: runs of one-sentence blocks, many
/// of them cut off with an ellipsis. A run needs several ellipses, so an article written
/// in one-sentence paragraphs is not mistaken for one.
enum SnippetList {
    static func isSnippetLike(_ f: BlockFeatures) -> Bool {
        f.bytes >= 30 && f.bytes <= 450 && f.sentenceEnds <= 2 && f.words >= 5
    }

    /// Marks the runs; returns how many blocks were marked.
    @discardableResult
    static func mark(_ blocks: inout [DumpBlock]) -> Int {
        var marked = 0
        var i = 0
        while i < blocks.count {
            guard blocks[i].features.endsWithEllipsis, isSnippetLike(blocks[i].features), blocks[i].label != .code else {
                i += 1
                continue
            }
            // grow a run around this block over snippet-like blocks
            var start = i, end = i
            while start > 0, isSnippetLike(blocks[start - 1].features), blocks[start - 1].label != .code,
                blocks[start - 1].features.endsWithEllipsis || blocks[start - 1].features.sentenceEnds <= 1
            { start -= 1 }
            while end + 1 < blocks.count, isSnippetLike(blocks[end + 1].features), blocks[end + 1].label != .code,
                blocks[end + 1].features.endsWithEllipsis || blocks[end + 1].features.sentenceEnds <= 1
            { end += 1 }
            let ellipses = (start...end).filter { blocks[$0].features.endsWithEllipsis }.count
            let length = end - start + 1
            if ellipses >= 3 || (ellipses >= 2 && ellipses * 2 >= length) {
                for k in start...end {
                    blocks[k].label = .snippet
                    marked += 1
                }
            }
            i = end + 1
        }
        return marked
    }
}
