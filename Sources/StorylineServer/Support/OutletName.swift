import StorylineStore

/// The outlet a document is shown under: its publisher, else the site of its URL, so that
/// documents ingested without a publisher (JSON Lines with only a URL, text dumps of saved
/// pages) are still told apart instead of piling into one "unknown" outlet.
extension DocumentSummary {
    var outlet: String? {
        if let p = publisher?.trimmingCharacters(in: .whitespacesAndNewlines), !p.isEmpty { return p }
        return OutletName.site(of: url)
    }
}

enum OutletName {
    /// "bbc.co.uk" from "https://www.bbc.co.uk/news/x"; nil for anything but an http(s) URL.
    static func site(of url: String?) -> String? {
        guard let url = URLEncoding.safeExternalLink(url) else { return nil }
        var rest = url[url.index(after: url.firstIndex(of: ":")!)...].drop(while: { $0 == "/" })
        if let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        if let at = rest.lastIndex(of: "@") { rest = rest[rest.index(after: at)...] }
        if let colon = rest.lastIndex(of: ":"), !rest.contains("]") { rest = rest[..<colon] }
        var host = rest.lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        return host.isEmpty ? nil : host
    }
}
