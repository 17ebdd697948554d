import Foundation
import StorylineCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// One item of a feed before it becomes a document.
struct FeedItem {
    var id: String?
    var title: String?
    var link: String?
    var date: String?
    var author: String?
    var summary: String?
    var content: String?
    /// Atom's `type` of the content/summary ("text" means not markup).
    var contentIsText = false
}

/// Reads RSS 2.0 (and RSS 1.0/RDF) and Atom 1.0 feeds: each item becomes a document, with
/// its full content when present, else its summary, plus link, date and author. A feed that
/// breaks off keeps the items read before the break and reports where it broke.
enum FeedReader {
    static func readXML(_ text: String, location: String) -> ReadResult {
        let delegate = FeedParserDelegate()
        let parser = XMLParser(data: Data(text.utf8))
        parser.shouldProcessNamespaces = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        let ok = parser.parse()
        var result = documents(from: delegate.items, feedTitle: delegate.feedTitle, location: location)
        // libxml2 may accept a feed that simply stops; an unclosed root element says it broke off.
        if !ok || !delegate.sawRoot || !delegate.closedRoot {
            let line = parser.lineNumber
            let reason = parser.parserError.map { ($0 as NSError).localizedDescription } ?? "unknown error"
            result.failures.append(
                IngestFailure(
                    origin: DocumentOrigin(location: location),
                    message:
                        "feed is truncated or malformed near line \(line) (\(reason)); \(delegate.items.count) complete item(s) read"
                ))
        }
        if ok, delegate.sawRoot, delegate.items.isEmpty {
            result.failures.append(IngestFailure(origin: DocumentOrigin(location: location), message: "feed has no items"))
        }
        return result
    }

    /// JSON Feed 1.0/1.1.
    static func readJSONFeed(_ bytes: [UInt8], location: String) -> ReadResult {
        let origin = DocumentOrigin(location: location)
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)), let feed = object as? [String: Any] else {
            return ReadResult(failures: [IngestFailure(origin: origin, message: "not a valid JSON Feed (not a JSON object)")])
        }
        guard let rawItems = feed["items"] as? [Any] else {
            return ReadResult(failures: [IngestFailure(origin: origin, message: "JSON Feed has no \"items\" array")])
        }
        var items: [FeedItem] = []
        var result = ReadResult()
        for (index, raw) in rawItems.enumerated() {
            guard let entry = raw as? [String: Any] else {
                result.failures.append(IngestFailure(origin: DocumentOrigin(location: location, item: index + 1), message: "item is not an object"))
                items.append(FeedItem())
                continue
            }
            var item = FeedItem()
            item.id = (entry["id"] as? String) ?? (entry["id"] as? NSNumber)?.stringValue
            item.title = entry["title"] as? String
            item.link = (entry["url"] as? String) ?? (entry["external_url"] as? String)
            item.date = (entry["date_published"] as? String) ?? (entry["date_modified"] as? String)
            let authors = (entry["authors"] as? [[String: Any]]) ?? ((entry["author"] as? [String: Any]).map { [$0] } ?? [])
            item.author = authors.compactMap { $0["name"] as? String }.joined(separator: ", ").nilIfEmpty
            if let html = entry["content_html"] as? String, !html.isEmpty {
                item.content = html
            } else if let text = entry["content_text"] as? String, !text.isEmpty {
                item.content = text
                item.contentIsText = true
            } else if let summary = entry["summary"] as? String {
                item.summary = summary
                item.contentIsText = !MarkupSniffer.looksLikeMarkup(summary)
            }
            items.append(item)
        }
        let read = documents(from: items, feedTitle: feed["title"] as? String, location: location)
        result.documents += read.documents
        result.failures += read.failures
        return result
    }

    static func documents(from items: [FeedItem], feedTitle: String?, location: String) -> ReadResult {
        var result = ReadResult()
        for (index, item) in items.enumerated() {
            let origin = DocumentOrigin(location: location, item: index + 1)
            guard let body = (item.content ?? item.summary).map(TextTrim.whitespaceAndNewlines), !body.isEmpty
            else {
                if item.title != nil || item.link != nil {
                    result.failures.append(IngestFailure(origin: origin, message: "feed item has neither content nor summary"))
                }
                continue
            }
            var warnings: [String] = []
            if item.content == nil { warnings.append("feed item carries a summary only, not the full article") }
            var published: Date? = nil
            if let raw = item.date {
                published = FeedDate.parse(raw)
                if published == nil { warnings.append("unreadable feed date \"\(raw.prefix(40))\" ignored") }
            }
            let hints = DocumentHints(
                externalID: item.id, title: item.title.map(TextTrim.whitespaceAndNewlines), url: item.link,
                publisher: feedTitle.map(TextTrim.whitespaceAndNewlines), author: item.author,
                published: published)
            // Text items become a minimal page so the feed's title stays the title and the
            // text is not mistaken for a dump whose first line is a headline.
            let isMarkup = !item.contentIsText && MarkupSniffer.looksLikeMarkup(body)
            let html = isMarkup ? body : MarkupSniffer.page(title: hints.title, text: body)
            result.documents.append(
                RawDocument(origin: origin, format: .html, content: html, hints: hints, warnings: warnings))
        }
        return result
    }
}

/// Tells HTML fragments from plain text in feed fields, and wraps text as a minimal page.
enum MarkupSniffer {
    static func looksLikeMarkup(_ s: String) -> Bool {
        for marker in ["</", "<br", "<p", "<img", "<div", "<a ", "<ul", "<li", "<h1", "<h2", "<h3"] where s.contains(marker) {
            return true
        }
        return false
    }

    static func page(title: String?, text: String) -> String {
        let paragraphs = text.components(separatedBy: "\n\n").map(TextTrim.whitespaceAndNewlines)
            .filter { !$0.isEmpty }
            .map { "<p>\(escape($0))</p>" }.joined(separator: "\n")
        return "<html><head><title>\(escape(title ?? ""))</title></head><body><article>\n\(paragraphs)\n</article></body></html>"
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s.unicodeScalars {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.unicodeScalars.append(ch)
            }
        }
        return out
    }
}

/// SAX handler collecting RSS/Atom items. Inline XHTML content (Atom `type="xhtml"`) is
/// re-serialized to markup.
final class FeedParserDelegate: NSObject, XMLParserDelegate {
    var items: [FeedItem] = []
    var feedTitle: String?
    var sawRoot = false
    var closedRoot = false
    private var current: FeedItem?
    private var path: [String] = []
    private var text = ""
    private var xhtmlDepth = 0
    private var xhtml = ""
    private var isAtomTextContent = false

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        let lower = name.lowercased()
        if path.isEmpty, ["rss", "feed", "rdf:rdf"].contains(lower) { sawRoot = true }
        if xhtmlDepth > 0 {
            xhtmlDepth += 1
            xhtml += "<\(lower)"
            for (k, v) in attributes.sorted(by: { $0.key < $1.key }) { xhtml += " \(k)=\"\(MarkupSniffer.escape(v))\"" }
            xhtml += ">"
            path.append(lower)
            return
        }
        path.append(lower)
        text = ""
        if lower == "item" || lower == "entry" {
            current = FeedItem()
            return
        }
        guard current != nil else { return }
        switch lower {
        case "link":
            // Atom: <link rel="alternate" href="…"/>; the first alternate (or rel-less) link wins.
            if let href = attributes["href"], (attributes["rel"] ?? "alternate") == "alternate", current?.link == nil {
                current?.link = href
            }
        case "content", "summary":
            let type = attributes["type"]?.lowercased()
            if type == "xhtml" {
                xhtmlDepth = 1
                xhtml = ""
            }
            isAtomTextContent = type == "text"
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if xhtmlDepth > 0 { xhtml += MarkupSniffer.escape(string) } else { text += string }
    }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        let s = String(decoding: block, as: UTF8.self)
        if xhtmlDepth > 0 { xhtml += s } else { text += s }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        let lower = name.lowercased()
        defer {
            if !path.isEmpty { path.removeLast() }
            if path.isEmpty, sawRoot { closedRoot = true }
        }
        if xhtmlDepth > 1 {
            xhtmlDepth -= 1
            xhtml += "</\(lower)>"
            return
        }
        let value = xhtmlDepth == 1 ? xhtml : TextTrim.whitespaceAndNewlines(text)
        xhtmlDepth = 0
        if lower == "item" || lower == "entry" {
            if let item = current { items.append(item) }
            current = nil
            return
        }
        guard current != nil else {
            // <channel><title> or <feed><title>: the publisher.
            if lower == "title", feedTitle == nil, path.count <= 3 { feedTitle = value }
            return
        }
        let parent = path.count >= 2 ? path[path.count - 2] : ""
        switch lower {
        case "title": if current?.title == nil { current?.title = value }
        case "link": if current?.link == nil, !value.isEmpty { current?.link = value }
        case "guid", "id": if current?.id == nil { current?.id = value }
        case "pubdate", "published", "dc:date": current?.date = value
        case "updated": if current?.date == nil { current?.date = value }
        case "author", "dc:creator":
            if !value.isEmpty, current?.author == nil { current?.author = value }
        case "name": if parent == "author", current?.author == nil { current?.author = value }
        case "description", "summary":
            current?.summary = value
            if isAtomTextContent, current?.content == nil { current?.contentIsText = true }
        case "content:encoded", "content":
            if !value.isEmpty {
                current?.content = value
                current?.contentIsText = isAtomTextContent
            }
        default: break
        }
        text = ""
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
