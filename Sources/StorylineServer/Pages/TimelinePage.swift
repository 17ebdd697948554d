import Foundation
import StorylineCore
import StorylineStore

/// A storyline's stories over time: an inline SVG chart (one row per story, a bar from its
/// first to its last document, a dot per document) plus the same stories as a list, so the
/// page reads without the chart too.
struct TimelinePage {
    var storyline: String
    var stories: [StoryRecord]
    var summaries: [String: DocumentSummary]
    var withBriefs: Set<String>

    static let width = 960.0
    static let margin = 24.0
    static let rowHeight = 40.0
    static let top = 34.0

    func render() -> HTML {
        let title = stories.last?.title ?? "Storyline"
        let list = stories.map { story -> HTML in
            var meta: [HTML] = []
            if let range = Components.dateRange(story.firstPublished, story.lastPublished) { meta.append("<span>\(range)</span>") }
            meta.append("<span>\(Components.plural(story.documents.count, "document"))</span>")
            let badge: HTML = withBriefs.contains(story.id) ? .empty : "<span class=\"badge nobrief\">no brief yet</span>"
            return "<li><a href=\"\(Paths.story(story.id))\">\(story.title)</a>\(badge)<div class=\"meta\">\(meta)</div></li>"
        }
        let body: HTML = """
            \(Components.crumbs([("Stories", Paths.home)]))<h1>Storyline timeline</h1><p class="meta"><span>\(Components.plural(stories.count, "story", "stories"))</span><span>latest: \(title)</span></p>
            \(chart())
            <h2>Stories, oldest first</h2><ol class="timeline">\(list)</ol>
            """
        return PageShell.render(title: "Storyline: \(title)", body: body)
    }

    /// Days since 1970 of an ISO 8601 date or date-time.
    static func days(_ iso: String?) -> Double? {
        guard let iso, let date = ISO8601.parse(iso) else { return nil }
        return date.timeIntervalSince1970 / 86_400
    }

    func chart() -> HTML {
        struct Row { var story: StoryRecord; var start: Double; var end: Double; var dots: [Double] }
        var rows: [Row] = []
        for story in stories {
            let dots = story.documents.compactMap { Self.days(summaries[$0.document]?.published) }
            let start = Self.days(story.firstPublished) ?? dots.min()
            let end = Self.days(story.lastPublished) ?? dots.max() ?? start
            guard let start, let end else { continue }
            rows.append(Row(story: story, start: min(start, end), end: max(start, end), dots: dots))
        }
        guard !rows.isEmpty else {
            return "<div class=\"notice\">None of these stories has a publication date, so there is no timeline to draw.</div>"
        }
        var lo = rows.map(\.start).min()!, hi = rows.map(\.end).max()!
        if hi - lo < 2 { lo -= 1; hi += 1 }
        let pad = (hi - lo) * 0.03
        lo -= pad
        hi += pad
        let plotWidth = Self.width - 2 * Self.margin
        func x(_ d: Double) -> Double { Self.margin + (d - lo) / (hi - lo) * plotWidth }
        let height = Self.top + Double(rows.count) * Self.rowHeight + 12
        var parts: [HTML] = []
        // Grid and date ticks.
        let ticks = 5
        for i in 0...ticks {
            let d = lo + (hi - lo) * Double(i) / Double(ticks)
            let xi = x(d)
            let label = Components.day(ISO8601.day(Date(timeIntervalSince1970: d * 86_400))) ?? ""
            let anchor = i == 0 ? "start" : i == ticks ? "end" : "middle"
            parts.append(
                "<line class=\"grid\" x1=\"\(Self.fmt(xi))\" y1=\"\(Self.fmt(Self.top - 8))\" x2=\"\(Self.fmt(xi))\" y2=\"\(Self.fmt(height - 6))\"/><text x=\"\(Self.fmt(xi))\" y=\"16\" text-anchor=\"\(anchor)\">\(label)</text>"
            )
        }
        parts.append("<line class=\"axis\" x1=\"\(Self.fmt(Self.margin))\" y1=\"\(Self.fmt(Self.top - 8))\" x2=\"\(Self.fmt(Self.width - Self.margin))\" y2=\"\(Self.fmt(Self.top - 8))\"/>")
        for (i, row) in rows.enumerated() {
            let y = Self.top + Double(i) * Self.rowHeight
            let x1 = x(row.start), x2 = max(x(row.end), x1 + 6)
            let label = row.story.title.count > 90 ? String(row.story.title.prefix(88)) + "…" : row.story.title
            // Labels sit left of the bar's start, or right of it near the left edge, clamped to the chart.
            let labelX = min(max(x1, Self.margin), Self.width - Self.margin)
            let anchor = labelX > Self.width * 0.6 ? "end" : "start"
            let dots = row.dots.map { d -> HTML in "<circle class=\"dot\" cx=\"\(Self.fmt(x(d)))\" cy=\"\(Self.fmt(y + 25))\" r=\"3\"/>" }
            parts.append(
                """
                <a href="\(Paths.story(row.story.id))"><title>\(row.story.title)</title><text x="\(Self.fmt(anchor == "end" ? x2 : labelX))" y="\(Self.fmt(y + 13))" text-anchor="\(anchor)">\(label) (\(row.story.documents.count))</text><rect class="bar" x="\(Self.fmt(x1))" y="\(Self.fmt(y + 19))" width="\(Self.fmt(x2 - x1))" height="12" rx="3"/>\(dots)</a>
                """)
        }
        return """
            <svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(Self.fmt(Self.width)) \(Self.fmt(height))" role="img" aria-label="Stories of this storyline over time">\(parts)</svg>
            """
    }

    static func fmt(_ v: Double) -> String { String(format: "%.1f", v) }
}
