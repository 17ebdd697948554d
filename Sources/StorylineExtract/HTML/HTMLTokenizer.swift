#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import StorylineCore

/// The byte-level tokenizer. It calls the tree builder for each token instead of building
/// token values, and decodes character references straight into the document's text buffer.
struct HTMLTokenizer {
    let p: UnsafePointer<UInt8>
    let n: Int
    var i = 0
    /// A decoded character reference's UTF-8 (reused: one array per reference was an allocation each).
    var scratch: [UInt8] = []

    init(input: UnsafeBufferPointer<UInt8>) {
        p = input.baseAddress!
        n = input.count
    }

    @inline(__always) static func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0C || b == 0x0D
    }
    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool { isAlpha(b) || (b >= 0x30 && b <= 0x39) }

    mutating func run(_ tb: inout HTMLTreeBuilder) {
        while i < n {
            // Data state: scan to the next '<', '&' or NUL, eight bytes at a time.
            var j = i
            while j + 8 <= n {
                let w = UInt64(littleEndian: UnsafeRawPointer(p + j).loadUnaligned(as: UInt64.self))
                let stops = ByteLanes.equal(w, 0x3C) | ByteLanes.equal(w, 0x26) | ByteLanes.zero(w)
                if stops != 0 {
                    j += stops.trailingZeroBitCount >> 3
                    break
                }
                j += 8
            }
            if j + 8 > n {
                while j < n {
                    let b = p[j]
                    if b == 0x3C || b == 0x26 || b == 0 { break }
                    j += 1
                }
            }
            if j > i { tb.appendText(p + i, j - i) }
            i = j
            if i >= n { break }
            let b = p[i]
            if b == 0 {
                i += 1
                continue
            }
            if b == 0x26 {
                if let (cp, next) = decodeReference(at: i, end: n, inAttribute: false) {
                    scratch.removeAll(keepingCapacity: true)
                    Self.appendUTF8(cp, to: &scratch)
                    scratch.withUnsafeBufferPointer { tb.appendText($0.baseAddress!, $0.count) }
                    i = next
                } else {
                    tb.appendText(p + i, 1)
                    i += 1
                }
                continue
            }
            // '<'
            guard i + 1 < n else {
                tb.appendText(p + i, 1)
                i += 1
                break
            }
            let c = p[i + 1]
            if Self.isAlpha(c) {
                startTag(&tb)
            } else if c == 0x2F {  // '/'
                if i + 2 < n, Self.isAlpha(p[i + 2]) {
                    endTag(&tb)
                } else if i + 2 < n, p[i + 2] == 0x3E {
                    i += 3  // "</>" is ignored
                } else if i + 2 >= n {
                    tb.appendText(p + i, n - i)
                    i = n
                } else {
                    skipBogusComment(from: i + 2)
                }
            } else if c == 0x21 {  // '!'
                markupDeclaration()
            } else if c == 0x3F {  // '?'
                skipBogusComment(from: i + 1)
            } else {
                tb.appendText(p + i, 1)
                i += 1
            }
        }
    }

    /// `<!--…-->`, `<!DOCTYPE …>`, `<![CDATA[…]]>` or a bogus comment.
    mutating func markupDeclaration() {
        let s = i + 2
        if s + 1 < n, p[s] == 0x2D, p[s + 1] == 0x2D {
            var j = s + 2
            // "<!-->" and "<!--->" are empty comments.
            if j < n, p[j] == 0x3E { i = j + 1; return }
            if j + 1 < n, p[j] == 0x2D, p[j + 1] == 0x3E { i = j + 2; return }
            while j + 2 < n {
                if p[j] == 0x2D, p[j + 1] == 0x2D {
                    if p[j + 2] == 0x3E { i = j + 3; return }
                    if p[j + 2] == 0x21, j + 3 < n, p[j + 3] == 0x3E { i = j + 4; return }
                }
                j += 1
            }
            i = n
            return
        }
        skipBogusComment(from: s)
    }

    mutating func skipBogusComment(from s: Int) {
        var j = s
        while j < n, p[j] != 0x3E { j += 1 }
        i = min(n, j + 1)
    }

    /// Reads a tag name from `s`; returns its key and end.
    @inline(__always)
    func readName(from s: Int) -> (key: UInt64, end: Int) {
        var j = s
        while j < n {
            let b = p[j]
            if Self.isSpace(b) || b == 0x2F || b == 0x3E { break }
            j += 1
        }
        return (HTMLNameKey.key(p + s, j - s), j)
    }

    mutating func startTag(_ tb: inout HTMLTreeBuilder) {
        let (key, nameEnd) = readName(from: i + 1)
        let attrStart = tb.doc.attributes.count
        let textMark = tb.doc.text.count
        guard let (end, selfClosing) = readAttributes(from: nameEnd, tb: &tb, keep: true) else {
            // EOF inside a tag: the tag is dropped.
            tb.doc.attributes.removeSubrange(attrStart...)
            tb.doc.text.removeSubrange(textMark...)
            i = n
            return
        }
        i = end
        let tag = HTMLTag.lookup(key)
        tb.startTag(key: key, tag: tag, attrStart: attrStart, selfClosing: selfClosing)
        if tag.has(.rawText) || tag.has(.rcdata) {
            rawText(key: key, tag: tag, tb: &tb)
        } else if tag == .plaintext {
            if i < n { tb.appendText(p + i, n - i) }
            i = n
        }
    }

    mutating func endTag(_ tb: inout HTMLTreeBuilder) {
        let (key, nameEnd) = readName(from: i + 2)
        guard let (end, _) = readAttributes(from: nameEnd, tb: &tb, keep: false) else {
            i = n
            return
        }
        i = end
        tb.endTag(key: key, tag: HTMLTag.lookup(key))
    }

    /// Parses attributes up to '>' and returns the position after it, or nil at EOF.
    mutating func readAttributes(from s: Int, tb: inout HTMLTreeBuilder, keep: Bool) -> (Int, Bool)? {
        var j = s
        let firstAttr = tb.doc.attributes.count
        while true {
            while j < n, Self.isSpace(p[j]) { j += 1 }
            guard j < n else { return nil }
            var b = p[j]
            if b == 0x3E { return (j + 1, false) }
            if b == 0x2F {
                j += 1
                if j < n, p[j] == 0x3E { return (j + 1, true) }
                continue
            }
            // Attribute name ('=' allowed as the first character).
            let nameStart = j
            j += 1
            while j < n {
                b = p[j]
                if Self.isSpace(b) || b == 0x2F || b == 0x3E || b == 0x3D { break }
                j += 1
            }
            let nameEnd = j
            while j < n, Self.isSpace(p[j]) { j += 1 }
            var valueStart = 0
            var valueEnd = 0
            var hasValue = false
            if j < n, p[j] == 0x3D {
                j += 1
                while j < n, Self.isSpace(p[j]) { j += 1 }
                guard j < n else { return nil }
                let q = p[j]
                if q == 0x22 || q == 0x27 {
                    j += 1
                    valueStart = j
                    guard let hit = memchr(p + j, Int32(q), n - j) else { return nil }
                    j = p.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    valueEnd = j
                    j += 1
                } else if q == 0x3E {
                    // "a=>": empty value
                } else {
                    valueStart = j
                    while j < n, !Self.isSpace(p[j]), p[j] != 0x3E { j += 1 }
                    valueEnd = j
                }
                hasValue = true
            }
            guard keep else { continue }
            let key = HTMLNameKey.key(p + nameStart, nameEnd - nameStart)
            // Duplicate attributes: the first wins.
            var duplicate = false
            var k = firstAttr
            while k < tb.doc.attributes.count {
                if tb.doc.attributes[k].key == key { duplicate = true; break }
                k += 1
            }
            if duplicate { continue }
            let start = tb.doc.text.count
            if hasValue && valueEnd > valueStart {
                var hasReference = false
                for m in valueStart..<valueEnd where p[m] == 0x26 { hasReference = true; break }
                if hasReference {
                    tb.doc.text.append(contentsOf: decoded(valueStart, valueEnd, inAttribute: true))
                } else {
                    tb.doc.text.append(contentsOf: UnsafeBufferPointer(start: p + valueStart, count: valueEnd - valueStart))
                }
            }
            tb.doc.attributes.append(
                HTMLDocument.Attribute(key: key, start: Int32(start), count: Int32(tb.doc.text.count - start)))
        }
    }

    /// Raw text or RCDATA content up to `</name`, as one text node.
    mutating func rawText(key: UInt64, tag: HTMLTag, tb: inout HTMLTreeBuilder) {
        let s = i
        let nameLength = tag == .other ? 0 : Int(HTMLTagTable.shared.nameLengths[Int(tag.rawValue)])
        var j = i
        var contentEnd = n
        var after = n
        while j + 1 < n {
            guard let hit = memchr(p + j, 0x3C, n - j) else { break }
            j = p.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            guard j + 1 < n else { break }
            if p[j + 1] == 0x2F, j + 2 + nameLength <= n {
                let k = j + 2 + nameLength
                if HTMLNameKey.key(p + j + 2, nameLength) == key,
                    k == n || Self.isSpace(p[k]) || p[k] == 0x2F || p[k] == 0x3E
                {
                    contentEnd = j
                    var m = k
                    while m < n, p[m] != 0x3E { m += 1 }
                    after = min(n, m + 1)
                    break
                }
            }
            j += 1
        }
        if contentEnd > s {
            if tag.has(.rcdata) {
                let text = decoded(s, contentEnd, inAttribute: false)
                text.withUnsafeBufferPointer { tb.appendText($0.baseAddress!, $0.count) }
            } else {
                tb.appendText(p + s, contentEnd - s)
            }
        }
        i = after
        tb.endTag(key: key, tag: tag)
    }

    /// Decodes the character reference at `at` ('&'). Returns the code point and the position
    /// after the reference, or nil when the text is not a reference (it is then copied as is).
    @inline(__always)
    func decodeReference(at: Int, end: Int, inAttribute: Bool) -> (UInt32, Int)? {
        var j = at + 1
        guard j < end else { return nil }
        if p[j] == 0x23 {  // '#'
            j += 1
            var hex = false
            if j < end, p[j] | 0x20 == 0x78 {
                hex = true
                j += 1
            }
            let digitsStart = j
            var value: UInt32 = 0
            while j < end {
                let b = p[j]
                var d: UInt32
                if b >= 0x30 && b <= 0x39 {
                    d = UInt32(b - 0x30)
                } else if hex && (b | 0x20) >= 0x61 && (b | 0x20) <= 0x66 {
                    d = UInt32((b | 0x20) - 0x61 + 10)
                } else {
                    break
                }
                if value < 0x11_0000 { value = value * (hex ? 16 : 10) + d }
                j += 1
            }
            guard j > digitsStart else { return nil }
            if j < end, p[j] == 0x3B { j += 1 }
            if value == 0 || value > 0x10_FFFF || (value >= 0xD800 && value <= 0xDFFF) {
                value = 0xFFFD
            } else if value >= 0x80 && value <= 0x9F {
                value = HTMLEntities.windows1252[Int(value - 0x80)]
            }
            return (value, j)
        }
        // Named reference: the alphanumeric run, then legacy prefixes without ';'.
        let nameStart = j
        while j < end, j - nameStart < 32, Self.isAlnum(p[j]) { j += 1 }
        let nameEnd = j
        guard nameEnd > nameStart else { return nil }
        if nameEnd < end, p[nameEnd] == 0x3B {
            let key = HTMLEntities.caseSensitiveKey(UnsafeBufferPointer(start: p + nameStart, count: nameEnd - nameStart))
            if let cp = HTMLEntities.table[key] { return (cp, nameEnd + 1) }
        }
        var len = min(6, nameEnd - nameStart)
        while len >= 2 {
            let key = HTMLEntities.caseSensitiveKey(UnsafeBufferPointer(start: p + nameStart, count: len))
            if HTMLEntities.legacy.contains(key), let cp = HTMLEntities.table[key] {
                let next = nameStart + len
                if inAttribute, next < end, Self.isAlnum(p[next]) || p[next] == 0x3D { return nil }
                return (cp, next)
            }
            len -= 1
        }
        return nil
    }

    /// Appends code point `cp` as UTF-8.
    @inline(__always)
    static func appendUTF8(_ cp: UInt32, to out: inout [UInt8]) {
        if cp < 0x80 {
            out.append(UInt8(cp))
        } else if cp < 0x800 {
            out.append(UInt8(0xC0 | (cp >> 6)))
            out.append(UInt8(0x80 | (cp & 0x3F)))
        } else if cp < 0x10000 {
            out.append(UInt8(0xE0 | (cp >> 12)))
            out.append(UInt8(0x80 | ((cp >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (cp & 0x3F)))
        } else {
            out.append(UInt8(0xF0 | (cp >> 18)))
            out.append(UInt8(0x80 | ((cp >> 12) & 0x3F)))
            out.append(UInt8(0x80 | ((cp >> 6) & 0x3F)))
            out.append(UInt8(0x80 | (cp & 0x3F)))
        }
    }

    /// `[s, e)` with character references decoded, as bytes.
    func decoded(_ s: Int, _ e: Int, inAttribute: Bool) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(e - s)
        var j = s
        var run = s
        while j < e {
            if p[j] == 0x26, let (cp, next) = decodeReference(at: j, end: e, inAttribute: inAttribute) {
                if j > run { out.append(contentsOf: UnsafeBufferPointer(start: p + run, count: j - run)) }
                Self.appendUTF8(cp, to: &out)
                j = next
                run = j
            } else {
                j += 1
            }
        }
        if e > run { out.append(contentsOf: UnsafeBufferPointer(start: p + run, count: e - run)) }
        return out
    }
}
