import StorylineCore
import StorylineStore

/// One stored document as Extract left it: metadata, main text, comments, origins. With a
/// `highlight`, the cited passage is marked and the page scrolls to it (`#cited`).
struct DocumentPage {
    var document: StoredDocument
    var story: StoryRecord?
    var highlight: String?

    func render() -> HTML {
        let e = document.extracted
        let title = e.title.flatMap { $0.isEmpty ? nil : $0 } ?? "Untitled document"
        var crumbs: [(String, String)] = [("Stories", Paths.home)]
        if let story { crumbs.append((story.title, Paths.story(story.id))) }
        var meta: [HTML] = []
        if let p = e.publisher, !p.isEmpty { meta.append("<span>\(p)</span>") }
        if let b = e.byline, !b.isEmpty { meta.append("<span>\(b)</span>") }
        if let d = e.published { meta.append("<span>\(Components.day(ISO8601.format(d)) ?? "")</span>") }
        var badges: [HTML] = [Components.kindBadge(e.kind)]
        if e.lowQuality { badges.append("<span class=\"badge low\">low quality</span>") }

        var body: HTML = "\(Components.crumbs(crumbs))<h1>\(title)</h1><div class=\"meta\">\(meta)\(badges)</div>"
        let blocks = e.blocks
        var found = false
        var highlightNote: HTML = .empty
        if let highlight, !highlight.isEmpty {
            found = blocks.contains { $0.text.contains(highlight) }
            if !found {
                highlightNote = "<div class=\"notice\">The cited passage was not found verbatim in this document’s text: “\(highlight)”</div>"
            }
        }
        body = "\(body)\(highlightNote)"
        if let s = e.standfirst, !s.isEmpty { body = "\(body)<p><strong>\(s)</strong></p>" }
        var marked = false
        var paragraphs: [HTML] = []
        for (i, block) in blocks.enumerated() {
            var content: HTML = "\(block.text)"
            if found, !marked, let highlight, let m = Highlight.mark(highlight, in: block.text) {
                content = m
                marked = true
            }
            switch block.role {
            case .heading: paragraphs.append("<h3 id=\"p-\(i)\">\(content)</h3>")
            case .quote: paragraphs.append("<blockquote id=\"p-\(i)\">\(content)</blockquote>")
            case .listItem: paragraphs.append("<ul><li id=\"p-\(i)\">\(content)</li></ul>")
            case .paragraph: paragraphs.append("<p id=\"p-\(i)\">\(content)</p>")
            }
        }
        if paragraphs.isEmpty { paragraphs.append("<p class=\"muted\">No main text was extracted from this document.</p>") }
        body = "\(body)<article class=\"doc\">\(paragraphs)</article>"

        if !e.comments.isEmpty {
            let comments = e.comments.map { c -> HTML in
                var head: [HTML] = ["<strong>\(c.author.flatMap { $0.isEmpty ? nil : $0 } ?? "anonymous")</strong>"]
                if let score = c.score { head.append("<span>\(Components.plural(score, "point"))</span>") }
                if let age = c.age, !age.isEmpty { head.append("<span>\(age)</span>") }
                let quoted = c.quoted.map { "<blockquote>\($0)</blockquote>" as HTML }
                return "<div class=\"comment d\(min(max(c.depth, 0), 4))\"><div class=\"meta\">\(head)</div>\(quoted)<p>\(c.text)</p></div>"
            }
            body = "\(body)<h2 id=\"comments\">Comments (\(e.comments.count))</h2><div class=\"comments\">\(comments)</div>"
        }

        if let analysis = document.analysis, !analysis.entities.isEmpty {
            let entities = analysis.entities.sorted { $0.mentions > $1.mentions }.prefix(40).compactMap { entity -> HTML? in
                let id = EntityID.slug(entity.name)
                guard !id.isEmpty else { return nil }
                return "<a class=\"chip\" href=\"\(Paths.entity(id))\">\(entity.name) · \(entity.mentions)</a> "
            }
            body = "\(body)<h2 id=\"entities\">Named in this document</h2><p>\(entities)</p>"
        }

        var facts: [HTML] = ["<dt>Document id</dt><dd><code>\(document.id)</code> · <a href=\"\(Paths.apiDocument(document.id))\">JSON</a></dd>"]
        facts.append("<dt>Kind</dt><dd>\(e.kind.rawValue)</dd>")
        if let l = e.language, !l.isEmpty { facts.append("<dt>Language</dt><dd>\(l)</dd>") }
        if let url = e.url, !url.isEmpty {
            if let safe = URLEncoding.safeExternalLink(url) {
                facts.append("<dt>URL</dt><dd><a href=\"\(safe)\" rel=\"noopener noreferrer nofollow\">\(url)</a></dd>")
            } else {
                facts.append("<dt>URL</dt><dd>\(url) <span class=\"muted\">(not linked)</span></dd>")
            }
        }
        facts.append("<dt>Format</dt><dd>\(document.format.rawValue)</dd>")
        facts.append("<dt>Ingested</dt><dd>\(ISO8601.format(document.ingestedAt))</dd>")
        let origins = document.origins.map { o -> HTML in "<li><code>\(o.description)</code></li>" }
        facts.append("<dt>Origins</dt><dd><ul>\(origins)</ul></dd>")
        if !e.warnings.isEmpty {
            facts.append("<dt>Warnings</dt><dd><ul>\(e.warnings.map { "<li>\($0)</li>" as HTML })</ul></dd>")
        }
        body = "\(body)<h2 id=\"about\">About this document</h2><dl class=\"facts\">\(facts)</dl>"
        return PageShell.render(title: title, body: body)
    }
}
