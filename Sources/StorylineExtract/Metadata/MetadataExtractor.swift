import Foundation
import StorylineCore

/// Page metadata: title, publisher, byline, publication date, language, canonical URL and the
/// kind signals. Each field is read from the most reliable declaration first (JSON-LD, then
/// OpenGraph and other meta tags, then microdata and `<time>`), then from heuristics
/// (title suffix, URL date pattern, a visible dateline).
struct PageMetadata {
    var title: String?
    var publisher: String?
    var byline: String?
    var published: Date?
    var language: String?
    var url: String?
    var articleBody: String?
    var signals = KindSignals()
}

enum MetadataExtractor {
    static func extract(_ doc: HTMLDocument, facts: HeadFacts) -> PageMetadata {
        var m = PageMetadata()
        let article = JSONLD.article(in: facts.jsonLD)
        let meta = facts.meta

        // URL
        m.url = facts.links["canonical"].flatMap(absoluteURL) ?? meta["og:url"].flatMap(absoluteURL)
            ?? (article.flatMap { JSONLD.string($0["url"]) }).flatMap(absoluteURL)
            ?? (article.flatMap { JSONLD.string($0["mainEntityOfPage"]) ?? ($0["mainEntityOfPage"] as? [String: Any]).flatMap { JSONLD.string($0["@id"]) } }).flatMap(absoluteURL)

        // Publisher
        var publisher = meta["og:site_name"] ?? article.flatMap { JSONLD.string($0["publisher"]) }
        if publisher == nil {
            for o in facts.jsonLD where JSONLD.types(o).contains(where: { $0 == "Organization" || $0 == "NewsMediaOrganization" || $0 == "WebSite" }) {
                if let name = JSONLD.string(o["name"]) { publisher = name; break }
            }
        }
        publisher = publisher ?? meta["application-name"] ?? meta["publisher"] ?? meta["dc.publisher"]
        // Title
        var title = meta["og:title"] ?? article.flatMap { JSONLD.string($0["headline"]) } ?? meta["twitter:title"]
            ?? facts.title ?? facts.itemprops["headline"]
        if publisher == nil, let t = facts.title, let suffix = siteSuffix(of: t) { publisher = suffix }
        if let t = title { title = stripSiteSuffix(t, publisher: publisher) }
        m.title = title.map(cleanText)
        m.publisher = publisher.map(cleanText)

        // Byline
        var authors: [String] = article.map { JSONLD.names($0["author"]) } ?? []
        if authors.isEmpty {
            for key in ["author", "article:author", "byl", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator"] {
                if let v = meta[key], !v.hasPrefix("http"), !ByteText.contains(v, ascii: "facebook.com") {
                    authors = [v]
                    break
                }
            }
        }
        if authors.isEmpty, let a = facts.itemprops["author"] ?? facts.itemprops["name"].flatMap({ _ in nil }) {
            authors = [a]
        }
        let cleaned = authors.map(cleanByline).filter { !$0.isEmpty && !$0.hasPrefix("http") }
        var unique: [String] = []
        for a in cleaned where !unique.contains(a) { unique.append(a) }
        if !unique.isEmpty { m.byline = unique.joined(separator: ", ") }

        // Language
        let lang = facts.htmlLang ?? meta["content-language"] ?? article.flatMap { JSONLD.string($0["inLanguage"]) }
            ?? meta["og:locale"] ?? meta["language"] ?? meta["dc.language"]
        m.language = lang.flatMap(primaryLanguage)

        // Date
        m.published = PublicationDate.find(facts: facts, article: article, url: m.url, doc: doc)

        m.articleBody = article.flatMap { $0["articleBody"] as? String }

        // Kind signals
        var types: [String] = []
        for o in facts.jsonLD { for t in JSONLD.types(o) where !types.contains(t) { types.append(t) } }
        for t in facts.itemTypes where !types.contains(t) { types.append(t) }
        m.signals.schemaTypes = types
        m.signals.openGraphType = meta["og:type"]
        m.signals.section = meta["article:section"] ?? article.flatMap { JSONLD.string($0["articleSection"]) }
            ?? meta["parsely-section"] ?? meta["section"]
        if let url = m.url { m.signals.urlPath = URLPath.path(of: url) }
        return m
    }

    static func cleanText(_ s: String) -> String {
        let collapsed = TextNormalizer.collapse(Array(s.utf8))
        // most metadata has no line break: skip Foundation's replace (it bridges through NSString)
        guard collapsed.utf8.contains(0x0A) else { return collapsed }
        return collapsed.replacingOccurrences(of: "\n", with: " ")
    }

    /// "By Jane Doe and John Roe" → "Jane Doe and John Roe".
    static func cleanByline(_ s: String) -> String {
        var t = cleanText(s)
        for prefix in ["By ", "by ", "BY ", "Von ", "Por ", "Par "] where t.hasPrefix(prefix) {
            t = String(t.dropFirst(prefix.count))
        }
        return t.trimmed
    }

    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » "]

    static func siteSuffix(of title: String) -> String? {
        for sep in separators {
            if let r = lastRange(of: sep, in: title) {
                let suffix = title[r.upperBound...].trimmed
                if !suffix.isEmpty && suffix.count <= 40 && suffix.split(separator: " ").count <= 5 { return suffix }
            }
        }
        return nil
    }

    /// Drops " | Publisher" or " - Publisher" from a title.
    static func stripSiteSuffix(_ title: String, publisher: String?) -> String {
        let t = cleanText(title)
        for sep in separators {
            guard let r = lastRange(of: sep, in: t) else { continue }
            let suffix = t[r.upperBound...].trimmed
            let head = String(t[..<r.lowerBound])
            if let publisher, !publisher.isEmpty {
                let a = BlockFilter.key(suffix)
                let b = BlockFilter.key(publisher)
                if !a.isEmpty && (a == b || b.contains(a) || a.contains(b)) { return head }
            }
        }
        return t
    }

    /// The last occurrence of `needle` in `hay` (a plain byte search; Foundation's is slow here).
    static func lastRange(of needle: String, in hay: String) -> Range<String.Index>? {
        let h = Array(hay.utf8)
        let n = Array(needle.utf8)
        guard n.count > 0, h.count >= n.count else { return nil }
        var i = h.count - n.count
        while i >= 0 {
            if h[i] == n[0] && h[i..<(i + n.count)].elementsEqual(n) {
                let lower = hay.utf8.index(hay.utf8.startIndex, offsetBy: i)
                let upper = hay.utf8.index(lower, offsetBy: n.count)
                return lower..<upper
            }
            i -= 1
        }
        return nil
    }

    static func absoluteURL(_ s: String) -> String? {
        let t = s.trimmed
        if t.hasPrefix("http://") || t.hasPrefix("https://") { return t }
        if t.hasPrefix("//") { return "https:" + t }
        return nil
    }

    /// "en-US" → "en"; "en_GB" → "en".
    static func primaryLanguage(_ s: String) -> String? {
        let t = s.trimmed.lowercased()
        let primary = t.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "," || $0 == ";" }).first.map(String.init) ?? ""
        guard (2...3).contains(primary.count), primary.allSatisfy({ $0.isLetter && $0.isASCII }) else { return nil }
        return primary
    }
}
