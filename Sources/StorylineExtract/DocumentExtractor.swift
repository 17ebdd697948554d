import StorylineCore

/// The Extract stage's entry point: a raw document in, clean text and metadata out.
/// HTML goes through the HTML pipeline, text and Markdown through the text-dump pipeline;
/// both end with the kind and quality classifier.
public struct DocumentExtractor: Sendable {
    public init() {}

    public func extract(_ raw: RawDocument) -> ExtractedDocument {
        var doc: ExtractedDocument
        var signals = KindSignals()
        switch raw.format {
        case .html:
            (doc, signals) = HTMLArticleExtractor.extract(raw.content)
        case .text, .markdown:
            doc = TextDumpExtractor().extract(raw.content)
        }
        doc.apply(hints: raw.hints)
        if signals.urlPath == nil, let url = doc.url { signals.urlPath = URLPath.path(of: url) }
        KindClassifier().classify(&doc, signals: signals)
        doc.warnings = raw.warnings + doc.warnings
        return doc
    }
}

extension ExtractedDocument {
    /// Fills what the document itself did not say from what its container said.
    mutating func apply(hints: DocumentHints) {
        if title?.isEmpty ?? true { title = hints.title }
        if url == nil { url = hints.url }
        if publisher == nil { publisher = hints.publisher }
        if byline == nil { byline = hints.author }
        if published == nil { published = hints.published }
        if language == nil { language = hints.language }
    }
}

/// The path part of a URL, without scheme, host, query or fragment.
enum URLPath {
    static func path(of url: String) -> String? {
        guard let schemeEnd = url.range(of: "://") else { return url.hasPrefix("/") ? url : nil }
        let rest = url[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        let path = rest[slash...]
        let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? path.endIndex
        return String(path[..<end])
    }
}
