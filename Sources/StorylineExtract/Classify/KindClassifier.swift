import StorylineCore

/// Decides a document's kind (report, analysis, briefing, discussion, aggregator, blog) and
/// whether it is low quality, with reasons added to `warnings`.
///
/// Each kind collects evidence: what the page declares (schema.org type, section, URL path)
/// counts most, then the shape of the text (comment threads, bullet roundups, live-blog
/// timestamps, attributions to other outlets, first-person voice and opinion markers).
/// A kind already set by an earlier pass (the text-dump extractor sees labels that are gone
/// from the clean text) counts as evidence too, so classifying twice keeps it.
public struct KindClassifier: Sendable {
    public init() {}

    /// Sets `kind`, `lowQuality` and adds the reasons to `warnings`.
    public func classify(_ document: inout ExtractedDocument, signals: KindSignals) {
        classify(&document, signals: signals, style: TextStyle(document.blocks))
    }

    /// `classify` with the text's style already measured (it depends only on `document.blocks`):
    /// a pipeline that classifies the same blocks twice measures them once.
    func classify(_ document: inout ExtractedDocument, signals: KindSignals, style: TextStyle) {
        var score = KindScores()
        score[.report] = 1
        if document.kind != .report { score[document.kind] += 2.5 }
        for (kind, weight) in declared(signals) { score[kind] += weight }

        // discussion: a thread of comments that outweighs (or stands in for) the post
        if !document.comments.isEmpty {
            let commentChars = document.comments.reduce(0) { $0 + $1.text.utf8.count }
            if commentChars * 4 >= style.chars || style.chars < 1500 { score[.discussion] += 3 } else { score[.discussion] += 0.5 }
        }
        // briefing: a roundup title, bullets carrying the text, live timestamps
        let title = (document.title ?? "").lowercased()
        let titleBytes = Array(title.utf8)
        if Self.roundupWords.contains(where: { ByteText.contains(titleBytes, $0) }) { score[.briefing] += 2 }
        if style.listItems >= 4 && style.listChars * 10 >= style.chars * 4 { score[.briefing] += 2 }
        if style.timestampedParagraphs >= 3 { score[.briefing] += 2 }
        // aggregator: a summary that attributes what it says to several outlets. The credits
        // must be dense enough to carry the text (at least 4 per 1,000 words): a long report
        // that names five sources along the way is still a report.
        let creditsPerThousandWords = Double(style.outletAttributions) * 1000 / Double(max(style.words, 1))
        if creditsPerThousandWords >= 4 {
            if style.outletAttributions >= 5 { score[.aggregator] += 2.5 } else if style.outletAttributions >= 3 { score[.aggregator] += 1.2 }
        }
        if signals.aggregatorChrome { score[.aggregator] += 1 }
        // analysis: opinion markers and first-person argument
        let words = max(style.words, 1)
        score[.analysis] += min(2, Double(style.opinionMarkers) / 3)
        // blog: personal, informal, unattributed
        var blogCues = 0.0
        if Double(style.firstPersonSingular) / Double(words) > 0.01 { blogCues += 1.5 }
        if style.exclamations >= 2 { blogCues += 1 }
        if style.questions >= 1 && style.words > 0 { blogCues += 0.5 }
        if title.hasSuffix("?") || title.utf8.contains(0x21) { blogCues += 0.5 }
        if blogCues >= 1.5 {
            if document.byline == nil { blogCues += 0.5 }
            if document.publisher == nil { blogCues += 0.5 }
            if signals.snippetItems > 0 { blogCues += 0.5 }
        }
        score[.blog] += blogCues * 0.8

        let order: [DocumentKind] = [.report, .discussion, .briefing, .analysis, .aggregator, .blog]
        var best = DocumentKind.report
        for k in order where score[k] > score[best] { best = k }
        document.kind = best

        QualityAssessor().assess(&document, style: style, signals: signals)
    }

    static let roundupWords = [
        "briefing", "roundup", "round-up", "live:", "live updates", "as it happened", "what we know",
        "at a glance", "key events", "digest", "the latest:", "morning report", "evening report", "recap",
    ].map { Array($0.utf8) }
    static let analysisSections = [
        "opinion", "comment", "analysis", "editorial", "column", "commentary", "views", "perspective", "ideas", "explainer", "essay",
    ].map { Array($0.utf8) }
    static let analysisPathSegments: Set<String> = [
        "opinion", "opinions", "comment", "commentisfree", "analysis", "editorial", "editorials", "column", "columns",
        "columnists", "commentary", "views", "ideas", "perspectives",
    ]

    /// Substring test on UTF-8 bytes (the words are ASCII): Foundation's `String.contains`
    /// bridges to NSString and cost more than the rest of the classifier.
    static func contains(_ hay: [UInt8], _ word: String) -> Bool {
        ByteText.contains(hay, Array(word.utf8))
    }

    /// Evidence from what the page says about itself.
    func declared(_ s: KindSignals) -> [(DocumentKind, Double)] {
        var out: [(DocumentKind, Double)] = []
        for type in s.schemaTypes.map({ $0.lowercased() }) {
            let t = Array(type.utf8)
            func has(_ word: String) -> Bool { Self.contains(t, word) }
            if has("opinion") || has("analysis") || has("review") || has("background") { out.append((.analysis, 3)) }
            if has("liveblog") { out.append((.briefing, 3)) }
            if type == "blogposting" || type == "blog" { out.append((.blog, 2)) }
            if has("discussionforum") || has("socialmediaposting") { out.append((.discussion, 3)) }
            if has("reportage") { out.append((.report, 1)) }
        }
        if let lowered = s.section?.lowercased() {
            let section = Array(lowered.utf8)
            func has(_ word: String) -> Bool { Self.contains(section, word) }
            if Self.analysisSections.contains(where: { ByteText.contains(section, $0) }) { out.append((.analysis, 3)) }
            if has("live") || has("briefing") { out.append((.briefing, 2)) }
            if has("blog") { out.append((.blog, 1.5)) }
            if has("forum") || has("discussion") { out.append((.discussion, 2)) }
        }
        if let path = s.urlPath?.lowercased() {
            // an ASCII path (nearly all) is split on its bytes: the same segments without
            // Character-by-Character splitting
            let segments = path.utf8.allSatisfy({ $0 < 0x80 })
                ? path.utf8.split(separator: 0x2F).map { String(decoding: $0, as: UTF8.self) }
                : path.split(separator: "/").map(String.init)
            if segments.contains(where: { Self.analysisPathSegments.contains($0) }) { out.append((.analysis, 2.5)) }
            if segments.contains("live") || segments.contains(where: { $0.hasPrefix("live-") }) { out.append((.briefing, 2)) }
            if segments.contains(where: { $0 == "blog" || $0 == "blogs" }) { out.append((.blog, 1.5)) }
            if segments.contains("comments") || segments.contains("r") || segments.contains("post") && segments.contains("c") || path.hasPrefix("/item") {
                out.append((.discussion, 1.5))
            }
        }
        if s.linkDensity > 0.5 { out.append((.aggregator, 1)) }
        return out
    }
}

/// Evidence per kind in a fixed array: a `[DocumentKind: Double]` hashed the kind's string
/// raw value at every update, for every document ingested.
struct KindScores {
    private var values = [Double](repeating: 0, count: DocumentKind.allCases.count)

    subscript(kind: DocumentKind) -> Double {
        get { values[Self.slot(kind)] }
        set { values[Self.slot(kind)] = newValue }
    }

    private static func slot(_ kind: DocumentKind) -> Int {
        switch kind {
        case .report: return 0
        case .analysis: return 1
        case .briefing: return 2
        case .discussion: return 3
        case .aggregator: return 4
        case .blog: return 5
        }
    }
}
