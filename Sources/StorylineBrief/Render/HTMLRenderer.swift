import StorylineCore

/// The brief as one self-contained HTML page: inline CSS, no scripts, no external assets.
/// Each brief sentence links to numbered footnotes that quote the cited source sentence
/// (the link's tooltip shows it too); "How we got here" has an inline SVG timeline.
/// Every piece of document text is escaped, in text, attributes and URLs.
public enum HTMLRenderer {
    public static func render(_ brief: Brief) -> String {
        let numbering = CitationNumbering(brief)
        let h = Escaping.html
        func refs(_ citations: [Citation]) -> String {
            citations.map { c in
                let n = numbering.number(c)
                let tip = h((c.publisher ?? "Source") + ": " + c.quote)
                return "<sup class=\"ref\"><a href=\"#c\(n)\" title=\"\(tip)\">\(n)</a></sup>"
            }.joined()
        }
        func sentence(_ s: BriefSentence) -> String { "<span class=\"s\">\(h(s.text))\(refs(s.citations))</span>" }
        let documentsByID = Dictionary(brief.documents.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

        var body = ""
        body += "<header><p class=\"kicker\">Storyline brief</p><h1>\(h(brief.title))</h1>"
        body += "<p class=\"meta\">Updated \(h(brief.updated)) · \(h(SourceCount.phrase(brief.documents)))</p></header>"

        if !brief.whatHappened.isEmpty {
            body += "<section id=\"happened\"><h2>What’s happened</h2><p class=\"lead\">"
            body += brief.whatHappened.map(sentence).joined(separator: " ") + "</p></section>"
        }
        if !brief.behindTheHeadline.isEmpty {
            body += "<section id=\"behind\"><h2>What’s behind the headline</h2><p>"
            body += brief.behindTheHeadline.map(sentence).joined(separator: " ") + "</p></section>"
        }
        if !brief.whatThePapersSay.isEmpty {
            body += "<section id=\"papers\"><h2>What the papers say</h2>"
            for o in brief.whatThePapersSay {
                let reaction = o.kind == .discussion
                let reprints = brief.documents.filter { d in
                    guard let original = d.duplicateOf.flatMap({ documentsByID[$0] }) else { return false }
                    return original.publisher == o.publisher && d.publisher != nil && d.publisher != o.publisher
                }.compactMap(\.publisher)
                body += "<div class=\"outlet\(reaction ? " reaction" : "")\"><h3>\(h(o.publisher))"
                body += " <span class=\"tag\">\(reaction ? "public reaction" : h(o.kind.rawValue))</span></h3>"
                body += "<p>" + o.sentences.map(sentence).joined(separator: " ") + "</p>"
                if !reprints.isEmpty {
                    body += "<p class=\"note\">Also carried by " + Set(reprints).sorted().map(h).joined(separator: ", ") + " (reprint).</p>"
                }
                body += "</div>"
            }
            body += "</section>"
        }
        if !brief.disagreements.isEmpty {
            body += "<section id=\"disagree\"><h2>Where sources disagree</h2>"
            for d in brief.disagreements {
                body += "<div class=\"dispute\"><h3>\(h(d.subject))</h3><table><thead><tr><th>Claim</th><th>Who says so</th><th>Where</th></tr></thead><tbody>"
                for c in d.claims {
                    let outlet = c.sentence.citations.first?.publisher ?? ""
                    body += "<tr><td class=\"value\">\(h(c.value))</td><td>\(h(c.attributedTo ?? "—"))"
                    body += "<div class=\"quote\">\(sentence(c.sentence))</div></td><td>\(h(outlet))</td></tr>"
                }
                body += "</tbody></table>"
                if let basis = d.basis { body += "<p class=\"note\">Why these are set side by side: \(h(basis))</p>" }
                body += "</div>"
            }
            body += "</section>"
        }
        if !brief.howWeGotHere.isEmpty {
            body += "<section id=\"timeline\"><h2>How we got here</h2>"
            body += TimelineSVG.render(brief.howWeGotHere)
            body += "<ol class=\"events\">"
            for (i, t) in brief.howWeGotHere.enumerated() {
                body += "<li id=\"t\(i + 1)\"><time>\(h(t.date))</time> \(sentence(t.sentence))</li>"
            }
            body += "</ol></section>"
        }
        if !brief.goDeeper.isEmpty {
            body += "<section id=\"deeper\"><h2>Go deeper</h2><ul class=\"questions\">"
            for q in brief.goDeeper {
                let answers = q.citations.map { c in
                    "<li>\(h(c.quote))\(refs([c]))</li>"
                }.joined()
                body += "<li><details><summary>\(h(q.question))</summary><ul class=\"answers\">\(answers)</ul></details></li>"
            }
            body += "</ul></section>"
        }
        if !brief.topics.isEmpty {
            body += "<section id=\"topics\"><h2>More on these topics</h2><div class=\"cards\">"
            for t in brief.topics {
                body += "<div class=\"card\"><h3>\(h(t.name))</h3><p class=\"tag\">\(TopicText.typeName(t.type)) · \(t.mentions) mentions</p>"
                if let d = t.description { body += "<p>\(h(d))</p>" }
                if !t.aliases.isEmpty { body += "<p class=\"aliases\">Also: \(t.aliases.map(h).joined(separator: ", "))</p>" }
                body += "</div>"
            }
            body += "</div><p class=\"note\">Descriptions from WordNet 3.0, © Princeton University.</p></section>"
        }
        if !numbering.ordered.isEmpty {
            body += "<section id=\"sources\"><h2>Sources cited</h2><ol class=\"footnotes\">"
            for (i, c) in numbering.ordered.enumerated() {
                let doc = documentsByID[c.document]
                var link = h(doc?.title ?? c.document)
                if let url = Escaping.safeURL(doc?.url) { link = "<a href=\"\(url)\" rel=\"noopener noreferrer nofollow\">\(link)</a>" }
                body += "<li id=\"c\(i + 1)\"><blockquote>\(h(c.quote))</blockquote>"
                body += "<p class=\"cite\">— \(h(c.publisher ?? "Unknown outlet")), \(link)</p></li>"
            }
            body += "</ol></section>"
        }
        body += "<section id=\"documents\"><h2>All documents</h2><ul class=\"docs\">"
        for d in brief.documents {
            var title = h(d.title ?? "Untitled")
            if let url = Escaping.safeURL(d.url) { title = "<a href=\"\(url)\" rel=\"noopener noreferrer nofollow\">\(title)</a>" }
            var line = "<li><b>\(h(d.publisher ?? "Unknown outlet"))</b> · \(title) <span class=\"tag\">\(h(d.kind.rawValue))</span>"
            if let p = d.published { line += " <time>\(h(p))</time>" }
            if let dup = d.duplicateOf {
                line += " <span class=\"note\">reprint of \(h(documentsByID[dup]?.publisher ?? dup))</span>"
            }
            body += line + "</li>"
        }
        body += "</ul></section>"
        return page(title: brief.title, body: body)
    }

    static func page(title: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
        <title>\(Escaping.html(title))</title>
        <style>\(style)</style></head>
        <body><main>\(body)</main></body></html>

        """
    }

    static let style = """
        :root{--ink:#1d2129;--muted:#5f6673;--line:#e3e6eb;--accent:#1f5fbf;--bg:#fbfbfa;--soft:#f1f4f8}
        *{box-sizing:border-box}
        body{margin:0;background:var(--bg);color:var(--ink);font:17px/1.6 Georgia,'Times New Roman',serif}
        main{max-width:780px;margin:0 auto;padding:32px 20px 64px}
        h1{font-size:2rem;line-height:1.2;margin:.2em 0 .3em}
        h2{font:600 .85rem/1.2 system-ui,sans-serif;letter-spacing:.08em;text-transform:uppercase;color:var(--muted);border-top:2px solid var(--ink);padding-top:10px;margin:2.2em 0 .8em}
        h3{font:600 1.02rem/1.3 system-ui,sans-serif;margin:0 0 .3em}
        .kicker,.meta,.tag,.note,.cite,time{font-family:system-ui,sans-serif}
        .kicker{color:var(--accent);font-weight:600;font-size:.8rem;letter-spacing:.08em;text-transform:uppercase;margin:0}
        .meta{color:var(--muted);font-size:.85rem;margin:0}
        .lead{font-size:1.12rem}
        sup.ref{font:600 .68rem system-ui,sans-serif;margin-left:1px}
        sup.ref a{color:var(--accent);text-decoration:none;padding:0 2px;border-radius:3px;background:var(--soft)}
        a{color:var(--accent)}
        .tag{display:inline-block;font-size:.72rem;font-weight:500;color:var(--muted);background:var(--soft);border-radius:10px;padding:1px 8px;vertical-align:middle}
        .outlet{border-left:3px solid var(--line);padding:2px 0 2px 14px;margin:0 0 18px}
        .outlet p{margin:.2em 0}
        .reaction{border-left-color:#c9a227}
        .note{color:var(--muted);font-size:.82rem}
        table{width:100%;border-collapse:collapse;font-size:.95rem;margin-bottom:18px}
        th{font:600 .75rem system-ui,sans-serif;text-transform:uppercase;letter-spacing:.05em;color:var(--muted);text-align:left;border-bottom:1px solid var(--line);padding:6px}
        td{vertical-align:top;border-bottom:1px solid var(--line);padding:8px 6px}
        td.value{font:700 1.05rem system-ui,sans-serif;white-space:nowrap;color:#a4262c}
        .quote{color:var(--muted);font-size:.9rem;margin-top:4px}
        svg.timeline{width:100%;height:auto;margin:4px 0 10px}
        svg .axis{stroke:#9aa3af;stroke-width:2}
        svg .dot{fill:var(--accent);stroke:#fff;stroke-width:2}
        svg .label{font:12px system-ui,sans-serif;fill:var(--ink)}
        ol.events{list-style:none;padding:0;margin:0}
        ol.events li{padding:6px 0 6px 120px;position:relative;border-bottom:1px dotted var(--line)}
        ol.events time{position:absolute;left:0;top:7px;font-weight:600;font-size:.85rem;color:var(--accent)}
        .questions{list-style:none;padding:0}
        .questions>li{border:1px solid var(--line);border-radius:8px;background:#fff;margin:0 0 10px;padding:10px 14px}
        summary{cursor:pointer;font:600 1rem system-ui,sans-serif}
        .answers{margin:.5em 0 0;padding-left:1.2em;color:var(--muted);font-size:.95rem}
        .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(220px,1fr));gap:12px}
        .card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 14px;font-size:.92rem}
        .card p{margin:.3em 0}
        .aliases{color:var(--muted);font-size:.82rem}
        .footnotes{font-size:.88rem;padding-left:1.6em}
        .footnotes li{margin:0 0 10px}
        .footnotes li:target{background:#fff6d6;outline:2px solid #f0d36b}
        blockquote{margin:0;font-style:italic}
        .cite{margin:2px 0 0;color:var(--muted);font-size:.8rem}
        .docs{font-size:.88rem;padding-left:1.2em}
        @media (prefers-color-scheme: dark){:root{--ink:#e6e8eb;--muted:#a3abb7;--line:#333a44;--bg:#14171c;--soft:#232a34}.card,.questions>li{background:#1b2027}.footnotes li:target{background:#3a3420}}
        """
}
