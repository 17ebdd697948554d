/// Per-node facts the content extractor decides from, computed in a few linear passes:
/// what each element's class/id says, which subtrees are hidden or chrome, and how much
/// paragraph-like text each subtree holds.
struct PageAnalysis {
    let doc: HTMLDocument
    /// Class/id/role hints per node.
    var hints: [ClassHint]
    /// Subtree is dropped (scripts, hidden, navigation, chrome named by class).
    var removed: [Bool]
    /// Visible characters in the subtree (outside removed parts).
    var textChars: [Int32]
    /// Of which inside links.
    var linkChars: [Int32]
    /// Characters in paragraph-like blocks of the subtree (long enough, few links).
    var goodChars: [Int32]
    /// Characters directly owned by this block (text not inside a nested block).
    var ownChars: [Int32]
    var ownLinkChars: [Int32]
    /// The last text node each block owns outside links (-1 when none): where a truncated
    /// teaser shows its ellipsis.
    var lastPlainText: [Int32]
    /// Sum of good characters on the page.
    var totalGood: Int32 = 0
    /// Visible characters of each text node, counted on first use (-1 before): `measure` runs
    /// again after every removal pass, and text inside removed parts (scripts) is never counted.
    private var visible: [Int32]

    static let classKey = HTMLNameKey.key("class")
    static let idKey = HTMLNameKey.key("id")
    static let roleKey = HTMLNameKey.key("role")
    static let hiddenKey = HTMLNameKey.key("hidden")
    static let styleKey = HTMLNameKey.key("style")
    static let ariaHiddenKey = HTMLNameKey.key("aria-hidden")
    static let itempropKey = HTMLNameKey.key("itemprop")
    static let typeKey = HTMLNameKey.key("type")

    init(_ doc: HTMLDocument) {
        self.doc = doc
        let count = doc.nodes.count
        hints = [ClassHint](repeating: [], count: count)
        removed = [Bool](repeating: false, count: count)
        textChars = [Int32](repeating: 0, count: count)
        linkChars = [Int32](repeating: 0, count: count)
        goodChars = [Int32](repeating: 0, count: count)
        ownChars = [Int32](repeating: 0, count: count)
        ownLinkChars = [Int32](repeating: 0, count: count)
        lastPlainText = [Int32](repeating: -1, count: count)
        visible = [Int32](repeating: -1, count: count)
        computeHints()
        markStructuralRemovals()
        measure()
        markTruncatedTeasers()
        markClassRemovals()
        measure()
    }

    // MARK: - Hints

    private mutating func computeHints() {
        var cache: [UInt64: ClassHint] = [:]
        var scratch: [UInt8] = []
        /// Class, id and role are classified one by one, so repeated class names hit the cache
        /// even when ids are unique.
        func classify(_ attr: HTMLDocument.Attribute) -> ClassHint {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ attr.key
            let start = Int(attr.start)
            let end = start + Int(attr.count)
            scratch.removeAll(keepingCapacity: true)
            for k in start..<end {
                let b = doc.text[k]
                let lower = (b >= 65 && b <= 90) ? b | 0x20 : b
                scratch.append(lower)
                h = (h ^ UInt64(lower)) &* 0x100_0000_01b3
            }
            if let cached = cache[h] { return cached }
            let hint = ClassHints.classify(scratch)
            cache[h] = hint
            return hint
        }
        // read once: a static in the loop is a lazy-initialization check per attribute
        let classKey = Self.classKey, idKey = Self.idKey, roleKey = Self.roleKey, itempropKey = Self.itempropKey
        for i in 0..<doc.nodes.count {
            let node = doc.nodes[i]
            guard node.kind == .element, node.count > 0 else { continue }
            var a = Int(node.start)
            let e = a + Int(node.count)
            var hint: ClassHint = []
            while a < e {
                let attr = doc.attributes[a]
                if attr.key == classKey || attr.key == idKey || attr.key == roleKey {
                    if attr.count > 0 { hint.formUnion(classify(attr)) }
                } else if attr.key == itempropKey {
                    let v = doc.text[Int(attr.start)..<Int(attr.start + attr.count)]
                    if v.elementsEqual("articleBody".utf8) || v.elementsEqual("text".utf8) { hint.insert(.articleBody) }
                }
                a += 1
            }
            // A chrome word next to a content word in another attribute stays chrome only if
            // the same attribute said so; union is the conservative reading.
            hints[i] = hint
        }
    }

    /// Tags that never hold article text, and elements hidden from readers.
    private mutating func markStructuralRemovals() {
        for i in 0..<doc.nodes.count {
            let node = doc.nodes[i]
            guard node.kind == .element else { continue }
            let n = Int32(i)
            let tag = node.tag
            var drop = false
            if tag.has(.nonText) {
                drop = true
            } else {
                switch tag {
                case .figcaption, .dialog, .legend:
                    drop = true
                default:
                    break
                }
            }
            if !drop && node.count > 0 {
                if doc.attributeRange(n, Self.hiddenKey) != nil { drop = true }
                if hints[i].contains(.hidden) { drop = true }
                if let r = doc.attributeRange(n, Self.ariaHiddenKey), doc.text[r].elementsEqual("true".utf8),
                    tag != .body, tag != .html
                {
                    drop = true
                }
                if let r = doc.attributeRange(n, Self.styleKey), Self.styleHides(doc.text[r]) { drop = true }
            }
            if drop && (tag == .body || tag == .html) { drop = false }
            removed[i] = drop
        }
    }

    /// `display:none` or `visibility:hidden` in an inline style.
    static func styleHides(_ style: ArraySlice<UInt8>) -> Bool {
        var compact: [UInt8] = []
        compact.reserveCapacity(style.count)
        for b in style where b != 0x20 && b != 0x09 && b != 0x0A { compact.append((b >= 65 && b <= 90) ? b | 0x20 : b) }
        return ClassHints.contains(compact, Array("display:none".utf8))
            || ClassHints.contains(compact, Array("visibility:hidden".utf8))
    }

    /// Teaser lists: several paragraph-like blocks of the same shape (tag, class, parent tag)
    /// whose text is cut off with an ellipsis are excerpts of other pages, not paragraphs of this
    /// one. Only the cut blocks go, and only when they are at least half of their shape, so an
    /// article paragraph that happens to end in "…" stays.
    private mutating func markTruncatedTeasers() {
        var groups: [UInt64: (all: Int32, cut: Int32)] = [:]
        var cutBlocks: [(node: Int, shape: UInt64)] = []
        // Paragraph-like blocks only (the same test as `goodChars`): link lines do not dilute a group.
        for i in 0..<doc.nodes.count
        where ownChars[i] >= 40 && ownLinkChars[i] * 10 < ownChars[i] * 4 && !removed[i] && doc.nodes[i].kind == .element {
            let shape = blockShape(i)
            let cut = lastPlainText[i] >= 0 && Self.endsWithEllipsis(doc.text, doc.textRange(lastPlainText[i]))
            var g = groups[shape] ?? (0, 0)
            g.all += 1
            if cut {
                g.cut += 1
                cutBlocks.append((i, shape))
            }
            groups[shape] = g
        }
        guard !cutBlocks.isEmpty else { return }
        var changed = false
        for (i, shape) in cutBlocks {
            guard let g = groups[shape], g.cut >= 3, g.cut * 2 >= g.all else { continue }
            removed[i] = true
            changed = true
        }
        if removeTeaserCards(cutBlocks.map(\.node)) { changed = true }
        if changed { measure() }
    }

    /// Teaser cards: when the cut excerpts sit each in its own linked item (`<article>`, `<div>`)
    /// and three or more such items share a parent, that parent is a list of cards, and its other
    /// items of the same tag are cards too, even those whose excerpt was short enough to show whole.
    private mutating func removeTeaserCards(_ cut: [Int]) -> Bool {
        var itemsByList: [Int32: Set<Int32>] = [:]
        for i in cut {
            let item = doc.nodes[i].parent
            guard item > 0, linkChars[Int(item)] > 0 else { continue }
            let list = doc.nodes[Int(item)].parent
            guard list > 0, doc.nodes[Int(list)].tag != .body else { continue }
            itemsByList[list, default: []].insert(item)
        }
        var changed = false
        for (list, items) in itemsByList where items.count >= 3 {
            guard let first = items.first else { continue }
            let tag = doc.nodes[Int(first)].tag
            guard items.allSatisfy({ doc.nodes[Int($0)].tag == tag }) else { continue }
            var siblings: [Int32] = []
            var c = doc.nodes[Int(list)].firstChild
            while c >= 0 {
                if doc.nodes[Int(c)].kind == .element && doc.nodes[Int(c)].tag == tag { siblings.append(c) }
                c = doc.nodes[Int(c)].next
            }
            guard items.count * 2 >= siblings.count else { continue }
            for s in siblings where !removed[Int(s)] {
                removed[Int(s)] = true
                changed = true
            }
        }
        return changed
    }

    /// Tag and class of a block and its parent's tag.
    private func blockShape(_ i: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        h = (h ^ doc.nodes[i].key) &* 0x100_0000_01b3
        if let r = doc.attributeRange(Int32(i), Self.classKey) {
            for k in r { h = (h ^ UInt64(doc.text[k])) &* 0x100_0000_01b3 }
        }
        let parent = doc.nodes[i].parent
        if parent >= 0 { h = (h ^ doc.nodes[Int(parent)].key ^ 0x5bd1e995) &* 0x100_0000_01b3 }
        return h
    }

    /// Text ending in "...", "…", "[…]" or "(...)", trailing spaces ignored.
    static func endsWithEllipsis(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var e = range.upperBound
        let s = range.lowerBound
        func trimSpace() {
            while e > s {
                let b = text[e - 1]
                if b <= 0x20 {
                    e -= 1
                } else if b == 0xA0, e - 1 > s, text[e - 2] == 0xC2 {
                    e -= 2
                } else {
                    break
                }
            }
        }
        trimSpace()
        if e > s, text[e - 1] == 0x5D || text[e - 1] == 0x29 {
            e -= 1
            trimSpace()
        }
        if e - s >= 3, text[e - 1] == 0xA6, text[e - 2] == 0x80, text[e - 3] == 0xE2 { return true }
        if e - s >= 3, text[e - 1] == 0x2E, text[e - 2] == 0x2E, text[e - 3] == 0x2E { return true }
        return false
    }

    /// Chrome named by class or id, unless the element holds a large share of the page's paragraphs.
    private mutating func markClassRemovals() {
        let total = max(totalGood, 1)
        let quoted = quotedChars()
        for i in 0..<doc.nodes.count {
            let hint = hints[i]
            guard !removed[i], doc.nodes[i].kind == .element else { continue }
            let tag = doc.nodes[i].tag
            if tag == .body || tag == .html || hint.contains(.articleBody) { continue }
            if hint.contains(.comments) && tag != .main && tag != .article {
                if goodChars[i] * 10 < total * 7 { removed[i] = true }
                continue
            }
            if hint.contains(.boilerplate) && !(hint.contains(.contentLike) && goodChars[i] * 4 > total) {
                // A "social embed" box whose text is a quoted post (an embedded tweet) is quoted content.
                let isQuote = quoted[i] > 0 && quoted[i] * 2 >= textChars[i]
                if goodChars[i] * 5 < total && !isQuote { removed[i] = true }
                continue
            }
            if tag == .nav || tag == .footer || tag == .aside || tag == .menu {
                if goodChars[i] * 2 < total { removed[i] = true }
            } else if tag == .header || tag == .figure || tag == .form || tag == .fieldset || tag == .label {
                if goodChars[i] * 5 < total { removed[i] = true }
            }
        }
    }

    /// Visible characters inside `<blockquote>` elements, per subtree.
    private func quotedChars() -> [Int32] {
        let count = doc.nodes.count
        var quoted = [Int32](repeating: 0, count: count)
        var k = count - 1
        while k > 0 {
            if doc.nodes[k].kind == .element && doc.nodes[k].tag == .blockquote { quoted[k] = textChars[k] }
            let parent = Int(doc.nodes[k].parent)
            if parent >= 0 && !removed[k] { quoted[parent] += quoted[k] }
            k -= 1
        }
        return quoted
    }

    // MARK: - Measuring

    /// Counts characters per owner block, then sums them up the tree.
    private mutating func measure() {
        let count = doc.nodes.count
        for i in 0..<count {
            textChars[i] = 0
            linkChars[i] = 0
            goodChars[i] = 0
            ownChars[i] = 0
            ownLinkChars[i] = 0
            lastPlainText[i] = -1
        }
        // Forward scan with the open elements: (end, isBlock, isLink).
        var open: [(end: Int32, node: Int32, block: Bool, link: Bool)] = []
        var links = 0
        var i = 0
        let nodes = doc.nodes
        while i < count {
            while let top = open.last, top.end <= Int32(i) {
                if top.link { links -= 1 }
                open.removeLast()
            }
            let node = nodes[i]
            if node.kind == .element {
                if removed[i] {
                    i = Int(node.end)
                    continue
                }
                let tag = node.tag
                let isBlock = (tag.has(.block) && tag != .td && tag != .th) || tag == .li
                let isLink = tag == .a
                if isLink { links += 1 }
                if node.end > Int32(i + 1) {
                    open.append((node.end, Int32(i), isBlock, isLink))
                } else if isLink {
                    links -= 1
                }
            } else if node.kind == .text {
                var chars = visible[i]
                if chars < 0 {
                    chars = Self.visibleChars(doc.text, Int(node.start), Int(node.count))
                    visible[i] = chars
                }
                if chars > 0 {
                    var owner: Int32 = 0
                    for k in stride(from: open.count - 1, through: 0, by: -1) where open[k].block {
                        owner = open[k].node
                        break
                    }
                    ownChars[Int(owner)] += chars
                    if links > 0 { ownLinkChars[Int(owner)] += chars } else { lastPlainText[Int(owner)] = Int32(i) }
                }
            }
            i += 1
        }
        // Paragraph-like blocks, then sums up the tree (children have larger indices).
        var total: Int32 = 0
        for k in 0..<count {
            let own = ownChars[k]
            guard own > 0 else { continue }
            textChars[k] = own
            linkChars[k] = ownLinkChars[k]
            let plain = own - ownLinkChars[k]
            if own >= 40 && ownLinkChars[k] * 10 < own * 4 {
                goodChars[k] = plain
                total += plain
            }
        }
        var k = count - 1
        while k > 0 {
            let parent = Int(nodes[k].parent)
            if parent >= 0 && !removed[k] {
                textChars[parent] += textChars[k]
                linkChars[parent] += linkChars[k]
                goodChars[parent] += goodChars[k]
            }
            k -= 1
        }
        totalGood = total
    }

    /// Visible characters of text node `i` (as `measure` counted them when it saw the node).
    func visibleChars(ofText i: Int) -> Int32 {
        if visible[i] >= 0 { return visible[i] }
        let node = doc.nodes[i]
        return Self.visibleChars(doc.text, Int(node.start), Int(node.count))
    }

    /// Characters that are not whitespace (UTF-8 lead bytes only).
    static func visibleChars(_ text: [UInt8], _ start: Int, _ count: Int) -> Int32 {
        text.withUnsafeBufferPointer { p in
            visibleByte.withUnsafeBufferPointer { visible in
                // a table read per byte instead of three tests (the branches mispredicted on text)
                var c: Int32 = 0
                for b in p[start..<(start + count)] { c &+= Int32(visible[Int(b)]) }
                return c
            }
        }
    }

    /// 1 for a byte `visibleChars` counts, else 0.
    static let visibleByte: [UInt8] = (0..<256).map { b in b > 0x20 && (b & 0xC0) != 0x80 && b != 0xC2 ? 1 : 0 }
}
