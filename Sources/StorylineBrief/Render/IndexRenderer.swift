import StorylineCore

/// The `index.html` of a `storyline run` folder: every story with its title, outlets and
/// counts, grouped by storyline (storylines with the most documents first, stories within a
/// storyline oldest first). Self-contained like the brief pages; all text escaped.
public enum IndexRenderer {
    /// `link` gives each brief's page address relative to the index (default `ID.html` with
    /// the id made file-name safe, as `BriefFiles.htmlName` does).
    public static func render(
        _ briefs: [Brief], title: String = "Storyline briefs", link: (Brief) -> String = { BriefFiles.htmlName($0.id) }
    ) -> String {
        let h = Escaping.html
        var storylines: [String: [Brief]] = [:]
        for b in briefs { storylines[b.storyline, default: []].append(b) }
        let order = storylines.keys.sorted { a, b in
            let x = storylines[a]!.reduce(0) { $0 + $1.documents.count }
            let y = storylines[b]!.reduce(0) { $0 + $1.documents.count }
            return (x, b) > (y, a)
        }
        var body = "<header><p class=\"kicker\">Storyline</p><h1>\(h(title))</h1>"
        body += "<p class=\"meta\">\(briefs.count) stories in \(storylines.count) storylines</p></header>"
        // Storylines of several stories first, each under its own heading; single stories after.
        let chains = order.filter { storylines[$0]!.count > 1 }
        let singles = order.filter { storylines[$0]!.count == 1 }.flatMap { storylines[$0]! }
        for key in chains {
            let stories = storylines[key]!.sorted { (firstDate($0), $0.id) < (firstDate($1), $1.id) }
            body += "<section class=\"storyline\"><h2>Storyline · \(stories.count) stories</h2>"
            body += list(stories, link: link) + "</section>"
        }
        if !singles.isEmpty {
            let sorted = singles.sorted { ($0.documents.count, $1.id) > ($1.documents.count, $0.id) }
            body += "<section class=\"storyline\"><h2>\(chains.isEmpty ? "Stories" : "Other stories")</h2>"
            body += list(sorted, link: link) + "</section>"
        }
        return HTMLRenderer.page(title: title, body: body + "<style>\(style)</style>")
    }

    static func list(_ stories: [Brief], link: (Brief) -> String) -> String {
        let h = Escaping.html
        var body = "<ol class=\"stories\">"
        for b in stories {
            let originals = b.documents.filter { $0.duplicateOf == nil }
            var outlets: [String] = []
            for p in originals.compactMap(\.publisher) where !outlets.contains(p) { outlets.append(p) }
            let shown = outlets.prefix(6).map(h).joined(separator: ", ") + (outlets.count > 6 ? ", …" : "")
            body += "<li><a class=\"title\" href=\"\(h(link(b)))\">\(h(b.title))</a>"
            body += "<p class=\"meta\">\(h(SourceCount.phrase(b.documents)))"
            let date = firstDate(b)
            if !date.isEmpty { body += " · \(h(date))" }
            if !b.disagreements.isEmpty { body += " · <span class=\"flag\">sources disagree</span>" }
            body += "</p>"
            if !shown.isEmpty { body += "<p class=\"outlets\">\(shown)</p>" }
            if let first = b.whatHappened.first { body += "<p class=\"summary\">\(h(first.text))</p>" }
            body += "</li>"
        }
        return body + "</ol>"
    }

    static func firstDate(_ b: Brief) -> String {
        b.documents.compactMap { $0.published.map { String($0.prefix(10)) } }.min() ?? ""
    }

    static let style = """
        .stories{list-style:none;padding:0;margin:0}
        .stories li{padding:12px 0;border-bottom:1px solid var(--line)}
        a.title{font:600 1.15rem/1.3 Georgia,serif;text-decoration:none;color:var(--ink)}
        a.title:hover{color:var(--accent)}
        .stories p{margin:.25em 0}
        .outlets{font:.82rem system-ui,sans-serif;color:var(--accent)}
        .summary{font-size:.95rem;color:var(--muted)}
        .flag{color:#a4262c;font-weight:600}
        """
}
