import StorylineBrief
import StorylineCore
import StorylineStore

/// Small pieces several pages share.
enum Components {
    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "5 Nov 2024" from an ISO 8601 date or date-time; the input itself when it is not one.
    static func day(_ iso: String?) -> String? {
        guard let iso, iso.utf8.count >= 10 else { return iso }
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]), (1...12).contains(m)
        else { return String(iso.prefix(10)) }
        return "\(d) \(monthNames[m - 1]) \(y)"
    }

    /// "3 Nov – 5 Nov 2024", or one day when both ends agree.
    static func dateRange(_ first: String?, _ last: String?) -> String? {
        let a = day(first), b = day(last)
        switch (a, b) {
        case (nil, nil): return nil
        case (let x?, nil), (nil, let x?): return x
        case (let x?, let y?): return x == y ? x : "\(x) – \(y)"
        }
    }

    static func kindBadge(_ kind: DocumentKind) -> HTML {
        "<span class=\"badge\">\(kind.rawValue)</span>"
    }

    static func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        "\(n) \(n == 1 ? one : (many ?? one + "s"))"
    }

    /// Each document's outlet (publisher, else site), one name per outlet among the given
    /// documents, folded as the story's brief folds them: a feed's title ("Northwind Wire – Top
    /// World Stories") or a site ("northwindwire.example") next to the publisher's name is
    /// that outlet. Documents with no outlet are absent.
    static func outletNames(_ ids: [String], summaries: [String: DocumentSummary]) -> [String: String] {
        let folded = OutletName.unified(ids.map { summaries[$0]?.outlet })
        var names: [String: String] = [:]
        for (id, name) in zip(ids, folded) { names[id] = name }
        return names
    }

    /// Distinct outlets (see `outletNames`) of the given documents, most documents first.
    static func outlets(_ ids: [String], summaries: [String: DocumentSummary]) -> [String] {
        let names = outletNames(ids, summaries: summaries)
        var counts: [String: Int] = [:]
        var order: [String] = []
        for id in ids {
            guard let p = names[id] else { continue }
            if counts[p] == nil { order.append(p) }
            counts[p, default: 0] += 1
        }
        return order.enumerated().sorted { a, b in
            let ca = counts[a.element]!, cb = counts[b.element]!
            return ca != cb ? ca > cb : a.offset < b.offset
        }.map(\.element)
    }

    /// A brief sentence with its citation links; each link opens the source document with
    /// the cited sentence highlighted.
    static func sentence(_ s: BriefSentence) -> HTML {
        "\(s.text) \(citations(s.citations))"
    }

    static func citations(_ citations: [Citation]) -> HTML {
        guard !citations.isEmpty else { return .empty }
        let links = citations.map { c -> HTML in
            let label = c.publisher.flatMap { $0.isEmpty ? nil : $0 } ?? "source"
            return "<a href=\"\(Paths.document(c.document, highlight: c.quote))\" title=\"\(c.quote)\">\(label)</a>"
        }
        return "<span class=\"cites\">\(links)</span>"
    }

    static func sentenceList(_ sentences: [BriefSentence]) -> HTML {
        "<ul class=\"sentences\">\(sentences.map { "<li>\(sentence($0))</li>" as HTML })</ul>"
    }

    /// One line per document: title link, outlet, kind, date, and whether it is a copy.
    static func documentList(_ members: [StoryMember], summaries: [String: DocumentSummary]) -> HTML {
        let items = members.map { member -> HTML in
            let s = summaries[member.document]
            let title = s?.title.flatMap { $0.isEmpty ? nil : $0 } ?? "Untitled document"
            var meta: [HTML] = []
            if let p = s?.outlet { meta.append("<span>\(p)</span>") }
            if let d = day(s?.published) { meta.append("<span>\(d)</span>") }
            var badges: [HTML] = []
            if let s { badges.append(kindBadge(s.kind)) }
            if let original = member.duplicateOf {
                badges.append("<a class=\"badge dup\" href=\"\(Paths.document(original))\">copy of \(summaries[original]?.outlet ?? "another document")</a>")
            }
            if s?.lowQuality == true { badges.append("<span class=\"badge low\">low quality</span>") }
            return """
                <li><a href="\(Paths.document(member.document))">\(title)</a>\(badges) <div class="meta">\(meta)</div></li>
                """
        }
        return "<ul class=\"sentences\">\(items)</ul>"
    }

    /// Breadcrumb-style links under the header.
    static func crumbs(_ links: [(String, String)]) -> HTML {
        let parts = links.map { "<a href=\"\($0.1)\">\($0.0)</a>" as HTML }
        return "<p class=\"meta\">\(parts.joined(separator: " › "))</p>"
    }

    /// The tabs of a story: brief, comparison, timeline, JSON.
    static func storyTabs(_ story: StoryRecord, current: String) -> HTML {
        let tabs: [(String, String)] = [
            ("Brief", Paths.story(story.id)), ("Compare sources", Paths.comparison(story.id)),
            ("Storyline timeline", Paths.storyline(story.storyline)), ("JSON", Paths.apiStory(story.id)),
        ]
        let links = tabs.map { tab -> HTML in
            tab.0 == current ? "<strong>\(tab.0)</strong>" : "<a href=\"\(tab.1)\">\(tab.0)</a>"
        }
        return "<p class=\"meta\">\(links.joined(separator: " · "))</p>"
    }
}
