/// Cheap checks on the shape of a sentence: is it complete prose that can stand in a brief
/// (not a caption, heading fragment, byline, link or half of a quotation)?
enum SentenceShape {
    static func isProse(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count <= 1200 else { return false }
        var words = 0
        var inWord = false
        for b in bytes {
            let space = b == 32 || b == 10 || b == 9 || b == 13
            if !space && !inWord { words += 1 }
            inWord = !space
        }
        guard words >= 6, words <= 80 else { return false }
        guard let first = text.unicodeScalars.first, let last = lastNonClosing(text) else { return false }
        let opensWell = first.properties.isUppercase || first.properties.numericType != nil
            || "\"\u{201C}\u{2018}'".unicodeScalars.contains(first)
        guard opensWell, ".!?".unicodeScalars.contains(last) else { return false }
        // An exclamation outside quotation marks is a blogger's or a page's voice, not reporting.
        if last == "!", let end = text.unicodeScalars.last, end == "!" { return false }
        guard quotesBalanced(bytes) else { return false }
        return !holdsJunk(bytes) && !PageChrome.isCallToAction(text)
    }

    /// Whether the text, lower-cased on its ASCII letters, holds any junk marker: one pass
    /// over the bytes; a one-byte marker is a table lookup, and longer markers are only tried
    /// where the next two bytes open one of them.
    static func holdsJunk(_ bytes: [UInt8]) -> Bool {
        let n = bytes.count
        @inline(__always) func lower(_ c: UInt8) -> UInt8 { c >= 65 && c <= 90 ? c | 0x20 : c }
        for i in 0..<n {
            let c = lower(bytes[i])
            if singleByteJunk[Int(c)] { return true }
            guard i + 1 < n else { break }
            let pair = Int(c) << 8 | Int(lower(bytes[i + 1]))
            guard junkPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else { continue }
            for marker in junkByFirstByte[Int(c)] where marker.count >= 2 && marker.count <= n - i {
                var j = 1
                while j < marker.count, lower(bytes[i + j]) == marker[j] { j += 1 }
                if j == marker.count { return true }
            }
        }
        return false
    }

    /// Markers of one byte ("@", "|"), by byte.
    static let singleByteJunk: [Bool] = {
        var table = Array(repeating: false, count: 256)
        for marker in junkBytes where marker.count == 1 { table[Int(marker[0])] = true }
        return table
    }()

    /// The first two bytes of every longer marker, as a bit set over byte pairs.
    static let junkPairs: [UInt64] = {
        var bits = Array(repeating: UInt64(0), count: 65536 / 64)
        for marker in junkBytes where marker.count >= 2 {
            let pair = Int(marker[0]) << 8 | Int(marker[1])
            bits[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        return bits
    }()

    static let junkByFirstByte: [[[UInt8]]] = {
        var table = Array(repeating: [[UInt8]](), count: 256)
        for marker in junkBytes { table[Int(marker[0])].append(marker) }
        return table
    }()

    /// `quotesBalanced` over UTF-8 bytes (“ is E2 80 9C, ” is E2 80 9D).
    static func quotesBalanced(_ b: [UInt8]) -> Bool {
        var straight = 0
        var depth = 0
        var i = 0
        while i < b.count {
            if b[i] == 0x22 {
                straight += 1
            } else if b[i] == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 {
                if b[i + 2] == 0x9C { depth += 1 }
                if b[i + 2] == 0x9D {
                    depth -= 1
                    if depth < 0 { return false }
                }
            }
            i += 1
        }
        return straight % 2 == 0 && depth == 0
    }

    /// Pieces of page furniture that leak into text: links, nags, appeals and photo captions.
    static let junkMarkers = [
        "http://", "https://", "www.", "@", "sign up", "subscribe", "newsletter", "cookie", "click here", "read more",
        "all rights reserved", "|", "your support", "notifications", "donate", "donation", "browser", "photograph:",
        "getty images", "/afp", "afp)", "reuters)", "ap photo", ", left,", ", right,", "(pictured)", "pictured:",
    ]

    static let junkBytes: [[UInt8]] = junkMarkers.map { Array($0.utf8) }

    /// The last character that is not a closing quotation mark or bracket.
    static func lastNonClosing(_ text: String) -> Unicode.Scalar? {
        for c in text.unicodeScalars.reversed() {
            switch c.value {
            case 0x22, 0x27, 0x201D, 0x2019, 0x29, 0x5D: continue
            default: return c.properties.isWhitespace ? nil : c
            }
        }
        return nil
    }

    /// Straight double quotes come in pairs and curly ones open before they close.
    static func quotesBalanced(_ text: String) -> Bool {
        var straight = 0
        var depth = 0
        for c in text.unicodeScalars {
            switch c {
            case "\"": straight += 1
            case "\u{201C}": depth += 1
            case "\u{201D}":
                depth -= 1
                if depth < 0 { return false }
            default: break
            }
        }
        return straight % 2 == 0 && depth == 0
    }

    static func isQuestion(_ text: String) -> Bool { lastNonClosing(text) == "?" }

    /// Whether `offset` (a scalar offset) lies inside quotation marks.
    static func insideQuotes(_ text: String, at offset: Int) -> Bool {
        var straight = 0
        var depth = 0
        for (i, c) in text.unicodeScalars.enumerated() {
            if i >= offset { break }
            if c == "\"" { straight += 1 } else if c == "\u{201C}" { depth += 1 } else if c == "\u{201D}" { depth -= 1 }
        }
        return straight % 2 == 1 || depth > 0
    }
}

/// Substring search over UTF-8 bytes (fast, and the same answer as searching the text).
enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { contains($0, needle) }
    }

    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        needle.withUnsafeBufferPointer { contains(haystack, $0) }
    }

    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = needle.first, needle.count <= haystack.count else { return needle.isEmpty }
        let last = haystack.count - needle.count
        var i = 0
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }

    static func contains(_ haystack: String, _ needle: String) -> Bool {
        contains(Array(haystack.utf8), Array(needle.utf8))
    }
}
