import StorylineCore

/// One block of text as it appears on the page, before filtering.
struct WalkedBlock {
    var text: String
    var role: BlockRole
    var linkChars: Int
    /// The element the block came from (-1 when it did not come from the page tree).
    var node: Int32
    var classHint: ClassHint = []
    var tag: HTMLTag = .other
}

/// Turns a subtree into text blocks in reading order: block elements and `<br>` start new
/// blocks, inline text joins, whitespace collapses. Iterative, so depth is no concern.
struct BlockWalker {
    let page: PageAnalysis

    func blocks(in root: Int32) -> [WalkedBlock] {
        let doc = page.doc
        var out: [WalkedBlock] = []
        var buffer: [UInt8] = []
        var bufferLinks = 0
        var role: BlockRole = .paragraph
        var blockNode: Int32 = root
        var open: [(end: Int32, node: Int32, tag: HTMLTag, block: Bool)] = []
        var links = 0

        func currentRole() -> (BlockRole, Int32) {
            var owner: Int32 = root
            var foundOwner = false
            var r: BlockRole = .paragraph
            var k = open.count - 1
            while k >= 0 {
                let t = open[k].tag
                if !foundOwner && open[k].block {
                    owner = open[k].node
                    foundOwner = true
                }
                if t.has(.heading) { r = .heading; break }
                if t == .li || t == .dd { r = .listItem; break }
                if t == .blockquote { r = .quote; break }
                if t == .pre { break }
                k -= 1
            }
            return (r, owner)
        }

        func flush() {
            guard !buffer.isEmpty else { return }
            let text = TextNormalizer.collapse(buffer, keepLineBreaks: false)
            if !text.isEmpty {
                out.append(
                    WalkedBlock(
                        text: text, role: role, linkChars: bufferLinks, node: blockNode,
                        classHint: blockNode >= 0 ? page.hints[Int(blockNode)] : [], tag: doc.nodes[Int(blockNode)].tag))
            }
            buffer.removeAll(keepingCapacity: true)
            bufferLinks = 0
        }

        var i = Int(root)
        let end = Int(doc.nodes[i].end)
        while i < end {
            while let top = open.last, top.end <= Int32(i) {
                if top.tag == .a { links -= 1 }
                if top.block { flush() }
                open.removeLast()
            }
            let node = doc.nodes[i]
            if node.kind == .element {
                if page.removed[i] && i != Int(root) {
                    i = Int(node.end)
                    continue
                }
                let tag = node.tag
                let isBlock = (tag.has(.block) && tag != .td && tag != .th) || tag == .li || tag == .dd || tag == .dt
                if isBlock || tag == .br { flush() }
                if (tag == .td || tag == .th), let last = buffer.last, last > 0x20 { buffer.append(0x20) }
                if tag == .a { links += 1 }
                if node.end > Int32(i + 1) {
                    open.append((node.end, Int32(i), tag, isBlock))
                } else if tag == .a {
                    links -= 1
                }
            } else if node.kind == .text && node.count > 0 {
                let r = doc.textRange(Int32(i))
                if buffer.isEmpty {
                    var visible = false
                    for k in r where doc.text[k] > 0x20 {
                        visible = true
                        break
                    }
                    if !visible {
                        i += 1
                        continue
                    }
                    (role, blockNode) = currentRole()
                }
                buffer.append(contentsOf: doc.text[r])
                if links > 0 { bufferLinks += Int(page.visibleChars(ofText: i)) }
            }
            i += 1
        }
        flush()
        return out
    }
}
