import Foundation

/// Finds the charset a document declares in its first bytes: an XML declaration's
/// `encoding`, or an HTML `<meta charset>` / `<meta http-equiv=Content-Type content=…charset=…>`.
/// Like a browser's prescan it looks only at the first 4 KB and needs no parser.
enum DeclaredCharset {
    static let prescanBytes = 4096

    /// The WHATWG-normalized label, or nil when nothing is declared.
    static func find(in bytes: [UInt8]) -> String? {
        // Only the slices looked at are lower-cased: memchr finds each '<' of the head.
        let n = min(bytes.count, prescanBytes)
        func lowered(_ r: Range<Int>) -> [UInt8] { bytes[r].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }
        func tagEnd(after start: Int) -> Int { bytes[start..<n].firstIndex(of: 0x3E) ?? n }
        if n >= 5, lowered(0..<5).elementsEqual("<?xml".utf8), let end = bytes[0..<n].firstIndex(of: 0x3E) {
            if let v = value(after: Array("encoding".utf8), in: lowered(0..<end)[...]) { return normalize(v) }
        }
        var from = 0
        while let start = metaTag(in: bytes, from: from, limit: n) {
            let end = tagEnd(after: start)
            if let v = value(after: Array("charset".utf8), in: lowered(start..<end)[...]) { return normalize(v) }
            from = end
        }
        return nil
    }

    /// The next `<meta` (any case) that fits in the first `limit` bytes, from `from`.
    private static func metaTag(in bytes: [UInt8], from: Int, limit: Int) -> Int? {
        guard limit >= 5, from <= limit - 5 else { return nil }
        return bytes.withUnsafeBufferPointer { h in
            let base = UnsafeRawPointer(h.baseAddress!)
            let last = limit - 5
            var i = from
            while i <= last {
                guard let hit = memchr(base + i, 0x3C, last - i + 1) else { return nil }
                let k = base.distance(to: UnsafeRawPointer(hit))
                if h[k + 1] | 0x20 == 0x6D, h[k + 2] | 0x20 == 0x65, h[k + 3] | 0x20 == 0x74, h[k + 4] | 0x20 == 0x61 { return k }
                i = k + 1
            }
            return nil
        }
    }

    /// The value after `name` `=` (quoted or bare) inside `tag`.
    private static func value(after name: [UInt8], in tag: ArraySlice<UInt8>) -> String? {
        var i = tag.startIndex
        while i + name.count <= tag.endIndex {
            if tag[i] == name[0], tag[i..<(i + name.count)].elementsEqual(name) {
                var j = i + name.count
                while j < tag.endIndex, tag[j] == 0x20 || tag[j] == 0x09 || tag[j] == 0x0A || tag[j] == 0x0D { j += 1 }
                guard j < tag.endIndex, tag[j] == 0x3D else { i += 1; continue }
                j += 1
                while j < tag.endIndex, tag[j] == 0x20 || tag[j] == 0x09 { j += 1 }
                var quote: UInt8? = nil
                if j < tag.endIndex, tag[j] == 0x22 || tag[j] == 0x27 {
                    quote = tag[j]
                    j += 1
                }
                var k = j
                while k < tag.endIndex {
                    let c = tag[k]
                    if let q = quote { if c == q { break } } else if c == 0x20 || c == 0x3B || c == 0x22 || c == 0x27 || c == 0x2F { break }
                    k += 1
                }
                let raw = tag[j..<k]
                let v: String
                if raw.allSatisfy({ $0 < 0x80 }) {
                    // ASCII (every real label): Foundation's white space here is space and tab
                    var s = raw.startIndex, e = raw.endIndex
                    while s < e && (raw[s] == 0x20 || raw[s] == 0x09) { s += 1 }
                    while e > s && (raw[e - 1] == 0x20 || raw[e - 1] == 0x09) { e -= 1 }
                    v = String(decoding: raw[s..<e], as: UTF8.self)
                } else {
                    v = String(decoding: raw, as: UTF8.self).trimmingCharacters(in: .whitespaces)
                }
                return v.isEmpty ? nil : v
            }
            i += 1
        }
        return nil
    }

    /// Maps the many labels of one encoding to one name, as WHATWG's Encoding standard does.
    static func normalize(_ label: String) -> String {
        let l = label.lowercased()
        switch l {
        case "utf8", "unicode-1-1-utf-8", "utf-8": return "utf-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "ascii", "us-ascii", "cp1252", "windows-1252", "x-cp1252",
            "iso_8859-1", "cp819", "ibm819":
            return "windows-1252"
        case "cp1251", "windows-1251", "x-cp1251": return "windows-1251"
        case "shift_jis", "shift-jis", "sjis", "ms_kanji", "windows-31j", "x-sjis", "csshiftjis": return "shift_jis"
        case "iso-8859-2", "latin2", "iso8859-2": return "iso-8859-2"
        case "euc-jp", "x-euc-jp": return "euc-jp"
        case "utf-16", "utf-16le": return "utf-16le"
        case "utf-16be": return "utf-16be"
        default: return l
        }
    }

    /// The Foundation encoding for a normalized label, where Foundation on Linux can decode it.
    static func foundationEncoding(_ label: String) -> String.Encoding? {
        switch label {
        case "windows-1251": return .windowsCP1251
        case "windows-1250": return .windowsCP1250
        case "windows-1253": return .windowsCP1253
        case "windows-1254": return .windowsCP1254
        case "shift_jis": return .shiftJIS
        case "iso-8859-2": return .isoLatin2
        case "euc-jp": return .japaneseEUC
        case "iso-2022-jp": return .iso2022JP
        default: return nil
        }
    }
}
