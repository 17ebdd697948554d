import StorylineCore
import StorylineStore

/// One story: its brief, section by section, every sentence with links to the source
/// sentences; or, before a brief is written, its documents and a plain note saying so.
struct StoryPage {
    var story: StoryRecord
    var brief: Brief?
    var summaries: [String: DocumentSummary]
    var storylineSize: Int

    func render() -> HTML {
        let ids = story.documents.map(\.document)
        let outlets = Components.outlets(ids, summaries: summaries)
        var meta: [HTML] = []
        if let range = Components.dateRange(story.firstPublished, story.lastPublished) { meta.append("<span>\(range)</span>") }
        meta.append("<span>\(Components.plural(ids.count, "document"))</span>")
        if !outlets.isEmpty { meta.append("<span>\(Components.plural(outlets.count, "outlet"))</span>") }
        if storylineSize > 1 {
            meta.append("<span>part of a <a href=\"\(Paths.storyline(story.storyline))\">storyline of \(storylineSize) stories</a></span>")
        }
        let title = brief?.title ?? story.title
        var body: HTML = """
            \(Components.crumbs([("Stories", Paths.home)]))<h1>\(title)</h1><div class="meta">\(meta)</div>\(Components.storyTabs(story, current: "Brief"))
            """
        if let brief {
            body = "\(body)\(sections(brief))<p class=\"meta\">Brief updated \(Components.day(brief.updated) ?? brief.updated)</p>"
        } else {
            body = "\(body)<div class=\"notice\">No brief has been written for this story yet. Its documents are listed below.</div>"
        }
        body = "\(body)<h2 id=\"documents\">Documents</h2>\(Components.documentList(story.documents, summaries: summaries))"
        return PageShell.render(title: title, body: body)
    }

    private func sections(_ brief: Brief) -> HTML {
        var out: [HTML] = []
        if !brief.whatHappened.isEmpty {
            out.append("<h2 id=\"what-happened\">What’s happened</h2>\(Components.sentenceList(brief.whatHappened))")
        }
        if !brief.behindTheHeadline.isEmpty {
            out.append("<h2 id=\"behind\">What’s behind the headline</h2>\(Components.sentenceList(brief.behindTheHeadline))")
        }
        if !brief.whatThePapersSay.isEmpty {
            let outlets = brief.whatThePapersSay.map { o -> HTML in
                let label: HTML = o.kind == .discussion ? "<span class=\"badge\">public reaction</span>" : Components.kindBadge(o.kind)
                return "<div class=\"outlet card\"><h3>\(o.publisher)\(label)</h3>\(Components.sentenceList(o.sentences))</div>"
            }
            out.append("<h2 id=\"papers\">What the papers say</h2>\(outlets)")
        }
        if !brief.disagreements.isEmpty {
            let items = brief.disagreements.map { d -> HTML in
                let claims = d.claims.map { c -> HTML in
                    let who: HTML = c.attributedTo.map { "<div class=\"meta\">according to \($0)</div>" } ?? .empty
                    return "<div class=\"claim\"><div class=\"value\">\(c.value)</div>\(who)<div>\(Components.sentence(c.sentence))</div></div>"
                }
                return "<h3>\(d.subject)</h3><div class=\"claims\">\(claims)</div>"
            }
            out.append(
                "<h2 id=\"disagree\">Where sources disagree</h2>\(items)<p class=\"meta\"><a href=\"\(Paths.comparison(story.id))\">Compare all sources side by side →</a></p>"
            )
        }
        if !brief.howWeGotHere.isEmpty {
            let items = brief.howWeGotHere.map { e -> HTML in
                "<li><time datetime=\"\(e.date)\">\(Components.day(e.date) ?? e.date)</time>\(Components.sentence(e.sentence))</li>"
            }
            out.append("<h2 id=\"background\">How we got here</h2><ol class=\"timeline\">\(items)</ol>")
        }
        if !brief.goDeeper.isEmpty {
            let items = brief.goDeeper.map { q -> HTML in "<li>\(q.question) \(Components.citations(q.citations))</li>" }
            out.append("<h2 id=\"deeper\">Go deeper</h2><ul class=\"sentences\">\(items)</ul>")
        }
        if !brief.topics.isEmpty {
            let cards = brief.topics.map { t -> HTML in
                let aliases: HTML = t.aliases.isEmpty ? .empty : "<div class=\"meta\">also: \(t.aliases.prefix(4).joined(separator: ", "))</div>"
                let description: HTML = t.description.map { "<p>\($0)</p>" } ?? .empty
                return """
                    <div class="card"><a href="\(Paths.entity(EntityID.slug(t.name)))"><strong>\(t.name)</strong></a> <span class="badge">\(t.type.rawValue)</span>\(aliases)\(description)<div class="meta">\(Components.plural(t.mentions, "mention"))</div></div>
                    """
            }
            out.append("<h2 id=\"topics\">More on these topics</h2><div class=\"topics\">\(cards)</div>")
        }
        return "\(out)"
    }
}
