import StorylineCore
import StorylineStore

/// Outlets side by side: what each one claims, with the rows where they disagree marked.
/// Rows come from the brief (disagreements, each outlet's angle) and from the numbers the
/// analysis found in each outlet's documents.
struct ComparisonPage {
    var story: StoryRecord
    var brief: Brief?
    var summaries: [String: DocumentSummary]
    /// Stored analyses of the story's documents (documents not analysed are absent).
    var analyses: [String: DocumentAnalysis]

    /// The story's documents' outlets, one name per outlet (`Components.outletNames`).
    let outletNames: [String: String]

    init(story: StoryRecord, brief: Brief?, summaries: [String: DocumentSummary], analyses: [String: DocumentAnalysis]) {
        self.story = story
        self.brief = brief
        self.summaries = summaries
        self.analyses = analyses
        outletNames = Components.outletNames(story.documents.map(\.document), summaries: summaries)
    }

    static let unknownOutlet = "Unknown outlet"
    static let itemsPerCell = 4

    /// One figure or statement an outlet made: what it says, who it is attributed to, and
    /// the sentences it was cited from.
    struct Item {
        var value: HTML
        var who: String?
        var citations: [Citation] = []
    }

    struct Row {
        var label: String
        var note: String?
        var cells: [String: [Item]]
        var disagree: Bool
    }

    func outlet(of document: String) -> String {
        outletNames[document] ?? Self.unknownOutlet
    }

    func outlet(of citation: Citation) -> String {
        if summaries[citation.document] != nil { return outlet(of: citation.document) }
        return citation.publisher.flatMap { $0.isEmpty ? nil : $0 } ?? Self.unknownOutlet
    }

    var columns: [String] {
        let originals = story.documents.filter { $0.duplicateOf == nil }.map(\.document)
        var names = Components.outlets(originals, summaries: summaries)
        if originals.contains(where: { outletNames[$0] == nil }) {
            names.append(Self.unknownOutlet)
        }
        return names
    }

    func rows() -> [Row] {
        var rows: [Row] = []
        var documentsPerOutlet: [String: Int] = [:]
        var kindsPerOutlet: [String: Set<String>] = [:]
        for member in story.documents where member.duplicateOf == nil {
            let o = outlet(of: member.document)
            documentsPerOutlet[o, default: 0] += 1
            if let k = summaries[member.document]?.kind { kindsPerOutlet[o, default: []].insert(k.rawValue) }
        }
        rows.append(Row(label: "Documents", note: nil, cells: documentsPerOutlet.mapValues { [Item(value: "\($0)")] }, disagree: false))
        rows.append(
            Row(
                label: "Kind", note: nil, cells: kindsPerOutlet.mapValues { [Item(value: "\($0.sorted().joined(separator: ", "))")] },
                disagree: false))

        if let brief {
            for d in brief.disagreements {
                var cells: [String: [Item]] = [:]
                for c in d.claims {
                    let o = c.sentence.citations.first.map(outlet(of:)) ?? Self.unknownOutlet
                    cells[o, default: []].append(Item(value: "\(c.value)", who: c.attributedTo, citations: c.sentence.citations))
                }
                rows.append(Row(label: d.subject, note: "sources disagree", cells: cells, disagree: true))
            }
        }

        // Numbers per thing counted, from each outlet's analysed documents.
        var numbers: [String: [String: [(value: Double, text: String, who: String?)]]] = [:]
        for member in story.documents where member.duplicateOf == nil {
            guard let analysis = analyses[member.document] else { continue }
            let o = outlet(of: member.document)
            for claim in analysis.claims where !claim.counts.isEmpty {
                let text = claim.displayValue
                numbers[claim.counts, default: [:]][o, default: []].append((claim.value, text, claim.attributedTo))
            }
        }
        let subjects = numbers.keys.sorted { a, b in
            let na = numbers[a]!.count, nb = numbers[b]!.count
            return na != nb ? na > nb : a < b
        }
        for subject in subjects.prefix(20) {
            let byOutlet = numbers[subject]!
            let values = Set(byOutlet.values.flatMap { $0.map(\.value) })
            var cells: [String: [Item]] = [:]
            for (o, claims) in byOutlet {
                var seen: Set<String> = []
                for c in claims where seen.insert(c.text + (c.who ?? "")).inserted {
                    cells[o, default: []].append(Item(value: "\(c.text)", who: c.who))
                }
            }
            let disagree = values.count > 1 && byOutlet.count > 1
            rows.append(Row(label: subject, note: disagree ? "figures differ" : nil, cells: cells, disagree: disagree))
        }

        if let brief, !brief.whatThePapersSay.isEmpty {
            var cells: [String: [Item]] = [:]
            for coverage in brief.whatThePapersSay {
                if let first = coverage.sentences.first {
                    cells[coverage.publisher, default: []].append(Item(value: "\(first.text)", citations: first.citations))
                }
            }
            rows.append(Row(label: "Angle", note: nil, cells: cells, disagree: false))
        }
        return rows
    }

    /// A cell: equal values once, with how many times and by whom they were stated, and
    /// numbered links to the cited sentences — many documents of one outlet (or of unknown
    /// outlets) would otherwise make a row as tall as a page.
    static func cell(_ items: [Item], outlet: String? = nil) -> HTML {
        var order: [[UInt8]] = []
        var groups: [[UInt8]: [Item]] = [:]
        for item in items {
            if groups[item.value.bytes] == nil { order.append(item.value.bytes) }
            groups[item.value.bytes, default: []].append(item)
        }
        let shown = order.prefix(itemsPerCell).map { key -> HTML in
            let group = groups[key]!
            let times: HTML = group.count > 1 ? " <span class=\"meta\">×\(group.count)</span>" : .empty
            var names: [String] = []
            // "(The Gazette)" under The Gazette's own column says nothing.
            for who in group.compactMap(\.who) where !names.contains(who) && who != outlet { names.append(who) }
            let who: HTML = names.isEmpty ? .empty : " <span class=\"meta\">(\(names.prefix(3).joined(separator: ", "))\(names.count > 3 ? "…" : ""))</span>"
            var citations: [Citation] = []
            for c in group.flatMap(\.citations) where !citations.contains(c) { citations.append(c) }
            let links = citations.prefix(3).enumerated().map { i, c -> HTML in
                "<a href=\"\(Paths.document(c.document, highlight: c.quote))\" title=\"\(c.quote)\">[\(i + 1)]</a>"
            }
            let cites: HTML = links.isEmpty ? .empty : " <span class=\"cites\">\(links)</span>"
            return "<strong>\(HTML(bytes: key))</strong>\(times)\(who)\(cites)"
        }
        let more: HTML = order.count > itemsPerCell ? "<br><span class=\"meta\">and \(order.count - itemsPerCell) more</span>" : .empty
        return "\(shown.joined(separator: "<br>"))\(more)"
    }

    func render() -> HTML {
        let columns = self.columns
        let rows = self.rows()
        // Outlets that only the brief names (reprints credited to the original, say) get a column too.
        var allColumns = columns
        for row in rows { for o in row.cells.keys.sorted() where !allColumns.contains(o) { allColumns.append(o) } }
        let head = allColumns.map { "<th scope=\"col\">\($0)</th>" as HTML }
        let bodyRows = rows.map { row -> HTML in
            let cells = allColumns.map { o -> HTML in
                guard let items = row.cells[o], !items.isEmpty else { return "<td class=\"empty\">—</td>" }
                return "<td>\(Self.cell(items, outlet: o))</td>"
            }
            let note: HTML = row.note.map { "<div class=\"meta\">\($0)</div>" } ?? .empty
            let cls: HTML = row.disagree ? " class=\"disagree\"" : .empty
            return "<tr\(cls)><th scope=\"row\">\(row.label)\(note)</th>\(cells)</tr>"
        }
        let title = brief?.title ?? story.title
        var notes: [HTML] = []
        if brief == nil { notes.append("<div class=\"notice\">No brief has been written for this story yet, so disagreements and angles are not shown; the figures below come from each document’s analysis.</div>") }
        if analyses.isEmpty { notes.append("<div class=\"notice\">None of this story’s documents has been analysed yet, so no reported figures can be compared.</div>") }
        let body: HTML = """
            \(Components.crumbs([("Stories", Paths.home), (title, Paths.story(story.id))]))<h1>Compare sources</h1><p class="meta">\(title)</p>\(Components.storyTabs(story, current: "Compare sources"))\(notes)
            <p class="meta">Rows where outlets report different figures or the brief found conflicting claims are highlighted.</p>
            <div class="tablewrap"><table><thead><tr><th scope="col">Claim</th>\(head)</tr></thead><tbody>\(bodyRows)</tbody></table></div>
            """
        return PageShell.render(title: "Compare sources: \(title)", body: body)
    }
}
