import StorylineCore
import StorylineStore

/// The front page: stories newest first, grouped by storyline, with their outlets and
/// document counts.
struct StoryListPage {
    var stories: [StoryRecord]
    var summaries: [String: DocumentSummary]
    var withBriefs: Set<String>
    var storylineSizes: [String: Int]
    var totalStories: Int
    var nextCursor: String?
    var isFirstPage: Bool
    /// Shown when the store holds documents that are not grouped yet.
    var recentDocuments: [DocumentSummary]
    var documentCount: Int

    func render() -> HTML {
        var body: HTML = "<h1>Stories</h1>"
        if stories.isEmpty && isFirstPage {
            body = "\(body)\(emptyStore())"
            return PageShell.render(title: "Stories", body: body)
        }
        body = "\(body)<p class=\"meta\"><span>\(Components.plural(totalStories, "story", "stories"))</span><span>\(Components.plural(documentCount, "document"))</span><span>newest first, grouped by storyline</span></p>"
        // Stories of one storyline are shown together, where its newest story falls.
        var groups: [(storyline: String, stories: [StoryRecord])] = []
        var position: [String: Int] = [:]
        for story in stories {
            if let i = position[story.storyline] {
                groups[i].stories.append(story)
            } else {
                position[story.storyline] = groups.count
                groups.append((story.storyline, [story]))
            }
        }
        let sections = groups.map { group -> HTML in
            let size = storylineSizes[group.storyline] ?? group.stories.count
            let cards = group.stories.map(card)
            guard size > 1 else { return "\(cards)" }
            return """
                <section class="storyline"><div class="meta"><span>Storyline of \(Components.plural(size, "story", "stories"))</span><span><a href="\(Paths.storyline(group.storyline))">timeline</a></span></div>\(cards)</section>
                """
        }
        body = "\(body)\(sections)"
        if let nextCursor {
            body = "\(body)<p class=\"pager\"><a href=\"\(Paths.storyList(cursor: nextCursor))\">Older stories →</a></p>"
        }
        if !isFirstPage { body = "\(body)<p class=\"pager\"><a href=\"/\">← Newest stories</a></p>" }
        return PageShell.render(title: "Stories", body: body)
    }

    private func card(_ story: StoryRecord) -> HTML {
        let ids = story.documents.map(\.document)
        let outlets = Components.outlets(ids, summaries: summaries)
        var meta: [HTML] = []
        if let range = Components.dateRange(story.firstPublished, story.lastPublished) { meta.append("<span>\(range)</span>") }
        meta.append("<span>\(Components.plural(ids.count, "document"))</span>")
        if !outlets.isEmpty { meta.append("<span>\(Components.plural(outlets.count, "outlet"))</span>") }
        let badge: HTML = withBriefs.contains(story.id) ? .empty : "<span class=\"badge nobrief\">no brief yet</span>"
        let shown = outlets.prefix(8).joined(separator: ", ") + (outlets.count > 8 ? " and \(outlets.count - 8) more" : "")
        let outletLine: HTML = outlets.isEmpty ? .empty : "<div class=\"outlets\">\(shown)</div>"
        return """
            <article class="card story"><h3><a href="\(Paths.story(story.id))">\(story.title)</a>\(badge)</h3><div class="meta">\(meta)</div>\(outletLine)</article>
            """
    }

    private func emptyStore() -> HTML {
        guard documentCount > 0 else {
            return """
                <div class="notice">The store is empty. Add documents with <code>storyline ingest PATH…</code> and group them into stories with <code>storyline run</code>.</div>
                """
        }
        let items = recentDocuments.map { d -> HTML in
            var meta: [HTML] = []
            if let p = d.outlet { meta.append("<span>\(p)</span>") }
            if let day = Components.day(d.published) { meta.append("<span>\(day)</span>") }
            return "<li><a href=\"\(Paths.document(d.id))\">\(d.title.flatMap { $0.isEmpty ? nil : $0 } ?? "Untitled document")</a>\(Components.kindBadge(d.kind)) <div class=\"meta\">\(meta)</div></li>"
        }
        return """
            <div class="notice">\(Components.plural(documentCount, "document")) stored, not yet grouped into stories. Group them with <code>storyline run</code>; meanwhile, <a href="/search">search them</a> or open the most recent below.</div>
            <h2>Recently ingested</h2><ul class="sentences">\(items)</ul>
            """
    }
}
