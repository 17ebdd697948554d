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
        // the blocks' style, when an earlier pass measured it (classification never changes blocks)
        var style: TextStyle?
        switch raw.format {
        case .html:
            (doc, signals) = HTMLArticleExtractor.extract(raw.content)
        case .text where raw.hints.title != nil:
            doc = RecordTextExtractor.extract(raw.content, title: raw.hints.title)
        case .text, .markdown:
            // the dump's own signals were used by its first classification; this one sees the hints
            (doc, _, style) = TextDumpExtractor().extractWithStyle(raw.content)
        }
        doc.apply(hints: raw.hints)
        if signals.urlPath == nil, let url = doc.url { signals.urlPath = URLPath.path(of: url) }
        KindClassifier().classify(&doc, signals: signals, style: style ?? TextStyle(doc.blocks))
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
        var paragraphs = byteParagraphs(text) ?? characterParagraphs(text)
        if paragraphs.count > 1, let title, let first = paragraphs.first,
            first.lowercased() == title.trimmingCharacters(in: .whitespaces).lowercased()
        {
            paragraphs.removeFirst()
        }
        return ExtractedDocument(title: title, blocks: paragraphs.map { TextBlock($0) })
    }

    /// Paragraphs read over the UTF-8 bytes: lines trimmed of spaces and tabs, blank lines
    /// between paragraphs, a paragraph's lines joined by one space. Nil for text this reading
    /// could get wrong (a carriage return, which `Character` splitting keeps with its line
    /// feed, or a non-ASCII space at a line's edge); `characterParagraphs` reads those.
    static func byteParagraphs(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { p -> [String]? in
            let n = p.count
            var paragraphs: [String] = []
            var current: [UInt8] = []
            var i = 0
            while i <= n {
                var e = i
                while e < n && p[e] != 0x0A {
                    if p[e] == 0x0D { return nil }
                    e += 1
                }
                var s = i
                var t = e
                while s < t && (p[s] == 0x20 || p[s] == 0x09) { s += 1 }
                while t > s && (p[t - 1] == 0x20 || p[t - 1] == 0x09) { t -= 1 }
                if s < t && (p[s] >= 0x80 || p[t - 1] >= 0x80) {
                    if Self.isUnicodeSpace(p, start: s) { return nil }
                    var last = t - 1
                    while last > s && p[last] & 0xC0 == 0x80 { last -= 1 }
                    if Self.isUnicodeSpace(p, start: last) { return nil }
                }
                if s == t {
                    if !current.isEmpty { paragraphs.append(String(decoding: current, as: UTF8.self)) }
                    current.removeAll(keepingCapacity: true)
                } else {
                    if !current.isEmpty { current.append(0x20) }
                    current.append(contentsOf: UnsafeBufferPointer(rebasing: p[s..<t]))
                }
                i = e + 1
            }
            if !current.isEmpty { paragraphs.append(String(decoding: current, as: UTF8.self)) }
            return paragraphs
        }
    }

    /// Whether the scalar starting at `start` is a non-ASCII space separator (Unicode Zs).
    static func isUnicodeSpace(_ p: UnsafeBufferPointer<UInt8>, start: Int) -> Bool {
        let n = p.count
        let b0 = p[start]
        if b0 == 0xC2 { return start + 1 < n && p[start + 1] == 0xA0 }
        guard b0 == 0xE1 || b0 == 0xE2 || b0 == 0xE3, start + 2 < n else { return false }
        let b1 = p[start + 1], b2 = p[start + 2]
        switch b0 {
        case 0xE1: return b1 == 0x9A && b2 == 0x80  // U+1680
        case 0xE2: return (b1 == 0x80 && (b2 <= 0x8A || b2 == 0xAF)) || (b1 == 0x81 && b2 == 0x9F)  // U+2000–200A, 202F, 205F
        default: return b1 == 0x80 && b2 == 0x80  // U+3000
        }
    }

    static func characterParagraphs(_ text: String) -> [String] {
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
        return paragraphs
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
        if url.utf8.allSatisfy({ $0 < 0x80 }) { return asciiPath(of: url) }
        guard let schemeEnd = url.range(of: "://") else { return url.hasPrefix("/") ? url : nil }
        let rest = url[schemeEnd.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        let path = rest[slash...]
        let end = path.firstIndex(where: { $0 == "?" || $0 == "#" }) ?? path.endIndex
        return String(path[..<end])
    }

    /// `path(of:)` of an ASCII URL on its bytes (nearly every URL): the same answer without
    /// Foundation's search, which bridged each document's URL to NSString.
    static func asciiPath(of url: String) -> String? {
        let u = Array(url.utf8)
        guard let schemeEnd = ByteText.firstIndex(of: [0x3A, 0x2F, 0x2F], in: u, from: 0) else {
            return u.first == 0x2F ? url : nil
        }
        guard let slash = u[(schemeEnd + 3)...].firstIndex(of: 0x2F) else { return "/" }
        let end = u[slash...].firstIndex(where: { $0 == 0x3F || $0 == 0x23 }) ?? u.count
        return ByteText.string(u[slash..<end])
    }
}
