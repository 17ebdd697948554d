import Foundation
import StorylineStore

/// Full-text search over documents with the matches marked in each snippet.
struct SearchPage {
    var query: String
    var hits: [SearchHit]
    var summaries: [String: DocumentSummary]

    func render() -> HTML {
        var body: HTML = """
            <h1>Search documents</h1><form action="/search" method="get" role="search"><input type="search" name="q" value="\(query)" aria-label="Search documents" autofocus> <button type="submit">Search</button></form>
            """
        if query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            body = "\(body)<p class=\"muted\">Search titles and text of every stored document. All words must match; the last one also matches as a prefix.</p>"
            return PageShell.render(title: "Search", body: body)
        }
        if hits.isEmpty {
            body = "\(body)<p>No document matches “\(query)”.</p>"
            return PageShell.render(title: "Search: \(query)", query: query, body: body)
        }
        let items = hits.map { hit -> HTML in
            let s = summaries[hit.document]
            let title = hit.title.flatMap { $0.isEmpty ? nil : $0 } ?? "Untitled document"
            var meta: [HTML] = []
            if let p = s?.outlet { meta.append("<span>\(p)</span>") }
            if let d = Components.day(s?.published) { meta.append("<span>\(d)</span>") }
            let kind: HTML = s.map { Components.kindBadge($0.kind) } ?? .empty
            return """
                <li><a href="\(Paths.document(hit.document))">\(title)</a>\(kind)<div class="meta">\(meta)</div><div class="snippet">\(Highlight.snippet(hit.snippet))</div></li>
                """
        }
        body = "\(body)<p class=\"meta\">\(Components.plural(hits.count, "document")) matching “\(query)”, best first</p><ol class=\"hits\">\(items)</ol>"
        return PageShell.render(title: "Search: \(query)", query: query, body: body)
    }
}
