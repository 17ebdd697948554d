import Foundation

/// The stored JSON form of an extracted document, written straight into bytes. Every ingested
/// document is stored this way, and `JSONEncoder` spent more time on it than the SQLite insert;
/// this writer produces exactly the bytes `JSONEncoder` with `.sortedKeys`,
/// `.withoutEscapingSlashes` and `compactEncoding` produces (a test holds it to that), so
/// existing stores and every reader (`JSONDecoder`) are unaffected.
extension ExtractedDocument {
    public func compactJSON() -> [UInt8] {
        // Dates inside comments are encoded as JSONEncoder's floating-point seconds; leave
        // that (rare) case to the encoder itself rather than re-deriving its number format.
        if comments.contains(where: { $0.posted != nil }) {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.userInfo[ExtractedDocument.compactEncoding] = true
            if let data = try? encoder.encode(self) { return [UInt8](data) }
        }
        var w = JSONBytes()
        w.reserve(storedSizeEstimate())
        w.raw("{\"blocks\":[")
        for (i, b) in blocks.enumerated() {
            if i > 0 { w.byte(0x2C) }
            w.raw("{\"role\":")
            w.string(b.role.rawValue)
            w.raw(",\"text\":")
            w.string(b.text)
            w.byte(0x7D)
        }
        w.raw("],\"byline\":")
        w.optional(byline)
        w.raw(",\"comments\":[")
        for (i, c) in comments.enumerated() {
            if i > 0 { w.byte(0x2C) }
            w.byte(0x7B)
            if let age = c.age {
                w.raw("\"age\":")
                w.string(age)
                w.byte(0x2C)
            }
            if let author = c.author {
                w.raw("\"author\":")
                w.string(author)
                w.byte(0x2C)
            }
            w.raw("\"depth\":")
            w.raw(String(c.depth))
            w.raw(",\"quoted\":")
            w.strings(c.quoted)
            if let score = c.score {
                w.raw(",\"score\":")
                w.raw(String(score))
            }
            w.raw(",\"text\":")
            w.string(c.text)
            w.byte(0x7D)
        }
        w.raw("],\"kind\":")
        w.string(kind.rawValue)
        w.raw(",\"language\":")
        w.optional(language)
        w.raw(lowQuality ? ",\"lowQuality\":true" : ",\"lowQuality\":false")
        w.raw(",\"published\":")
        w.optional(published.map(ISO8601.format))
        w.raw(",\"publisher\":")
        w.optional(publisher)
        if let standfirst {
            w.raw(",\"standfirst\":")
            w.string(standfirst)
        }
        w.raw(",\"title\":")
        w.optional(title)
        w.raw(",\"url\":")
        w.optional(url)
        w.raw(",\"warnings\":")
        w.strings(warnings)
        w.byte(0x7D)
        return w.bytes
    }
}

extension ExtractedDocument {
    /// Usually a little more than `compactJSON()`'s size (text dense with quotes or control
    /// characters can exceed it): the store keeps that array as it is, and a regrowth doubles
    /// the capacity, which would hold up to twice the memory.
    func storedSizeEstimate() -> Int {
        func size(_ s: String?) -> Int { (s?.utf8.count ?? 0) + 8 }
        var n = 512 + size(title) + size(byline) + size(publisher) + size(standfirst) + size(url) + size(language)
        for b in blocks { n += b.text.utf8.count + 32 }
        for c in comments {
            n += size(c.text) + size(c.author) + size(c.age) + 64
            for q in c.quoted { n += size(q) }
        }
        for w in warnings { n += size(w) }
        return n + n / 32  // escaped quotes and backslashes
    }
}

/// A JSON byte writer with `JSONEncoder`'s escaping (`.withoutEscapingSlashes`): quote,
/// backslash and control characters escaped, everything else (non-ASCII included) as is.
struct JSONBytes {
    var bytes: [UInt8] = []

    mutating func reserve(_ n: Int) { bytes.reserveCapacity(n) }

    @inline(__always) mutating func byte(_ b: UInt8) { bytes.append(b) }

    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func raw(_ s: String) { bytes.append(contentsOf: s.utf8) }

    mutating func optional(_ s: String?) {
        if let s { string(s) } else { raw("null") }
    }

    mutating func strings(_ list: [String]) {
        byte(0x5B)
        for (i, s) in list.enumerated() {
            if i > 0 { byte(0x2C) }
            string(s)
        }
        byte(0x5D)
    }

    mutating func string(_ s: String) {
        var s = s
        byte(0x22)
        s.withUTF8 { p in
            var runStart = 0
            for i in 0..<p.count {
                let c = p[i]
                if c >= 0x20 && c != 0x22 && c != 0x5C { continue }
                if i > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<i])) }
                runStart = i + 1
                byte(0x5C)
                switch c {
                case 0x22: byte(0x22)
                case 0x5C: byte(0x5C)
                case 0x0A: byte(0x6E)
                case 0x0D: byte(0x72)
                case 0x09: byte(0x74)
                case 0x08: byte(0x62)
                case 0x0C: byte(0x66)
                default:
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    bytes.append(contentsOf: [0x75, 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 15)]])
                }
            }
            if p.count > runStart { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<p.count])) }
        }
        byte(0x22)
    }
}
