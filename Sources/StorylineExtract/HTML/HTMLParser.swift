/// Limits that bound the parser's work on hostile pages.
public struct HTMLParseLimits: Sendable {
    /// Elements deeper than this are still kept, but as children of the deepest open element.
    public var maxDepth: Int = 512
    /// How far up the stack a stray end tag is looked for.
    public var endTagSearch: Int = 256
    /// Input beyond this many bytes is ignored.
    public var maxBytes: Int = 128 << 20
    /// Nodes beyond this are not created (text and tags are skipped).
    public var maxNodes: Int = 4_000_000

    public init() {}
}

/// A WHATWG-style HTML tokenizer and tree builder over UTF-8 bytes, done in one pass.
/// It follows the rules that change where text ends up: raw text and RCDATA elements,
/// comments, character references, void elements, implied end tags (p, li, dd/dt, option,
/// table cells), headings, `<head>`/`<body>` inference and scope-bounded end tags.
/// It skips the adoption agency and foster parenting, which move markup but keep text order.
public enum HTMLParser {
    public static func parse(_ html: String, limits: HTMLParseLimits = HTMLParseLimits()) -> HTMLDocument {
        var s = html
        return s.withUTF8 { parse(bytes: $0, limits: limits) }
    }

    public static func parse(bytes: UnsafeBufferPointer<UInt8>, limits: HTMLParseLimits = HTMLParseLimits())
        -> HTMLDocument
    {
        var builder = HTMLTreeBuilder(limits: limits, sizeHint: bytes.count)
        var input = bytes
        if input.count > limits.maxBytes {
            input = UnsafeBufferPointer(rebasing: bytes[0..<limits.maxBytes])
            builder.doc.warnings.append("HTML longer than \(limits.maxBytes >> 20) MB: the rest was ignored")
        }
        if input.count > 0 {
            var tokenizer = HTMLTokenizer(input: input)
            tokenizer.run(&builder)
        }
        return builder.finish()
    }
}
