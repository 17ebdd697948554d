/// Plain text of a parsed page, for checks and fallbacks: every text node outside scripts,
/// styles and templates, with a line break at block boundaries and whitespace collapsed.
public enum HTMLTextContent {
    public static func bodyText(_ doc: HTMLDocument) -> String {
        let root = doc.body >= 0 ? doc.body : 0
        return text(doc, root)
    }

    public static func text(_ doc: HTMLDocument, _ root: Int32) -> String {
        var out: [UInt8] = []
        var i = Int(root)
        let end = Int(doc.nodes[i].end)
        while i < end {
            let node = doc.nodes[i]
            if node.kind == .element {
                switch node.tag {
                case .script, .style, .noscript, .template, .title, .noembed, .noframes, .xmp, .iframe:
                    i = Int(node.end)
                    continue
                default:
                    if node.tag.has(.block) { out.append(0x0A) }
                }
            } else if node.kind == .text {
                out.append(contentsOf: doc.text[Int(node.start)..<Int(node.start + node.count)])
            }
            i += 1
        }
        return TextNormalizer.collapse(out)
    }
}

/// Whitespace handling for extracted text.
public enum TextNormalizer {
    /// Collapses runs of whitespace (including no-break spaces) to one space per line, keeps
    /// single line breaks between non-empty lines, trims.
    public static func collapse(_ bytes: [UInt8], keepLineBreaks: Bool = true) -> String {
        bytes.withUnsafeBufferPointer { src -> String in
            if isCollapsed(src) { return String(decoding: src, as: UTF8.self) }
            let n = src.count
            // written through a pointer: appending byte by byte was most of the block walk
            let out = [UInt8](unsafeUninitializedCapacity: n) { buffer, count in
                var o = 0
                var pendingSpace = false
                var pendingBreak = false
                var k = 0
                while k < n {
                    let b = src[k]
                    if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0C {
                        pendingSpace = true
                    } else if b == 0x0A {
                        if keepLineBreaks { pendingBreak = true } else { pendingSpace = true }
                    } else if b == 0xC2 && k + 1 < n && src[k + 1] == 0xA0 {
                        pendingSpace = true
                        k += 1
                    } else {
                        if o > 0 {
                            if pendingBreak {
                                buffer[o] = 0x0A
                                o += 1
                            } else if pendingSpace {
                                buffer[o] = 0x20
                                o += 1
                            }
                        }
                        pendingSpace = false
                        pendingBreak = false
                        buffer[o] = b
                        o += 1
                    }
                    k += 1
                }
                count = o
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether `collapse` would keep the bytes as they are (most text nodes): no tab, line
    /// break, carriage return, form feed, no-break space or double space, no space at either end.
    static func isCollapsed(_ p: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteText.isCollapsed(p, verticalTabIsSpace: false)
    }
}

extension StringProtocol {
    /// The text without leading and trailing ASCII whitespace and no-break spaces; a byte
    /// scan, far cheaper than Foundation's `trimmingCharacters` on Linux.
    var trimmed: String {
        // most values (meta contents, attributes) have nothing to trim: no copy for them
        if let str = self as? String, let first = str.utf8.first, let last = str.utf8.last, !mayBeTrimmed(first), !mayBeTrimmed(last) {
            return str
        }
        let u = Array(self.utf8)
        var s = 0
        var e = u.count
        func space(_ k: Int) -> Int {
            let b = u[k]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C { return 1 }
            return 0
        }
        while s < e {
            if space(s) == 1 { s += 1 } else if u[s] == 0xC2, s + 1 < e, u[s + 1] == 0xA0 { s += 2 } else { break }
        }
        while e > s {
            if space(e - 1) == 1 { e -= 1 } else if e - 2 >= s, u[e - 2] == 0xC2, u[e - 1] == 0xA0 { e -= 2 } else { break }
        }
        if s == 0 && e == u.count, let str = self as? String { return str }
        return String(decoding: u[s..<e], as: UTF8.self)
    }
}

/// Whether `b` is white space or a byte of a no-break space (C2 A0): a string that neither
/// starts nor ends with one is already trimmed.
@inline(__always) private func mayBeTrimmed(_ b: UInt8) -> Bool {
    b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0xC2 || b == 0xA0
}
