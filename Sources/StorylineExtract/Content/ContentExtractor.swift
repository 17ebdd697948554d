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
        let container = bestContainer(page)
        let walker = BlockWalker(page: page)
        var blocks = walker.blocks(in: container)
        blocks = BlockFilter(title: title).filter(blocks)
        var chars = blocks.reduce(0) { $0 + $1.text.count }
        var links = blocks.reduce(0) { $0 + $1.linkChars }
        if let ld = jsonLDBody, chars < 200, ld.count > max(chars * 2, 200) {
            let paragraphs = ld.split(whereSeparator: { $0 == "\n" }).map {
                $0.trimmingCharacters(in: .whitespaces)
            }.filter { !$0.isEmpty }
            blocks = paragraphs.map { WalkedBlock(text: $0, role: .paragraph, linkChars: 0, node: -1) }
            chars = ld.count
            links = 0
            warnings.append("main text taken from the page's JSON-LD articleBody")
        }
        if chars < 100 && doc.body >= 0 {
            let all = BlockFilter(title: title).filter(walker.blocks(in: doc.body))
            let allChars = all.reduce(0) { $0 + $1.text.count }
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
