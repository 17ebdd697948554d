import Foundation

/// The raw metadata a page declares: `<meta>` name/property pairs, `<link rel>` targets,
/// the `<title>`, `<html lang>`, `<time datetime>` values and the JSON-LD objects.
/// Collected in one pass over the tree; interpreted by `MetadataExtractor`.
struct HeadFacts {
    /// Lowercased `name`/`property`/`itemprop`/`http-equiv` → first non-empty `content`.
    var meta: [String: String] = [:]
    var links: [String: String] = [:]
    var title: String?
    var htmlLang: String?
    /// `datetime` attributes of `<time>` elements, in page order, with whether the element
    /// (or its parent) says it is the publication date.
    var times: [(value: String, published: Bool)] = []
    /// JSON-LD objects flattened (`@graph` expanded), in page order.
    var jsonLD: [[String: Any]] = []
    /// `itemprop` values from microdata (`datePublished`, `author`, …) → content/datetime/text.
    var itemprops: [String: String] = [:]
    var itemTypes: [String] = []

    static let nameKey = HTMLNameKey.key("name")
    static let propertyKey = HTMLNameKey.key("property")
    static let httpEquivKey = HTMLNameKey.key("http-equiv")
    static let contentKey = HTMLNameKey.key("content")
    static let relKey = HTMLNameKey.key("rel")
    static let hrefKey = HTMLNameKey.key("href")
    static let langKey = HTMLNameKey.key("lang")
    static let datetimeKey = HTMLNameKey.key("datetime")
    static let itempropKey = HTMLNameKey.key("itemprop")
    static let itemtypeKey = HTMLNameKey.key("itemtype")
    static let typeKey = HTMLNameKey.key("type")
    static let classKey = HTMLNameKey.key("class")

    init(_ doc: HTMLDocument) {
        if doc.html >= 0 { htmlLang = doc.attribute(doc.html, Self.langKey) }
        var i = 0
        let count = doc.nodes.count
        while i < count {
            let node = doc.nodes[i]
            guard node.kind == .element else {
                i += 1
                continue
            }
            let n = Int32(i)
            switch node.tag {
            case .meta:
                let key = doc.attribute(n, Self.propertyKey) ?? doc.attribute(n, Self.nameKey)
                    ?? doc.attribute(n, Self.itempropKey) ?? doc.attribute(n, Self.httpEquivKey)
                if let key, let content = doc.attribute(n, Self.contentKey) {
                    let value = content.trimmed
                    let names = key.lowercased()
                    if !value.isEmpty && !names.isEmpty {
                        if !names.utf8.contains(0x20) {
                            // one name, the usual case: no split, and no copies of it
                            if meta[names] == nil { meta[names] = value }
                        } else {
                            for k in names.split(separator: " ") {
                                let name = String(k)
                                if meta[name] == nil { meta[name] = value }
                            }
                        }
                    }
                }
            case .link:
                if let rel = doc.attribute(n, Self.relKey)?.lowercased(), let href = doc.attribute(n, Self.hrefKey) {
                    for r in rel.split(separator: " ") where links[String(r)] == nil { links[String(r)] = href }
                }
            case .title:
                if title == nil {
                    let t = TextNormalizer.collapse(Array(doc.textContent(n).utf8))
                    if !t.isEmpty { title = t }
                }
            case .time:
                if let dt = doc.attribute(n, Self.datetimeKey) {
                    let prop = (doc.attribute(n, Self.itempropKey) ?? "") + " " + (doc.attribute(n, Self.classKey) ?? "")
                    let parentClass = node.parent >= 0 ? (doc.attribute(node.parent, Self.classKey) ?? "") : ""
                    let hint = (prop + " " + parentClass).lowercased()
                    func has(_ word: String) -> Bool { ByteText.contains(hint, ascii: word) }
                    let published = has("datepublished") || has("publish") || has("posted") || has("created")
                    let modified = has("modif") || has("updated")
                    times.append((dt, published && !modified))
                }
            case .script:
                if let type = doc.attribute(n, Self.typeKey)?.lowercased(), ByteText.contains(type, ascii: "ld+json") {
                    let json = doc.textContent(n)
                    Self.appendJSONLD(json, to: &jsonLD)
                }
            default:
                break
            }
            if node.count > 0 {
                if node.tag != .meta, let r = doc.attributeRange(n, Self.itempropKey), Self.isWantedItemprop(doc.text[r]),
                    let prop = doc.attribute(n, Self.itempropKey)
                {
                    let value = doc.attribute(n, Self.contentKey) ?? doc.attribute(n, Self.datetimeKey)
                        ?? (node.tag == .a || node.tag == .link ? doc.attribute(n, Self.hrefKey) : nil)
                    for p in prop.split(separator: " ") where itemprops[String(p)] == nil {
                        if let value {
                            itemprops[String(p)] = value
                        } else if node.end - n < 50 {
                            let t = TextNormalizer.collapse(Array(doc.textContent(n).utf8))
                            if !t.isEmpty && t.count < 200 { itemprops[String(p)] = t }
                        }
                    }
                }
                if doc.attributeRange(n, Self.itemtypeKey) != nil, let type = doc.attribute(n, Self.itemtypeKey) {
                    itemTypes.append(contentsOf: type.split(separator: " ").map { String($0.split(separator: "/").last ?? $0) })
                }
            }
            i += 1
        }
    }

    /// Only the microdata properties metadata reads (dates, author, headline) are kept.
    static func isWantedItemprop(_ v: ArraySlice<UInt8>) -> Bool {
        let bytes = Array(v)
        return ClassHints.contains(bytes, Array("date".utf8)) || ClassHints.contains(bytes, Array("author".utf8))
            || ClassHints.contains(bytes, Array("headline".utf8))
    }

    /// Parses one JSON-LD script; broken JSON is skipped (pages often hold stray commas).
    static func appendJSONLD(_ text: String, to out: inout [[String: Any]]) {
        var trimmed = text.trimmed
        if trimmed.hasPrefix("<!--") { trimmed = String(trimmed.dropFirst(4)) }
        if trimmed.hasSuffix("-->") { trimmed = String(trimmed.dropLast(3)) }
        guard trimmed.utf8.count < 4 << 20 else { return }
        // plain JSON is read on its bytes; anything the reader is not sure of goes to Foundation
        let value: Any
        if let fast = JSONLDReader.read(trimmed) {
            value = fast
        } else {
            guard let data = trimmed.data(using: .utf8),
                let slow = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
            else { return }
            value = slow
        }
        var work: [Any] = [value]
        var budget = 1000
        while let item = work.popLast(), budget > 0 {
            budget -= 1
            if let array = item as? [Any] {
                work.append(contentsOf: array.reversed())
            } else if let object = item as? [String: Any] {
                if let graph = object["@graph"] {
                    work.append(graph)
                }
                if object["@type"] != nil { out.append(object) }
            }
        }
    }
}
