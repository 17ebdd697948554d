#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import StorylineCore

/// Byte-level helpers over UTF-8 text, so the hot paths avoid `Character` iteration and regexes.
enum ByteText {
    @inline(__always) static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
    /// A byte that belongs to a word: ASCII letters and digits and every non-ASCII byte
    /// (letters of other scripts; curly quotes are handled by `isQuoteByteSequence`).
    @inline(__always) static func isWordByte(_ b: UInt8) -> Bool { isASCIILetter(b) || isDigit(b) || b >= 0x80 }

    /// FNV-1a of the bytes: a cheap key for byte strings in dictionaries.
    static func hash64(_ bytes: [UInt8]) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01B3 }
        return h
    }

    /// ASCII lower-casing; other bytes unchanged.
    static func lowercased(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        for i in out.indices where isUpper(out[i]) { out[i] |= 0x20 }
        return out
    }

    /// Whether `needle` occurs in `haystack` (plain byte search; needles are short).
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: haystack, from: 0) != nil
    }

    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        let n = needle.count, h = haystack.count
        guard n > 0, h >= n, start <= h - n else { return nil }
        // memchr finds candidate first bytes a vector at a time; a byte loop here was a hot spot of dump cleaning
        return haystack.withUnsafeBufferPointer { hp in
            needle.withUnsafeBufferPointer { np in
                let base = UnsafeRawPointer(hp.baseAddress!)
                let rest = UnsafeRawPointer(np.baseAddress!) + 1
                let first = Int32(np[0])
                var i = start
                let last = h - n
                while i <= last {
                    guard let hit = memchr(base + i, first, last - i + 1) else { return nil }
                    let k = base.distance(to: UnsafeRawPointer(hit))
                    if n == 1 || memcmp(base + k + 1, rest, n - 1) == 0 { return k }
                    i = k + 1
                }
                return nil
            }
        }
    }

    /// Foundation's `s.contains(needle)` for an ASCII `needle`: on ASCII text a byte search
    /// gives the same answer (no canonical equivalents to match) without bridging `s` to
    /// NSString; other text still asks Foundation.
    static func contains(_ s: String, ascii needle: String) -> Bool {
        let u = s.utf8
        guard u.allSatisfy({ $0 < 0x80 }) else { return s.contains(needle) }
        return firstIndex(of: Array(needle.utf8), in: Array(u), from: 0) != nil
    }

    /// The start of the last occurrence of `needle` in `haystack`.
    static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        let n = needle.count, h = haystack.count
        guard n > 0, h >= n else { return nil }
        var i = h - n
        while i >= 0 {
            if haystack[i] == needle[0] {
                var k = 1
                while k < n && haystack[i + k] == needle[k] { k += 1 }
                if k == n { return i }
            }
            i -= 1
        }
        return nil
    }

    /// How many of `phrases` occur in `lower`, counting a phrase once; a phrase that starts
    /// with a letter must start at a word boundary so "register" does not match "unregistered".
    static func countPhrases(_ phrases: [[UInt8]], in lower: [UInt8]) -> Int {
        var hits = 0
        for p in phrases {
            var from = 0
            while let i = firstIndex(of: p, in: lower, from: from) {
                if i == 0 || !isASCIILetter(p[0]) || !isASCIILetter(lower[i - 1]) {
                    hits += 1
                    break
                }
                from = i + 1
            }
        }
        return hits
    }

    static func countPhrases(_ phrases: PhraseSet, in lower: [UInt8]) -> Int { phrases.count(in: lower) }

    /// Collapses runs of whitespace (incl. NBSP) into single spaces and trims.
    static func collapseSpaces(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        if isCollapsed(bytes) { return Array(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let b = bytes[i]
            if isSpace(b) || b == 0x0B || b == 0x0C {
                pendingSpace = true
                i += 1
                continue
            }
            if b == 0xC2, i + 1 < bytes.endIndex, bytes[i + 1] == 0xA0 {  // NBSP
                pendingSpace = true
                i += 2
                continue
            }
            if pendingSpace && !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            out.append(b)
            i += 1
        }
        return out
    }

    /// Whether `collapseSpaces` would return the bytes unchanged (most lines): no tab, line or
    /// page break, no-break space or double space, and no space at either end.
    static func isCollapsed(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { isCollapsed($0, verticalTabIsSpace: true) }
    }

    /// No byte from tab to carriage return (the vertical tab only when `verticalTabIsSpace`),
    /// no double space, no no-break space, no space at either end: text a whitespace collapse
    /// keeps as it is. Read eight bytes at a time; a clean chunk needs no look at its bytes.
    static func isCollapsed(_ p: UnsafeBufferPointer<UInt8>, verticalTabIsSpace: Bool) -> Bool {
        guard let first = p.first, let last = p.last else { return true }
        @inline(__always) func isBreak(_ c: UInt8) -> Bool { c >= 0x09 && c <= 0x0D && (verticalTabIsSpace || c != 0x0B) }
        if first == 0x20 || last == 0x20 || isBreak(first) { return false }
        var k = 1
        var previous = first
        while k + 8 <= p.count {
            let w = UInt64(littleEndian: UnsafeRawPointer(p.baseAddress! + k).loadUnaligned(as: UInt64.self))
            let low = w & 0x7F7F_7F7F_7F7F_7F7F
            var breaks = (low &+ 0x7777_7777_7777_7777) & ~(low &+ 0x7272_7272_7272_7272) & ~w & 0x8080_8080_8080_8080
            if !verticalTabIsSpace { breaks &= ~ByteLanes.equal(w, 0x0B) }
            let spaces = ByteLanes.equal(w, 0x20)
            let spacePairs = spaces & (spaces << 8 | (previous == 0x20 ? 0x80 : 0))
            let nbsp = ByteLanes.equal(w, 0xA0) & (ByteLanes.equal(w, 0xC2) << 8 | (previous == 0xC2 ? 0x80 : 0))
            if breaks | spacePairs | nbsp != 0 { return false }
            previous = UInt8(truncatingIfNeeded: w >> 56)
            k += 8
        }
        while k < p.count {
            let c = p[k]
            if isBreak(c) || (c == 0x20 && previous == 0x20) || (c == 0xA0 && previous == 0xC2) { return false }
            previous = c
            k += 1
        }
        return true
    }


    /// The words of a text: runs of word bytes, with an apostrophe (ASCII or U+2019) inside a word kept.
    static func words(_ bytes: [UInt8]) -> [ArraySlice<UInt8>] {
        var out: [ArraySlice<UInt8>] = []
        var i = 0
        let n = bytes.count
        while i < n {
            while i < n && !isWordStart(bytes, i) { i += advance(bytes, i) }
            let start = i
            while i < n {
                if isWordStart(bytes, i) {
                    i += advance(bytes, i)
                } else if (bytes[i] == 0x27 || bytes[i] == 0x2D) && i > start && i + 1 < n && isASCIILetter(bytes[i + 1]) {
                    i += 1
                } else if isRightQuote(bytes, i) && i > start && i + 3 < n && isASCIILetter(bytes[i + 3]) {
                    i += 3
                } else {
                    break
                }
            }
            if i > start { out.append(bytes[start..<i]) }
        }
        return out
    }

    /// Calls `body(start, end)` for each word of `p`, exactly as `words(_:)` cuts them, without
    /// building slices (the per-block feature pass reads every word of every block).
    @inline(__always)
    static func forEachWord(_ p: UnsafeBufferPointer<UInt8>, _ body: (Int, Int) -> Void) {
        let n = p.count
        @inline(__always) func advance(_ i: Int) -> Int {
            let c = p[i]
            let len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
            return min(len, n - i)
        }
        @inline(__always) func isWordStart(_ i: Int) -> Bool {
            let c = p[i]
            if c < 0x80 { return isASCIILetter(c) || isDigit(c) }
            if c == 0xE2, i + 1 < n, p[i + 1] >= 0x80, p[i + 1] <= 0x81 { return false }
            if c == 0xE3, i + 1 < n, p[i + 1] == 0x80 { return false }
            if c == 0xEF, i + 1 < n, p[i + 1] == 0xBC || p[i + 1] == 0xBD { return false }
            if c == 0xC2 { return false }
            return c >= 0xC3
        }
        Self.asciiAlnum.withUnsafeBufferPointer { alnum in
            var i = 0
            while i < n {
                // ASCII bytes are tested with one table read (`isWordStart` of an ASCII byte is `alnum`)
                while i < n && p[i] < 0x80 && !alnum[Int(p[i])] { i += 1 }
                while i < n && !isWordStart(i) { i += advance(i) }
                let start = i
                while i < n {
                    i = endOfAlnum(p, from: i)
                    guard i < n else { break }
                    if isWordStart(i) {
                        i += advance(i)
                    } else if (p[i] == 0x27 || p[i] == 0x2D) && i > start && i + 1 < n && isASCIILetter(p[i + 1]) {
                        i += 1
                    } else if i + 2 < n && p[i] == 0xE2 && p[i + 1] == 0x80 && p[i + 2] == 0x99 && i > start && i + 3 < n
                        && isASCIILetter(p[i + 3])
                    {
                        i += 3
                    } else {
                        break
                    }
                }
                if i > start { body(start, i) }
            }
        }
    }

    /// The first index at or after `i` whose byte is not an ASCII letter (`p.count` if none),
    /// read eight bytes at a time: a word's end costs one mask instead of a branch per letter
    /// (whose exit mispredicted once per word).
    @inline(__always)
    static func endOfLetters(_ p: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var i = i
        let n = p.count
        while i + 8 <= n {
            let w = UInt64(littleEndian: UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self))
            let other = ~letterMask(w) & 0x8080_8080_8080_8080
            if other != 0 { return i + other.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < n && isASCIILetter(p[i]) { i += 1 }
        return i
    }

    /// Like `endOfLetters` for ASCII letters and digits.
    @inline(__always)
    static func endOfAlnum(_ p: UnsafeBufferPointer<UInt8>, from i: Int) -> Int {
        var i = i
        let n = p.count
        while i + 8 <= n {
            let w = UInt64(littleEndian: UnsafeRawPointer(p.baseAddress! + i).loadUnaligned(as: UInt64.self))
            let low = w & 0x7F7F_7F7F_7F7F_7F7F
            let digits = (low &+ 0x5050_5050_5050_5050) & ~(low &+ 0x4646_4646_4646_4646) & ~w
            let other = ~(letterMask(w) | digits) & 0x8080_8080_8080_8080
            if other != 0 { return i + other.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < n && (isASCIILetter(p[i]) || isDigit(p[i])) { i += 1 }
        return i
    }

    /// Bit 7 of each byte of `w` set when that byte is an ASCII letter: folded to lower case,
    /// at least "a" (adding 0x1F carries into bit 7) and not past "z" (adding 0x05 does not);
    /// bytes from 0x80 never count.
    @inline(__always)
    static func letterMask(_ w: UInt64) -> UInt64 {
        let low = (w | 0x2020_2020_2020_2020) & 0x7F7F_7F7F_7F7F_7F7F
        return (low &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(low &+ 0x0505_0505_0505_0505) & ~w & 0x8080_8080_8080_8080
    }

    /// ASCII letters and digits (false for every byte from 0x80).
    static let asciiAlnum: [Bool] = (0..<256).map { b in b < 0x80 && (isASCIILetter(UInt8(b)) || isDigit(UInt8(b))) }

    /// Length in bytes of the UTF-8 sequence starting at `i`.
    @inline(__always) static func advance(_ b: [UInt8], _ i: Int) -> Int {
        let c = b[i]
        let len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1
        return min(len, b.count - i)
    }

    /// A word starts at an ASCII letter/digit or at a non-ASCII letter; general punctuation
    /// (U+2000–U+206F: dashes, curly quotes, ellipsis) and CJK punctuation are not letters.
    @inline(__always) static func isWordStart(_ b: [UInt8], _ i: Int) -> Bool {
        let c = b[i]
        if c < 0x80 { return isASCIILetter(c) || isDigit(c) }
        if c == 0xE2, i + 1 < b.count, b[i + 1] >= 0x80, b[i + 1] <= 0x81 { return false }  // U+2000–U+207F
        if c == 0xE3, i + 1 < b.count, b[i + 1] == 0x80 { return false }  // U+3000–U+303F CJK punctuation
        if c == 0xEF, i + 1 < b.count, b[i + 1] == 0xBC || b[i + 1] == 0xBD { return false }  // fullwidth forms
        if c == 0xC2 { return false }  // Latin-1 punctuation (NBSP, «, », ©, ·)
        return c >= 0xC3
    }

    @inline(__always) static func isRightQuote(_ b: [UInt8], _ i: Int) -> Bool {
        i + 2 < b.count && b[i] == 0xE2 && b[i + 1] == 0x80 && b[i + 2] == 0x99
    }

    /// Number of Unicode scalars (UTF-8 lead bytes).
    static func scalarCount(_ b: [UInt8]) -> Int {
        var n = 0
        for c in b where c & 0xC0 != 0x80 { n += 1 }
        return n
    }

    static func string(_ b: some Collection<UInt8>) -> String { String(decoding: b, as: UTF8.self) }

    /// Lower-cased word as a String key (ASCII fast path; other scripts through Foundation-free lowercasing).
    static func key(_ w: ArraySlice<UInt8>) -> String {
        var ascii = true
        for c in w where c >= 0x80 { ascii = false; break }
        if ascii {
            var lower = [UInt8](w)
            for i in lower.indices where isUpper(lower[i]) { lower[i] |= 0x20 }
            return String(decoding: lower, as: UTF8.self)
        }
        return String(decoding: w, as: UTF8.self).lowercased()
    }
}
