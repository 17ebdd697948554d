import StorylineCore

/// Interim HTML reader until the HTML parser lands: drops tags, keeps text between
/// block boundaries. It does no boilerplate removal and says so in a warning.
enum PlainBlockSplitter {
    static func blocks(fromMarkup html: String) -> ExtractedDocument {
        var blocks: [TextBlock] = []
        var current: [UInt8] = []
        var inTag = false
        var skipUntil: [UInt8]? = nil
        let bytes = Array(html.utf8)
        var i = 0
        func flush() {
            let text = String(decoding: current, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !text.isEmpty { blocks.append(TextBlock(text)) }
            current.removeAll()
        }
        while i < bytes.count {
            let b = bytes[i]
            if let end = skipUntil {
                if b == 0x3C, i + end.count <= bytes.count,
                    zip(bytes[i..<(i + end.count)], end).allSatisfy({ ($0 | 0x20) == ($1 | 0x20) })
                {
                    skipUntil = nil
                    inTag = true
                }
                i += 1
                continue
            }
            if inTag {
                if b == 0x3E { inTag = false }
                i += 1
                continue
            }
            if b == 0x3C {
                let name = bytes[(i + 1)..<min(bytes.count, i + 8)].map { $0 | 0x20 }
                if name.starts(with: Array("script".utf8)) { skipUntil = Array("</script".utf8) }
                if name.starts(with: Array("style".utf8)) { skipUntil = Array("</style".utf8) }
                if name.starts(with: Array("p".utf8)) || name.starts(with: Array("/p".utf8))
                    || name.starts(with: Array("div".utf8)) || name.starts(with: Array("br".utf8))
                    || name.starts(with: Array("h".utf8)) || name.starts(with: Array("li".utf8))
                {
                    flush()
                }
                inTag = true
            } else {
                current.append(b)
            }
            i += 1
        }
        flush()
        return ExtractedDocument(blocks: blocks, warnings: ["interim HTML reader: no boilerplate removal"])
    }
}
