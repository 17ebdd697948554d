import StorylineCore
import StorylineStore

/// Where one entity is mentioned, story by story, from the stored document analyses and
/// the briefs' topic cards.
struct EntityView: Sendable {
    struct StoryMentions: Sendable {
        var story: StoryRecord
        var mentions: Int
        var documents: [String]
        var topic: TopicCard?
    }

    var record: EntityIndex.Record
    var stories: [StoryMentions]
    /// Mentioning documents that belong to no story yet.
    var ungrouped: [String]
    var summaries: [String: DocumentSummary]

    /// Gathers the stories of the entity's documents, most mentions first.
    init(record: EntityIndex.Record, catalog: Catalog, storyLimit: Int = 100) throws(ServeError) {
        self.record = record
        let documentIDs = Array(record.documents.keys)
        let holding = try catalog.read { try catalog.browser.storiesHolding(documentIDs) }
        var byStory: [String: [String]] = [:]
        var ungrouped: [String] = []
        for id in documentIDs {
            if let story = holding[id] { byStory[story, default: []].append(id) } else { ungrouped.append(id) }
        }
        for story in record.topics.keys where byStory[story] == nil { byStory[story] = [] }
        let ranked = byStory.map { (story: $0.key, docs: $0.value, mentions: $0.value.reduce(0) { $0 + (record.documents[$1] ?? 0) }) }
            .sorted { $0.mentions != $1.mentions ? $0.mentions > $1.mentions : $0.story < $1.story }
            .prefix(storyLimit)
        var stories: [StoryMentions] = []
        for entry in ranked {
            guard let story = try catalog.read({ try catalog.browser.storyRecord(id: entry.story) }) else { continue }
            stories.append(
                StoryMentions(
                    story: story, mentions: entry.mentions, documents: entry.docs.sorted(), topic: record.topics[entry.story]))
        }
        self.stories = stories
        self.ungrouped = ungrouped.sorted()
        let wanted = stories.flatMap(\.documents) + self.ungrouped.prefix(100)
        summaries = try catalog.read { try catalog.browser.documentSummaries(Array(wanted)) }
    }
}

struct EntityPage {
    var view: EntityView

    func render() -> HTML {
        let r = view.record
        let aliases: HTML = r.aliases.isEmpty ? .empty : "<p class=\"meta\">Also called: \(r.aliases.sorted().prefix(20).joined(separator: ", "))</p>"
        let description = r.topics.values.compactMap(\.description).first
        let descriptionHTML: HTML = description.map { "<p>\($0)</p>" } ?? .empty
        let storyItems = view.stories.map { s -> HTML in
            // One link per outlet (to its document with the most mentions), then the count of
            // documents whose outlet is unknown: a list of forty titles says less than this.
            var byOutlet: [String: [String]] = [:]
            var outletOrder: [String] = []
            var unknown = 0
            for id in s.documents {
                guard let outlet = view.summaries[id]?.outlet else {
                    unknown += 1
                    continue
                }
                if byOutlet[outlet] == nil { outletOrder.append(outlet) }
                byOutlet[outlet, default: []].append(id)
            }
            var docs = outletOrder.map { outlet -> HTML in
                let ids = byOutlet[outlet]!
                let best = ids.max { (r.documents[$0] ?? 0, $1) < (r.documents[$1] ?? 0, $0) }!
                let mentions = ids.reduce(0) { $0 + (r.documents[$1] ?? 0) }
                return "<a href=\"\(Paths.document(best))\">\(outlet)</a> (\(mentions))"
            }
            if unknown > 0 { docs.append("\(Components.plural(unknown, "document")) of unknown outlets") }
            let topic: HTML = s.topic != nil ? "<span class=\"badge\">brief topic</span>" : .empty
            let docLine: HTML = docs.isEmpty ? .empty : "<div class=\"outlets\">\(docs.joined(separator: ", "))</div>"
            var meta: [HTML] = ["<span>\(Components.plural(s.mentions, "mention"))</span>"]
            if let range = Components.dateRange(s.story.firstPublished, s.story.lastPublished) { meta.append("<span>\(range)</span>") }
            return "<article class=\"card story\"><h3><a href=\"\(Paths.story(s.story.id))\">\(s.story.title)</a>\(topic)</h3><div class=\"meta\">\(meta)</div>\(docLine)</article>"
        }
        var body: HTML = """
            \(Components.crumbs([("Stories", Paths.home)]))<h1>\(r.name)</h1><p class="meta"><span class="badge">\(r.mainType.rawValue)</span> <span>\(Components.plural(r.mentions, "mention"))</span><span>\(Components.plural(r.documents.count, "document"))</span><span>\(Components.plural(view.stories.count, "story", "stories"))</span><span><a href="\(Paths.apiEntity(r.id))">JSON</a></span></p>\(aliases)\(descriptionHTML)
            <h2>Stories</h2>
            """
        body = storyItems.isEmpty ? "\(body)<p class=\"muted\">No story mentions this entity yet.</p>" : "\(body)\(storyItems)"
        if !view.ungrouped.isEmpty {
            let items = view.ungrouped.prefix(100).map { id -> HTML in
                let s = view.summaries[id]
                return "<li><a href=\"\(Paths.document(id))\">\(s?.title.flatMap { $0.isEmpty ? nil : $0 } ?? "Untitled document")</a> <span class=\"meta\">\(s?.outlet ?? "Unknown outlet") · \(Components.plural(r.documents[id] ?? 0, "mention"))</span></li>"
            }
            body = "\(body)<h2>Documents not yet in a story</h2><ul class=\"sentences\">\(items)</ul>"
        }
        return PageShell.render(title: r.name, body: body)
    }
}
