import Foundation

/// What a file holds, decided from its name and first bytes: one document, or a container
/// of many (JSON Lines, feeds).
public enum InputKind: String, Sendable, CaseIterable {
    case html, text, markdown, jsonLines, rss, atom, jsonFeed

    /// File name endings that folder walks pick up.
    public static let knownExtensions: Set<String> = [
        "html", "htm", "xhtml", "txt", "text", "md", "markdown", "jsonl", "ndjson", "xml", "rss", "atom", "rdf", "json",
    ]

    /// Decides the kind from the extension, then the content's first bytes (a `.txt` that is
    /// really HTML is read as HTML; a `.xml` that is an Atom feed as Atom).
    public static func detect(path: String, head: ArraySlice<UInt8>) -> InputKind? {
        let ext = fileExtension(path)
        let sniffed = sniff(head)
        switch ext {
        case "jsonl", "ndjson": return .jsonLines
        case "json": return sniffed == .jsonFeed ? .jsonFeed : (sniffed == .jsonLines ? .jsonLines : .jsonFeed)
        case "rss", "rdf": return .rss
        case "atom": return .atom
        case "xml": return sniffed == .atom ? .atom : .rss
        case "html", "htm", "xhtml": return .html
        case "md", "markdown": return sniffed == .html ? .html : .markdown
        case "txt", "text": return sniffed == .html ? .html : .text
        default: return sniffed
        }
    }

    /// The lower-cased extension of the path's last component (nil when it has no dot).
    static func fileExtension(_ path: String) -> String? {
        let u = path.utf8
        guard u.allSatisfy({ $0 < 0x80 }) else {
            return path.split(separator: "/").last.flatMap { name -> String? in
                guard let dot = name.lastIndex(of: ".") else { return nil }
                return name[name.index(after: dot)...].lowercased()
            }
        }
        // ASCII (nearly every path): the same answer read on the bytes, without splitting the
        // whole path into Characters for every file
        let b = Array(u)
        var end = b.count
        while end > 0 && b[end - 1] == 0x2F { end -= 1 }
        var start = end
        while start > 0 && b[start - 1] != 0x2F { start -= 1 }
        guard start < end, let dot = b[start..<end].lastIndex(of: 0x2E) else { return nil }
        return String(decoding: b[(dot + 1)..<end].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Recognizes markup, feeds and JSON by their opening bytes.
    static func sniff(_ head: ArraySlice<UInt8>) -> InputKind? {
        var i = head.startIndex
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { i += 3 }
        while i < head.endIndex, head[i] == 0x20 || head[i] == 0x09 || head[i] == 0x0A || head[i] == 0x0D { i += 1 }
        guard i < head.endIndex else { return nil }
        let lower = head[i...].prefix(1024).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        func has(_ s: StaticString) -> Bool {
            // memchr to each candidate first byte, memcmp for the rest (run for every file read)
            let count = s.utf8CodeUnitCount
            guard count <= lower.count else { return false }
            return lower.withUnsafeBufferPointer { h in
                let base = UnsafeRawPointer(h.baseAddress!)
                let last = h.count - count
                var j = 0
                while j <= last {
                    guard let hit = memchr(base + j, Int32(s.utf8Start[0]), last - j + 1) else { return false }
                    let k = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + k, s.utf8Start, count) == 0 { return true }
                    j = k + 1
                }
                return false
            }
        }
        if lower.first == 0x7B {  // {
            if has("jsonfeed.org") { return .jsonFeed }
            return .jsonLines
        }
        if lower.first == 0x3C {  // <
            if has("<rss") || has("<rdf:rdf") { return .rss }
            if has("<feed") { return .atom }
            if has("<!doctype html") || has("<html") || has("<head") || has("<body") || has("<div") || has("<p")
                || has("<meta") || has("<title")
            {
                return .html
            }
        }
        return .text
    }
}
