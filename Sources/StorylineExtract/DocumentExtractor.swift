import Foundation
import StorylineCore

/// The Extract stage's entry point: a raw document in, clean text and metadata out.
/// HTML goes through the HTML pipeline; text and Markdown through the text-dump pipeline,
/// except text that a structured record (JSON Lines, a feed) supplies with its own title,
/// which is article text rather than a page dump; all end with the kind and quality classifier.
public struct DocumentExtractor: Sendable {
    public init() {}

    public func extract(_ raw: RawDocument) -> ExtractedDocument {
        var doc: ExtractedDocument
        var signals = KindSignals()
        switch raw.format {
        case .html:
            (doc, signals) = HTMLArticleExtractor.extract(raw.content)
        case .text where raw.hints.title != nil:
            doc = RecordTextExtractor.extract(raw.content, title: raw.hints.title)
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

/// Article text from a structured record: the exporter already separated metadata from the
/// body, so every paragraph is kept (a page-dump cleaner would drop short closing lines).
/// A first paragraph that repeats the record's title is the headline, not body text (unless
/// it is the only text the record has).
enum RecordTextExtractor {
    static func extract(_ text: String, title: String?) -> ExtractedDocument {
        var paragraphs: [String] = []
        var current: [Substring] = []
        func flush() {
            if !current.isEmpty { paragraphs.append(current.joined(separator: " ")) }
            current.removeAll()
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = Self.trimmingWhitespace(line)
            if trimmed.isEmpty { flush() } else { current.append(Substring(trimmed)) }
        }
        flush()
        if paragraphs.count > 1, let title, let first = paragraphs.first,
            first.lowercased() == title.trimmingCharacters(in: .whitespaces).lowercased()
        {
            paragraphs.removeFirst()
        }
        return ExtractedDocument(title: title, blocks: paragraphs.map { TextBlock($0) })
    }

    /// `trimmingCharacters(in: .whitespaces)` on the line's scalars, without bridging to NSString
    /// (which copied every line of every record through UTF-16).
    static func trimmingWhitespace(_ line: Substring) -> String {
        let scalars = line.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end && CharacterSet.whitespaces.contains(scalars[start]) { scalars.formIndex(after: &start) }
        while end > start {
            let before = scalars.index(before: end)
            if !CharacterSet.whitespaces.contains(scalars[before]) { break }
            end = before
        }
        return String(scalars[start..<end])
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
