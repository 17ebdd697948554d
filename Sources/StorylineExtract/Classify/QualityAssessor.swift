import StorylineCore

/// Flags low-quality documents with reasons: snippet lists about other events, clickbait or
/// rhetorical headlines, very thin text, pages that are mostly boilerplate. Strong reasons
/// flag alone; weak ones need company. Flags, never drops.
struct QualityAssessor: Sendable {
    static let clickbait = PhraseSet([
        "what could possibly go wrong", "you won't believe", "you wont believe", "won't believe", "here's why",
        "here is why", "this is why", "what happens next", "will shock you", "shocking", "mind-blowing", "jaw-dropping",
        "the reason will", "find out", "you need to know", "is this the end", "goes viral", "breaks the internet",
        "what you need to know", "must see", "must-see", "unbelievable",
    ])

    func assess(_ doc: inout ExtractedDocument, style: TextStyle, signals: KindSignals) {
        var strong: [String] = []
        var weak: [String] = []
        if signals.snippetItems >= 3 {
            strong.append("low quality: followed by a list of \(signals.snippetItems) search snippets about other events (removed)")
        }
        if style.words < 80 && doc.comments.isEmpty {
            strong.append("low quality: very thin text (\(style.words) words)")
        } else if style.words < 200 && doc.comments.isEmpty {
            weak.append("thin text (\(style.words) words)")
        }
        let title = Array((doc.title ?? "").lowercased().utf8)
        if Self.clickbait.occurs(in: title) {
            weak.append("clickbait headline")
            if title.last == 0x3F { weak.append("rhetorical question headline") }
        } else if title.last == 0x3F && title.count > 0 {
            weak.append("question headline")
        }
        if style.exclamations >= 2 && style.words < 2_000 { weak.append("exclamations in the text") }
        if signals.boilerplateShare > 0.6 { weak.append("boilerplate is \(Int(signals.boilerplateShare * 100))% of the page") }
        if doc.kind == .blog && doc.byline == nil && doc.published == nil { weak.append("no byline or date") }

        let low = !strong.isEmpty || weak.count >= 2
        var reasons = strong
        if low { reasons += weak.map { "low quality: " + $0 } }
        doc.lowQuality = doc.lowQuality || low
        for r in reasons where !doc.warnings.contains(r) { doc.warnings.append(r) }
        if doc.kind == .discussion, let date = doc.published { ForumThreadParser.resolveAges(&doc.comments, reference: date) }
    }
}
