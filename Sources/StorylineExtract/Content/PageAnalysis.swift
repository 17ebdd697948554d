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
    /// Sum of good characters on the page.
    var totalGood: Int32 = 0

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
        computeHints()
        markStructuralRemovals()
        measure()
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
        for i in 0..<doc.nodes.count {
            let node = doc.nodes[i]
            guard node.kind == .element, node.count > 0 else { continue }
            var a = Int(node.start)
            let e = a + Int(node.count)
            var hint: ClassHint = []
            while a < e {
                let attr = doc.attributes[a]
                if attr.key == Self.classKey || attr.key == Self.idKey || attr.key == Self.roleKey {
                    if attr.count > 0 { hint.formUnion(classify(attr)) }
                } else if attr.key == Self.itempropKey {
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

    /// Chrome named by class or id, unless the element holds a large share of the page's paragraphs.
    private mutating func markClassRemovals() {
        let total = max(totalGood, 1)
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
                if goodChars[i] * 5 < total { removed[i] = true }
                continue
            }
            if tag == .nav || tag == .footer || tag == .aside || tag == .menu {
                if goodChars[i] * 2 < total { removed[i] = true }
            } else if tag == .header || tag == .figure || tag == .form || tag == .fieldset || tag == .label {
                if goodChars[i] * 5 < total { removed[i] = true }
            }
        }
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
                let chars = Self.visibleChars(doc.text, Int(node.start), Int(node.count))
                if chars > 0 {
                    var owner: Int32 = 0
                    for k in stride(from: open.count - 1, through: 0, by: -1) where open[k].block {
                        owner = open[k].node
                        break
                    }
                    ownChars[Int(owner)] += chars
                    if links > 0 { ownLinkChars[Int(owner)] += chars }
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

    /// Characters that are not whitespace (UTF-8 lead bytes only).
    @inline(__always)
    static func visibleChars(_ text: [UInt8], _ start: Int, _ count: Int) -> Int32 {
        var c: Int32 = 0
        var k = start
        let e = start + count
        while k < e {
            let b = text[k]
            if b > 0x20 && (b & 0xC0) != 0x80 && b != 0xC2 { c += 1 }
            k += 1
        }
        return c
    }
}
