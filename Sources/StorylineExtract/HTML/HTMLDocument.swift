/// A parsed HTML page as flat arrays: nodes refer to each other by index, so walking and
/// scoring need no reference counting and depth never touches the call stack.
/// Node 0 is the document. Nodes are stored in document order: a node's descendants have
/// larger indices than the node itself and smaller than the node's next sibling.
public struct HTMLDocument: Sendable {
    public enum Kind: UInt8, Sendable { case document, element, text }

    public struct Node: Sendable {
        /// Name key (`HTMLNameKey`) of an element; 0 for text and the document.
        public var key: UInt64
        public var tag: HTMLTag
        public var kind: Kind
        public var parent: Int32
        public var firstChild: Int32
        public var lastChild: Int32
        public var next: Int32
        /// Text: start in `text`. Element: first index in `attributes`.
        public var start: Int32
        /// Text: byte count. Element: attribute count.
        public var count: Int32
        /// One past the last descendant's index (set when the tree is complete).
        public var end: Int32
    }

    public struct Attribute: Sendable {
        public var key: UInt64
        public var start: Int32
        public var count: Int32
    }

    public internal(set) var nodes: [Node] = []
    public internal(set) var attributes: [Attribute] = []
    /// Decoded text of text nodes and attribute values, UTF-8.
    public internal(set) var text: [UInt8] = []
    public internal(set) var html: Int32 = -1
    public internal(set) var head: Int32 = -1
    public internal(set) var body: Int32 = -1
    /// Set when the page is a frameset with no body text.
    public internal(set) var hasFrameset = false
    /// What the parser had to bound or repair (depth cap, size cap, …).
    public internal(set) var warnings: [String] = []

    // MARK: - Reading

    @inline(__always) public func tag(_ n: Int32) -> HTMLTag { nodes[Int(n)].tag }
    @inline(__always) public func isElement(_ n: Int32) -> Bool { nodes[Int(n)].kind == .element }
    @inline(__always) public func isText(_ n: Int32) -> Bool { nodes[Int(n)].kind == .text }

    /// The value of attribute `key` on element `n`.
    @inline(__always)
    public func attributeRange(_ n: Int32, _ key: UInt64) -> Range<Int>? {
        let node = nodes[Int(n)]
        guard node.kind == .element, node.count > 0 else { return nil }
        var i = Int(node.start)
        let e = i + Int(node.count)
        while i < e {
            let a = attributes[i]
            if a.key == key { return Int(a.start)..<Int(a.start + a.count) }
            i += 1
        }
        return nil
    }

    public func attribute(_ n: Int32, _ key: UInt64) -> String? {
        guard let r = attributeRange(n, key) else { return nil }
        return String(decoding: text[r], as: UTF8.self)
    }

    public func attribute(_ n: Int32, _ name: String) -> String? { attribute(n, HTMLNameKey.key(name)) }

    /// All attributes of element `n` as name keys and values.
    public func attributeList(_ n: Int32) -> [(key: UInt64, value: String)] {
        let node = nodes[Int(n)]
        guard node.kind == .element else { return [] }
        return (Int(node.start)..<Int(node.start + node.count)).map {
            let a = attributes[$0]
            return (a.key, String(decoding: text[Int(a.start)..<Int(a.start + a.count)], as: UTF8.self))
        }
    }

    /// The text node's bytes.
    @inline(__always)
    public func textRange(_ n: Int32) -> Range<Int> {
        let node = nodes[Int(n)]
        return Int(node.start)..<Int(node.start + node.count)
    }

    /// Children of `n` in order.
    public func children(_ n: Int32) -> [Int32] {
        var out: [Int32] = []
        var c = nodes[Int(n)].firstChild
        while c >= 0 {
            out.append(c)
            c = nodes[Int(c)].next
        }
        return out
    }

    /// Every element with tag `tag`, in document order.
    public func elements(_ tag: HTMLTag) -> [Int32] {
        var out: [Int32] = []
        for i in nodes.indices where nodes[i].tag == tag && nodes[i].kind == .element { out.append(Int32(i)) }
        return out
    }

    /// Concatenated text of the subtree (no separators added), skipping elements whose tag is in `skip`.
    public func textContent(_ n: Int32, skipping skip: (HTMLTag) -> Bool = { _ in false }) -> String {
        var bytes: [UInt8] = []
        var i = Int(n)
        let end = Int(nodes[i].end)
        while i < end {
            let node = nodes[i]
            if node.kind == .element && i != Int(n) && skip(node.tag) {
                i = Int(node.end)
                continue
            }
            if node.kind == .text { bytes.append(contentsOf: text[Int(node.start)..<Int(node.start + node.count)]) }
            i += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether `a` is `d` or one of its ancestors.
    @inline(__always)
    public func contains(_ a: Int32, _ d: Int32) -> Bool { d >= a && d < nodes[Int(a)].end }
}
