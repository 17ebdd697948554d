import StorylineCore

/// Block-level rules applied after the container is chosen: drops link lists, share bars,
/// "Advertisement" labels, sign-up and cookie nags, bylines and the repeated headline.
struct BlockFilter {
    let title: String?

    func filter(_ blocks: [WalkedBlock]) -> [WalkedBlock] {
        let titleKey = title.map(Self.key)
        let titleKeyIsLong = (titleKey?.count ?? 0) > 10
        let asciiTitleKey = titleKey.flatMap { k in k.utf8.allSatisfy { $0 < 0x80 } ? Array(k.utf8) : nil }
        var out: [WalkedBlock] = []
        out.reserveCapacity(blocks.count)
        for b in blocks {
            let (length, density) = Self.measure(b)
            // Quoted posts (embedded tweets) carry their links and a linked date line: keep them
            // unless they are nothing but links.
            if b.role == .quote {
                if density > 0.9 && length < 300 { continue }
            } else if density > 0.6 && length < 300 {
                continue
            } else if density > 0.35 && length < 60 && b.role != .heading {
                continue
            }
            if let titleKey, b.role == .heading || (length < 300 && titleKeyIsLong) {
                // (an ASCII block is compared with an ASCII title key as it is read; otherwise the
                // key is made once per block: it is the costly part of both tests)
                let equal: Bool, prefix: Bool
                if let asciiTitleKey, let match = Self.compareKey(of: b.text, withASCIIKey: asciiTitleKey) {
                    (equal, prefix) = (match == .equal, match != .differs)
                } else {
                    let key = Self.key(b.text)
                    (equal, prefix) = (key == titleKey, titleKey.hasPrefix(key))
                }
                if b.role == .heading, equal || prefix && length > 20 { continue }
                // The headline repeated as a plain block.
                if length < 300, titleKeyIsLong, equal { continue }
            }
            if length < 120 && Self.isBoilerplateLine(b.text) { continue }
            out.append(b)
        }
        // Trailing headings with nothing after them are section labels of what follows the article.
        while let last = out.last, last.role == .heading { out.removeLast() }
        // A dateline left at the top of the text ("Nov. 20, 2019, 9:28 AM UTC") is metadata.
        var k = 0
        while k < min(2, out.count) {
            if Self.isDatelineBlock(out[k].text) { out.remove(at: k) } else { k += 1 }
        }
        return out
    }

    /// Characters and link density of a block.
    static func measure(_ b: WalkedBlock) -> (length: Int, density: Double) {
        var length = 0
        var visible = 0
        var text = b.text
        text.withUTF8 { p in
            Self.byteKinds.withUnsafeBufferPointer { kinds in
                // a table read per byte instead of tests (the branches mispredicted on text)
                for u in p {
                    let k = Int(kinds[Int(u)])
                    length &+= k & 1
                    visible &+= k >> 1
                }
            }
        }
        return (length, Double(b.linkChars) / Double(max(1, visible)))
    }

    /// Per byte: bit 0 set for a scalar's lead byte, bit 1 for a lead byte above space.
    static let byteKinds: [UInt8] = (0..<256).map { b in
        let lead = b & 0xC0 != 0x80
        return (lead ? 1 : 0) | (lead && b > 0x20 ? 2 : 0)
    }

    /// A short line that is only a date and time.
    static func isDatelineBlock(_ text: String) -> Bool {
        guard text.utf8.count < 60 else { return false }
        guard let found = Dateline.find(in: Array(text.utf8)) else { return false }
        return found.coverage >= 0.8
    }

    enum KeyMatch { case equal, prefix, differs }

    /// How `key(text)` compares with the ASCII key `titleKey` (equal, a proper prefix of it, or
    /// neither), read off an ASCII `text` without building its key; nil when `text` is not ASCII.
    /// For ASCII strings `==` and `hasPrefix` are byte comparisons, so the answers agree.
    static func compareKey(of text: String, withASCIIKey titleKey: [UInt8]) -> KeyMatch? {
        var text = text
        return text.withUTF8 { p -> KeyMatch? in
            var any: UInt8 = 0
            for c in p { any |= c }
            guard any < 0x80 else { return nil }
            var k = 0
            for c in p {
                let lower: UInt8
                if (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A) {
                    lower = c
                } else if c >= 0x41 && c <= 0x5A {
                    lower = c | 0x20
                } else {
                    continue
                }
                if k == titleKey.count || titleKey[k] != lower { return .differs }
                k += 1
            }
            return k == titleKey.count ? .equal : .prefix
        }
    }

    static func key(_ s: String) -> String {
        // ASCII text (most blocks) is keyed on its bytes: same result, no Unicode case mapping.
        var s = s
        let ascii: String? = s.withUTF8 { p in
            for c in p where c >= 0x80 { return nil }
            return String(unsafeUninitializedCapacity: p.count) { out in
                var n = 0
                for c in p {
                    if (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7A) {
                        out[n] = c
                        n += 1
                    } else if c >= 0x41 && c <= 0x5A {
                        out[n] = c | 0x20
                        n += 1
                    }
                }
                return n
            }
        }
        if let ascii { return ascii }
        // `lowercased()` maps scalar by scalar, so mapping and filtering per scalar is the same key;
        // general punctuation (U+2000–U+206F: curly quotes, dashes) has no case and no letters.
        // (the key is built as UTF-8 bytes: appending to a scalar view one scalar at a time was slow)
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                if (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) {
                    out.append(UInt8(v))
                } else if v >= 0x41 && v <= 0x5A {
                    out.append(UInt8(v | 0x20))
                }
            } else if v >= 0x2000 && v <= 0x206F {
                continue
            } else {
                for m in u.properties.lowercaseMapping.unicodeScalars where CharacterClass.isAlnum(m) {
                    out.append(contentsOf: UTF8.encode(m)!)
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Short lines that are chrome on any site.
    static func isBoilerplateLine(_ text: String) -> Bool {
        // Matched on the ASCII-lower-cased bytes (no Unicode case mapping, no new String). For
        // ASCII lines that is the same answer; for other lines it is too, except where a
        // scalar lower-cases or is canonically equivalent to ASCII (the Kelvin sign, U+037E,
        // U+1FEF), where a prefix with non-ASCII letters could match, or where a combining
        // scalar follows a matched prefix: those lines take the String path.
        var text = text
        let answer: Bool? = text.withUTF8 { p -> Bool? in
            guard let firstByte = p.first else { return nil }
            var lower = [UInt8](repeating: 0, count: p.count)
            var any: UInt8 = 0
            for (k, c) in p.enumerated() {
                any |= c
                lower[k] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c
            }
            let first = Int(firstByte >= 0x41 && firstByte <= 0x5A ? firstByte | 0x20 : firstByte)
            if any < 0x80 {
                if lower.count <= longestExactLine, exactLinesByLength[lower.count].contains(lower) { return true }
                for prefix in prefixesByFirstByte[first] where lower.starts(with: prefix) { return true }
                return false
            }
            if lower.starts(with: Self.ver) { return nil }
            for marker in Self.stringPathMarkers where ByteText.firstIndex(of: marker, in: lower, from: 0) != nil { return nil }
            // no exact line (all ASCII) can equal a line with other scalars
            for prefix in prefixesByFirstByte[first] where prefix.allSatisfy({ $0 < 0x80 }) && lower.starts(with: prefix) {
                if lower.count == prefix.count || lower[prefix.count] < 0x80 { return true }
                return nil
            }
            return false
        }
        if let answer { return answer }
        let lower = text.lowercased()
        if exactLines.contains(lower) { return true }
        for prefix in prefixes where lower.hasPrefix(prefix) { return true }
        return false
    }

    /// Bytes that send a non-ASCII line to the String path: the Kelvin sign (lower-cases to
    /// "k"), U+037E and U+1FEF (canonically ";" and "`"), and "©" (in prefixes).
    static let stringPathMarkers: [[UInt8]] = [[0xE2, 0x84, 0xAA], [0xCD, 0xBE], [0xE1, 0xBF, 0xAF], [0xC2, 0xA9]]
    /// The start of the one prefix with a non-ASCII letter ("veröffentlicht am").
    static let ver = Array("ver".utf8)

    static let exactLines: Set<String> = [
        "advertisement", "advertisement:", "ad", "sponsored", "sponsored content", "share", "share this",
        "share this article", "share this story", "share on facebook", "share on twitter", "tweet", "email",
        "print", "comments", "comment", "read more", "read more:", "related", "related:", "related articles",
        "related stories", "more", "continue reading", "continue reading below", "story continues below",
        "story continues below advertisement", "article continues below", "scroll to continue with content",
        "skip to main content", "skip to content", "loading...", "loading", "close", "menu", "search",
        "subscribe", "sign up", "log in", "login", "follow us", "copy link", "copied", "image", "photo",
        "video", "listen", "listen to this article", "play", "pause", "next", "previous", "back to top",
    ]

    static let longestExactLine = exactLines.map(\.utf8.count).max() ?? 0
    /// The exact lines' bytes by length (a line is compared only with those of its length).
    static let exactLinesByLength: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: longestExactLine + 1)
        for line in exactLines { table[line.utf8.count].append(Array(line.utf8)) }
        return table
    }()
    /// The prefixes' bytes, listed under their first byte (a line is tried only against its own).
    static let prefixesByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for p in prefixes { if let f = p.utf8.first { table[Int(f)].append(Array(p.utf8)) } }
        return table
    }()

    static let prefixes: [String] = [
        "sign up for", "subscribe to", "click here to", "follow us on", "read more:", "related:", "see also:",
        "we use cookies", "this website uses cookies", "this site uses cookies", "by continuing to use",
        "advertisement -", "(advertisement", "share this", "share on", "get the latest", "want more",
        "photo:", "image:", "picture:", "credit:", "photograph:", "illustration:", "sponsored by",
        "all rights reserved", "copyright ©", "© 20", "©20", "click to share", "don't miss",
        "you may also like", "recommended:", "more from", "more on this", "watch:", "listen:",
        "posted by", "published by", "written by", "last updated", "updated:", "published:", "publicado por",
        "publicado em", "veröffentlicht am",
    ]
}

/// Character classes on Unicode scalars, without Foundation.
enum CharacterClass {
    @inline(__always)
    static func isAlnum(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }
}
