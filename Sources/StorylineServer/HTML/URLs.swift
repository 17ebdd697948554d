import Foundation

/// Percent-encoding for the URLs the server writes, and decoding for the ones it reads.
enum URLEncoding {
    /// Encodes everything but RFC 3986 unreserved characters, so an id or query value can
    /// never break out of its path segment or parameter (`/`, `?`, `#`, `&`, `"` all encoded).
    static func component(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for b in text.utf8 {
            switch b {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39, 0x2D, 0x2E, 0x5F, 0x7E:
                out.append(b)
            default:
                out.append(0x25)
                out.append(hexDigits[Int(b >> 4)])
                out.append(hexDigits[Int(b & 0x0F)])
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static let hexDigits: [UInt8] = Array("0123456789ABCDEF".utf8)

    /// Decodes `%XX` escapes (and `+` as space when `plusIsSpace`, as HTML forms send).
    /// Returns nil for malformed escapes or bytes that are not UTF-8.
    static func decode(_ text: Substring, plusIsSpace: Bool) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var it = Array(text.utf8)[...]
        while let b = it.popFirst() {
            if b == 0x25 {
                guard let h = it.popFirst(), let l = it.popFirst(), let hv = hexValue(h), let lv = hexValue(l) else { return nil }
                bytes.append(hv << 4 | lv)
            } else if b == 0x2B && plusIsSpace {
                bytes.append(0x20)
            } else {
                bytes.append(b)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ b: UInt8) -> UInt8? {
        switch b {
        case 0x30...0x39: return b - 0x30
        case 0x41...0x46: return b - 0x41 + 10
        case 0x61...0x66: return b - 0x61 + 10
        default: return nil
        }
    }

    /// The URL when it is an absolute http(s) URL that is safe to link to; nil otherwise
    /// (`javascript:`, `data:`, relative or malformed URLs are shown as text, never linked).
    static func safeExternalLink(_ url: String?) -> String? {
        guard let url = url?.trimmingCharacters(in: .whitespacesAndNewlines), !url.isEmpty else { return nil }
        let lower = url.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        guard !url.unicodeScalars.contains(where: { $0.value < 0x21 || $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "\\" })
        else { return nil }
        return url
    }
}

/// The site's own URLs, with every id percent-encoded.
enum Paths {
    static let home = "/"
    static func story(_ id: String) -> String { "/stories/\(URLEncoding.component(id))" }
    static func comparison(_ id: String) -> String { "/stories/\(URLEncoding.component(id))/compare" }
    static func storyline(_ id: String) -> String { "/storylines/\(URLEncoding.component(id))" }
    static func entity(_ id: String) -> String { "/entities/\(URLEncoding.component(id))" }
    static func search(_ query: String) -> String { "/search?q=\(URLEncoding.component(query))" }
    static func storyList(cursor: String) -> String { "/?cursor=\(URLEncoding.component(cursor))" }

    /// The document view; with `highlight`, the view marks that passage and scrolls to it.
    static func document(_ id: String, highlight: String? = nil) -> String {
        let base = "/documents/\(URLEncoding.component(id))"
        guard let highlight, !highlight.isEmpty else { return base }
        return base + "?highlight=\(URLEncoding.component(String(highlight.prefix(2000))))#cited"
    }

    static func apiStory(_ id: String) -> String { "/api/stories/\(URLEncoding.component(id))" }
    static func apiDocument(_ id: String) -> String { "/api/documents/\(URLEncoding.component(id))" }
    static func apiEntity(_ id: String) -> String { "/api/entities/\(URLEncoding.component(id))" }
}
