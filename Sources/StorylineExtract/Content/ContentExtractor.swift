import StorylineCore

/// Finds the article's main text in a parsed page.
///
/// 1. `PageAnalysis` drops chrome (by tag, hidden state and class/id words) and measures how
///    much paragraph-like text every subtree holds.
/// 2. The container is the element whose paragraphs outweigh everything else in it most:
///    `good − 0.3 × rest`, with a bonus for elements named as the article body. Articles split
///    across sibling columns end up under their common parent because the gaps cost little.
/// 3. Its blocks are emitted in order with roles, then short link lists, share bars, bylines,
///    captions and repeated headlines are filtered out (`BlockFilter`).
/// 4. Fallbacks when that finds too little: the JSON-LD `articleBody`, then the whole body.
struct ContentExtractor {
    struct Result {
        var blocks: [TextBlock]
        var container: Int32
        var linkDensity: Double
        var warnings: [String]
    }

    func extract(_ doc: HTMLDocument, title: String?, jsonLDBody: String?) -> Result {
        let page = PageAnalysis(doc)
        var warnings: [String] = []
        let (container, siblings) = concentratedContainer(page)
        let walker = BlockWalker(page: page)
        var blocks: [WalkedBlock] = []
        for root in siblings { blocks.append(contentsOf: walker.blocks(in: root)) }
        // The densest container may be one column of an article split in several: widen to
        // the best-scoring ancestor, keeping only its blocks shaped like the core's blocks.
        let wide = bestContainer(page)
        if wide != container && doc.contains(wide, container) {
            var shapes = Set<UInt64>()
            for b in blocks where b.node >= 0 { shapes.insert(shape(doc, b.node)) }
            let inCore = { (n: Int32) in siblings.contains { doc.contains($0, n) } }
            var classes = Set<String>()
            for b in blocks where b.node >= 0 {
                if let c = doc.attribute(b.node, PageAnalysis.classKey), !c.isEmpty { classes.insert(c) }
            }
            // Blocks inside an element named as the article body belong to it whatever their shape.
            let bodies = bodyElements(page, in: wide)
            var widened: [WalkedBlock] = []
            for b in walker.blocks(in: wide) where b.node >= 0 {
                if inCore(b.node) || shapes.contains(shape(doc, b.node))
                    || bodies.contains(where: { doc.contains($0, b.node) })
                    || doc.attribute(b.node, PageAnalysis.classKey).map({ classes.contains($0) }) == true
                {
                    widened.append(b)
                }
            }
            if widened.count > blocks.count { blocks = widened }
        }
        blocks = BlockFilter(title: title).filter(blocks)
        var chars = blocks.reduce(0) { $0 + CharacterCount.of($1.text) }
        var links = blocks.reduce(0) { $0 + $1.linkChars }
        if let ld = jsonLDBody, chars < 200, CharacterCount.of(ld) > max(chars * 2, 80) {
            let paragraphs = ld.split(whereSeparator: { $0 == "\n" }).map {
                $0.trimmed
            }.filter { !$0.isEmpty }
            blocks = paragraphs.map { WalkedBlock(text: $0, role: .paragraph, linkChars: 0, node: -1) }
            chars = CharacterCount.of(ld)
            links = 0
            warnings.append("main text taken from the page's JSON-LD articleBody")
        }
        if chars < 100 && doc.body >= 0 {
            let all = BlockFilter(title: title).filter(walker.blocks(in: doc.body))
            let allChars = all.reduce(0) { $0 + CharacterCount.of($1.text) }
            if allChars > chars {
                blocks = all
                chars = allChars
                links = all.reduce(0) { $0 + $1.linkChars }
                warnings.append("no article container found: kept the whole page's text")
            }
        }
        if chars == 0 { warnings.append("no main text found") }
        return Result(
            blocks: blocks.map { TextBlock($0.text, role: $0.role) }, container: container,
            linkDensity: chars > 0 ? Double(links) / Double(chars) : 0, warnings: warnings)
    }

    /// Outermost elements inside `root` whose class, id or itemprop names them the article body.
    func bodyElements(_ page: PageAnalysis, in root: Int32) -> [Int32] {
        let doc = page.doc
        var out: [Int32] = []
        var i = Int(root) + 1
        let end = Int(doc.nodes[Int(root)].end)
        while i < end {
            if page.removed[i] {
                i = Int(doc.nodes[i].end)
                continue
            }
            if page.hints[i].contains(.articleBody) && page.goodChars[i] > 0 {
                out.append(Int32(i))
                i = Int(doc.nodes[i].end)
                continue
            }
            i += 1
        }
        return out
    }

    /// A block's shape: its tag and class and its parent's, so paragraphs of the same article
    /// template match across columns while teasers and captions do not.
    func shape(_ doc: HTMLDocument, _ n: Int32) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ x: Int32) {
            h = (h ^ UInt64(doc.nodes[Int(x)].key)) &* 0x100_0000_01b3
            if let r = doc.attributeRange(x, PageAnalysis.classKey) {
                for k in r { h = (h ^ UInt64(doc.text[k])) &* 0x100_0000_01b3 }
            }
        }
        mix(n)
        let parent = doc.nodes[Int(n)].parent
        if parent >= 0 { mix(parent) }
        return h
    }

    /// Readability-style choice: every paragraph-like block gives its text to its parent,
    /// half to the grandparent and less further up, so the element whose own paragraphs are
    /// most concentrated wins (teaser lists spread their text over many small parents).
    /// Siblings of the winner that also hold article text are kept with it, in order.
    func concentratedContainer(_ page: PageAnalysis) -> (Int32, [Int32]) {
        let doc = page.doc
        let count = doc.nodes.count
        var score = [Double](repeating: 0, count: count)
        for i in 0..<count {
            let own = page.ownChars[i]
            guard own >= 25, !page.removed[i] else { continue }
            let plain = Double(own - page.ownLinkChars[i])
            guard page.ownLinkChars[i] * 10 < own * 4 else { continue }
            let value = 1 + min(plain / 100, 3) + plain / 300
            var n = doc.nodes[i].parent
            var level = 0
            // The block itself counts as its own parent when it is a plain container (div of text).
            let tag = doc.nodes[i].tag
            if tag != .p && tag != .li && !tag.has(.heading) && tag != .blockquote && tag != .pre && tag != .tr {
                score[i] += value
                level = 1
            }
            while n > 0 && level < 5 {
                let divider = level == 0 ? 1.0 : level == 1 ? 2.0 : Double(level * 3)
                score[Int(n)] += value / divider
                n = doc.nodes[Int(n)].parent
                level += 1
            }
        }
        let root = doc.body >= 0 ? doc.body : 0
        var best: Int32 = root
        var bestScore = 0.0
        let end = Int(doc.nodes[Int(root)].end)
        var i = Int(root)
        while i < end {
            let node = doc.nodes[i]
            if node.kind != .element || score[i] == 0 {
                i += 1
                continue
            }
            if page.removed[i] {
                i = Int(node.end)
                continue
            }
            let text = Double(max(page.textChars[i], 1))
            let density = Double(page.linkChars[i]) / text
            var s = score[i] * (1 - density)
            if page.hints[i].contains(.articleBody) { s *= 1.5 }
            if s > bestScore {
                bestScore = s
                best = Int32(i)
            }
            i += 1
        }
        // Siblings that hold article text too.
        let parent = doc.nodes[Int(best)].parent
        guard parent >= 0, best != root else { return (best, [best]) }
        let threshold = max(10, bestScore * 0.2)
        let bestClass = doc.attribute(best, PageAnalysis.classKey)
        var roots: [Int32] = []
        var c = doc.nodes[Int(parent)].firstChild
        while c >= 0 {
            defer { c = doc.nodes[Int(c)].next }
            if c == best {
                roots.append(c)
                continue
            }
            guard doc.nodes[Int(c)].kind == .element, !page.removed[Int(c)] else { continue }
            let text = Double(max(page.textChars[Int(c)], 1))
            let density = Double(page.linkChars[Int(c)]) / text
            var s = score[Int(c)] * (1 - density)
            if let bestClass, !bestClass.isEmpty, doc.attribute(c, PageAnalysis.classKey) == bestClass { s += bestScore * 0.2 }
            let good = page.goodChars[Int(c)]
            if s >= threshold || (doc.nodes[Int(c)].tag == .p && good >= 80 && density < 0.25) {
                roots.append(c)
            }
        }
        return (best, roots)
    }

    /// The element that best holds the article.
    func bestContainer(_ page: PageAnalysis) -> Int32 {
        let doc = page.doc
        let root = doc.body >= 0 ? doc.body : 0
        var best = root
        var bestScore = -Double.infinity
        let end = Int(doc.nodes[Int(root)].end)
        var i = Int(root)
        while i < end {
            let node = doc.nodes[i]
            if node.kind != .element {
                i += 1
                continue
            }
            if page.removed[i] {
                i = Int(node.end)
                continue
            }
            let good = Double(page.goodChars[i])
            if good > 0 {
                let rest = Double(page.textChars[i]) - good
                var score = good - 0.3 * rest
                if page.hints[i].contains(.articleBody) {
                    score += 0.15 * good + 0.3 * Double(page.textChars[i] - page.linkChars[i])
                }
                if node.tag == .article { score += 0.05 * good }
                if score >= bestScore {
                    bestScore = score
                    best = Int32(i)
                }
            }
            i += 1
        }
        return best
    }
}
