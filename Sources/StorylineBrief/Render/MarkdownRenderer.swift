import StorylineCore

/// The brief as Markdown: sections as headings, citations as numbered footnotes that quote
/// the source sentence. All document text is escaped.
public enum MarkdownRenderer {
    public static func render(_ brief: Brief) -> String {
        let numbering = CitationNumbering(brief)
        let e = Escaping.markdown
        func refs(_ citations: [Citation]) -> String {
            citations.map { "[^\(numbering.number($0))]" }.joined()
        }
        func line(_ s: BriefSentence) -> String { e(s.text) + refs(s.citations) }
        var out: [String] = []
        out.append("# " + e(brief.title))
        out.append("")
        out.append("*Updated \(brief.updated) · \(SourceCount.phrase(brief.documents)) · storyline \(e(brief.storyline))*")
        func section(_ title: String, _ body: [String]) {
            guard !body.isEmpty else { return }
            out.append("")
            out.append("## " + title)
            out.append("")
            out += body
        }
        section("What's happened", brief.whatHappened.isEmpty ? [] : [brief.whatHappened.map(line).joined(separator: " ")])
        section("What's behind the headline", brief.behindTheHeadline.isEmpty ? [] : [brief.behindTheHeadline.map(line).joined(separator: " ")])
        section(
            "What the papers say",
            brief.whatThePapersSay.map { o in
                let label = o.kind == .discussion ? "public reaction" : o.kind.rawValue
                return "- **\(e(o.publisher))** (\(label)): " + o.sentences.map(line).joined(separator: " ")
            })
        var disagreements: [String] = []
        for d in brief.disagreements {
            disagreements.append("- **\(e(d.subject))**")
            for c in d.claims {
                let who = c.attributedTo.map { " — " + e($0) } ?? ""
                disagreements.append("  - **\(e(c.value))**\(who): \(line(c.sentence))")
            }
            if let basis = d.basis { disagreements.append("  - *Why these are set side by side: \(e(basis))*") }
        }
        section("Where sources disagree", disagreements)
        section("How we got here", brief.howWeGotHere.map { "- **\(e($0.date))** — " + line($0.sentence) })
        section("Go deeper", brief.goDeeper.map { "- " + e($0.question) + " " + refs($0.citations) })
        section(
            "More on these topics",
            brief.topics.map { t in
                var parts = "- **\(e(t.name))** (\(TopicText.typeName(t.type)), \(t.mentions) mentions"
                if !t.aliases.isEmpty { parts += "; also " + t.aliases.map(e).joined(separator: ", ") }
                parts += ")"
                if let d = t.description { parts += ": " + e(d) }
                return parts
            })
        section(
            "Sources",
            brief.documents.map { d in
                var s = "- " + e(d.publisher ?? "Unknown outlet") + ", " + e(d.title ?? "Untitled") + " (\(d.kind.rawValue)"
                if let p = d.published { s += ", " + e(p) }
                if let dup = d.duplicateOf {
                    s += ", reprint of " + e(brief.documents.first { $0.id == dup }?.publisher ?? dup)
                }
                s += ") `" + d.id.filter { $0.isLetter || $0.isNumber } + "`"
                return s
            })
        if !numbering.ordered.isEmpty {
            out.append("")
            for (i, c) in numbering.ordered.enumerated() {
                out.append("[^\(i + 1)]: " + e(c.publisher ?? "Unknown outlet") + ": “" + e(c.quote) + "”")
            }
        }
        out.append("")
        return out.joined(separator: "\n")
    }
}

/// Words shared by the renderers.
enum TopicText {
    static func typeName(_ t: EntityType) -> String {
        switch t {
        case .person: return "person"
        case .organization: return "organization"
        case .location: return "place"
        case .group: return "group"
        case .misc: return "topic"
        }
    }
}
