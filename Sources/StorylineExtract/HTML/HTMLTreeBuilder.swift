/// Tree construction: where each token goes, with the stack of open elements.
struct HTMLTreeBuilder {
    var doc = HTMLDocument()
    let limits: HTMLParseLimits
    /// Open elements, innermost last (node indices).
    var stack: [Int32] = []
    var bodyStarted = false
    var afterHead = false
    var depthCapped = false
    var nodesCapped = false
    /// A node was inserted outside the current open element (head content after the body):
    /// the arrays are renumbered into document order at the end.
    var outOfOrder = false
    /// Elements of `svg`/`math` open: self-closing tags close there.
    var foreignDepth = 0
    /// How many elements of each known tag are open, so searches for an element that is not
    /// open at all (the common case for `<p>`, `<li>`, cells) cost nothing.
    var openCounts = [Int32](repeating: 0, count: 256)

    /// Replaces the whole stack (body or frameset start).
    mutating func resetStack(_ nodes: [Int32]) {
        for k in openCounts.indices { openCounts[k] = 0 }
        foreignDepth = 0
        stack = nodes
        for n in nodes { openCounts[Int(doc.nodes[Int(n)].tag.rawValue)] += 1 }
    }

    @inline(__always) func isOpen(_ tag: HTMLTag) -> Bool { openCounts[Int(tag.rawValue)] > 0 }

    init(limits: HTMLParseLimits, sizeHint: Int) {
        self.limits = limits
        doc.nodes.reserveCapacity(max(64, sizeHint / 40))
        // text and kept attribute values never outgrow the page: reserving its size spares the
        // regrowth copies (a third was too little for text-heavy pages), and untouched capacity costs nothing
        doc.text.reserveCapacity(max(64, sizeHint))
        doc.nodes.append(
            HTMLDocument.Node(
                key: 0, tag: .other, kind: .document, parent: -1, firstChild: -1, lastChild: -1, next: -1, start: 0,
                count: 0, end: 0))
    }

    @inline(__always) var current: Int32 { stack.last ?? 0 }

    // MARK: - Node creation

    @inline(__always)
    mutating func newNode(_ kind: HTMLDocument.Kind, key: UInt64, tag: HTMLTag, start: Int, count: Int, parent: Int32)
        -> Int32?
    {
        guard doc.nodes.count < limits.maxNodes else {
            if !nodesCapped {
                nodesCapped = true
                doc.warnings.append("HTML has more than \(limits.maxNodes) nodes: the rest was skipped")
            }
            return nil
        }
        let index = Int32(doc.nodes.count)
        doc.nodes.append(
            HTMLDocument.Node(
                key: key, tag: tag, kind: kind, parent: parent, firstChild: -1, lastChild: -1, next: -1,
                start: Int32(truncatingIfNeeded: start), count: Int32(truncatingIfNeeded: count), end: 0))
        let last = doc.nodes[Int(parent)].lastChild
        if last >= 0 {
            doc.nodes[Int(last)].next = index
        } else {
            doc.nodes[Int(parent)].firstChild = index
        }
        doc.nodes[Int(parent)].lastChild = index
        return index
    }

    mutating func ensureHTML() {
        if doc.html >= 0 { return }
        if let h = newNode(.element, key: HTMLNameKey.key("html"), tag: .html, start: 0, count: 0, parent: 0) {
            doc.html = h
            resetStack([h])
        }
    }

    mutating func ensureHead() {
        ensureHTML()
        if doc.head >= 0 || doc.html < 0 { return }
        if let h = newNode(.element, key: HTMLNameKey.key("head"), tag: .head, start: 0, count: 0, parent: doc.html) {
            doc.head = h
        }
    }

    mutating func ensureBody(key: UInt64 = 0, attrStart: Int = 0, attrCount: Int = 0) {
        if bodyStarted { return }
        ensureHead()
        bodyStarted = true
        guard doc.html >= 0 else { return }
        if let b = newNode(
            .element, key: key == 0 ? HTMLNameKey.key("body") : key, tag: .body, start: attrStart, count: attrCount,
            parent: doc.html)
        {
            doc.body = b
            resetStack([doc.html, b])
        }
    }

    // MARK: - Text

    /// Appends text at the current position, merging with a preceding text node.
    mutating func appendText(_ bytes: UnsafePointer<UInt8>, _ count: Int) {
        if !bodyStarted {
            var allSpace = true
            for k in 0..<count where !HTMLTokenizer.isSpace(bytes[k]) {
                allSpace = false
                break
            }
            if allSpace { return }
            if !inHeadRawText { ensureBody() }
        }
        let parent = current
        let start = doc.text.count
        doc.text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
        let last = doc.nodes[Int(parent)].lastChild
        if last >= 0 {
            let node = doc.nodes[Int(last)]
            if node.kind == .text && Int(node.start) + Int(node.count) == start {
                doc.nodes[Int(last)].count += Int32(count)
                return
            }
        }
        _ = newNode(.text, key: 0, tag: .other, start: start, count: count, parent: parent)
    }

    /// Text of `<title>`, `<script>`, … met before the body stays in the head.
    var inHeadRawText: Bool {
        let c = current
        return c >= 0 && doc.nodes[Int(c)].kind == .element && doc.nodes[Int(c)].tag.has(.headContent)
    }

    // MARK: - Start tags

    mutating func startTag(key: UInt64, tag: HTMLTag, attrStart: Int, selfClosing: Bool) {
        let attrCount = doc.attributes.count - attrStart
        if !bodyStarted {
            switch tag {
            case .html:
                ensureHTML()
                if doc.html >= 0 && doc.nodes[Int(doc.html)].count == 0 {
                    doc.nodes[Int(doc.html)].start = Int32(attrStart)
                    doc.nodes[Int(doc.html)].count = Int32(attrCount)
                }
                return
            case .head:
                ensureHead()
                return
            case .body:
                ensureBody(key: key, attrStart: attrStart, attrCount: attrCount)
                return
            case .frameset:
                ensureHead()
                doc.hasFrameset = true
                if doc.html >= 0 { resetStack([doc.html]) }
                insert(key: key, tag: tag, attrStart: attrStart, attrCount: attrCount, selfClosing: selfClosing)
                return
            default:
                if tag.has(.headContent) && !doc.hasFrameset {
                    ensureHead()
                    if doc.head >= 0 {
                        // Insert into <head> even after </head>.
                        if !stack.contains(doc.head) {
                            stack.append(doc.head)
                            openCounts[Int(HTMLTag.head.rawValue)] += 1
                        }
                        insert(key: key, tag: tag, attrStart: attrStart, attrCount: attrCount, selfClosing: selfClosing)
                        return
                    }
                }
                if tag == .frame || tag == .noframes, doc.hasFrameset {
                    insert(key: key, tag: tag, attrStart: attrStart, attrCount: attrCount, selfClosing: selfClosing)
                    return
                }
                if doc.hasFrameset && tag != .noframes {
                    // Content after a frameset: keep it in a body so its text is not lost.
                }
                ensureBody()
            }
        } else {
            switch tag {
            case .html:
                if doc.html >= 0 && doc.nodes[Int(doc.html)].count == 0 {
                    doc.nodes[Int(doc.html)].start = Int32(attrStart)
                    doc.nodes[Int(doc.html)].count = Int32(attrCount)
                }
                return
            case .body, .head:
                return
            case .frameset:
                doc.hasFrameset = true
                return
            default:
                break
            }
        }
        if foreignDepth > 0 {
            insert(key: key, tag: tag, attrStart: attrStart, attrCount: attrCount, selfClosing: selfClosing)
            return
        }
        // Implied end tags and closing rules of "in body".
        if tag.has(.closesP) { closePInButtonScope() }
        switch tag {
        case .li:
            closeListItem(.li)
        case .dd, .dt:
            closeListItem(.dd)
        case .h1, .h2, .h3, .h4, .h5, .h6:
            let c = current
            if doc.nodes[Int(c)].tag.has(.heading) { popTo(stack.count - 1) }
        case .option, .optgroup:
            if doc.nodes[Int(current)].tag == .option { popTo(stack.count - 1) }
        case .td, .th:
            if isOpen(.td) || isOpen(.th) { closeInTableScope { $0 == .td || $0 == .th } }
        case .tr:
            if isOpen(.tr) { closeInTableScope { $0 == .tr } }
        case .tbody, .thead, .tfoot:
            if isOpen(.tbody) || isOpen(.thead) || isOpen(.tfoot) { closeInTableScope { $0.has(.tableSection) } }
        case .a:
            if isOpen(.a) { closeInScope(key: key, tag: .a, searchOnly: 16) }
        case .p:
            break
        case .button:
            if isOpen(.button) { closeInScope(key: key, tag: .button, searchOnly: limits.endTagSearch) }
        default:
            break
        }
        insert(key: key, tag: tag, attrStart: attrStart, attrCount: attrCount, selfClosing: selfClosing)
    }

    /// Adds the element at the current position and opens it unless it is void.
    mutating func insert(key: UInt64, tag: HTMLTag, attrStart: Int, attrCount: Int, selfClosing: Bool) {
        guard stack.count > 0 || doc.html >= 0 else { return }
        let parent = current
        guard let node = newNode(.element, key: key, tag: tag, start: attrStart, count: attrCount, parent: parent)
        else { return }
        if doc.head >= 0 && parent == doc.head && bodyStarted { outOfOrder = true }
        if tag.has(.void) { return }
        if selfClosing && (foreignDepth > 0 || tag == .svg || tag == .math) { return }
        if stack.count >= limits.maxDepth {
            if !depthCapped {
                depthCapped = true
                doc.warnings.append(
                    "elements nested deeper than \(limits.maxDepth) levels were flattened")
            }
            return
        }
        stack.append(node)
        openCounts[Int(tag.rawValue)] += 1
        if tag == .svg || tag == .math { foreignDepth += 1 }
    }

    mutating func closePInButtonScope() {
        guard isOpen(.p) else { return }
        var k = stack.count - 1
        let stop = max(0, stack.count - limits.endTagSearch)
        while k >= stop {
            let t = doc.nodes[Int(stack[k])].tag
            if t == .p {
                popTo(k)
                return
            }
            if t.has(.scopeBoundary) || t == .button { return }
            k -= 1
        }
    }

    /// `<li>` closes an open `<li>`; `<dd>`/`<dt>` close an open `<dd>`/`<dt>`.
    mutating func closeListItem(_ kind: HTMLTag) {
        guard kind == .li ? isOpen(.li) : (isOpen(.dd) || isOpen(.dt)) else { return }
        var k = stack.count - 1
        let stop = max(0, stack.count - limits.endTagSearch)
        while k >= stop {
            let t = doc.nodes[Int(stack[k])].tag
            if kind == .li ? t == .li : (t == .dd || t == .dt) {
                popTo(k)
                return
            }
            if t.has(.special) && t != .address && t != .div && t != .p { return }
            k -= 1
        }
    }

    mutating func closeInTableScope(_ match: (HTMLTag) -> Bool) {
        var k = stack.count - 1
        let stop = max(0, stack.count - limits.endTagSearch)
        while k >= stop {
            let t = doc.nodes[Int(stack[k])].tag
            if match(t) {
                popTo(k)
                return
            }
            if t == .table || t == .html || t == .template || (t.has(.tableSection) && !match(t))
                || ((t == .tr) && !match(t) && !match(.td))
            {
                return
            }
            k -= 1
        }
    }

    mutating func closeInScope(key: UInt64, tag: HTMLTag, searchOnly: Int) {
        var k = stack.count - 1
        let stop = max(0, stack.count - searchOnly)
        while k >= stop {
            let node = doc.nodes[Int(stack[k])]
            if node.key == key {
                popTo(k)
                return
            }
            if node.tag.has(.scopeBoundary) { return }
            k -= 1
        }
    }

    /// Pops the stack so that `stack[k]` and everything above it are closed.
    @inline(__always)
    mutating func popTo(_ k: Int) {
        guard k >= 1 || !bodyStarted else {
            // never close <html>
            if stack.count > 1 { popTo(1) }
            return
        }
        for m in k..<stack.count {
            let t = doc.nodes[Int(stack[m])].tag
            openCounts[Int(t.rawValue)] -= 1
            if t == .svg || t == .math { foreignDepth -= 1 }
        }
        stack.removeSubrange(k...)
    }

    // MARK: - End tags

    mutating func endTag(key: UInt64, tag: HTMLTag) {
        if tag != .other && tag != .br && !tag.has(.heading) && !isOpen(tag) { return }
        switch tag {
        case .html, .body:
            return  // content after </body> still belongs to the body
        case .head:
            if !bodyStarted {
                afterHead = true
                if let k = stack.lastIndex(of: doc.head), k > 0 { popTo(k) }
            }
            return
        case .br:
            startTag(key: key, tag: .br, attrStart: doc.attributes.count, selfClosing: false)
            return
        case .p:
            closePInButtonScope()
            return
        case .li:
            closeInScope(key: key, tag: tag, searchOnly: limits.endTagSearch, listScope: true)
            return
        case .h1, .h2, .h3, .h4, .h5, .h6:
            var k = stack.count - 1
            let stop = max(0, stack.count - limits.endTagSearch)
            while k >= stop {
                let t = doc.nodes[Int(stack[k])].tag
                if t.has(.heading) {
                    popTo(k)
                    return
                }
                if t.has(.scopeBoundary) { return }
                k -= 1
            }
            return
        default:
            break
        }
        if tag.has(.special) || tag == .other && foreignDepth == 0 && false {
            closeInScope(key: key, tag: tag, searchOnly: limits.endTagSearch)
            return
        }
        // Any other end tag: the nearest matching element, unless a special element is in the way.
        var k = stack.count - 1
        let stop = max(0, stack.count - limits.endTagSearch)
        while k >= stop {
            let node = doc.nodes[Int(stack[k])]
            if node.key == key {
                popTo(k)
                return
            }
            if node.tag.has(.special) && foreignDepth == 0 { return }
            k -= 1
        }
    }

    mutating func closeInScope(key: UInt64, tag: HTMLTag, searchOnly: Int, listScope: Bool) {
        var k = stack.count - 1
        let stop = max(0, stack.count - searchOnly)
        while k >= stop {
            let node = doc.nodes[Int(stack[k])]
            if node.key == key {
                popTo(k)
                return
            }
            if node.tag.has(.scopeBoundary) || node.tag == .ul || node.tag == .ol { return }
            k -= 1
        }
    }

    // MARK: - Finish

    mutating func finish() -> HTMLDocument {
        if doc.html < 0 {
            ensureHTML()
        }
        if doc.body < 0 && !doc.hasFrameset {
            ensureBody()
            doc.warnings.append("HTML has no body content")
        } else if doc.hasFrameset && doc.body < 0 {
            doc.warnings.append("page is a frameset: no body text, only frames")
        }
        if outOfOrder { renumber() }
        // Subtree ends, from the last node up.
        var i = doc.nodes.count - 1
        while i >= 0 {
            let last = doc.nodes[i].lastChild
            doc.nodes[i].end = last >= 0 ? doc.nodes[Int(last)].end : Int32(i + 1)
            i -= 1
        }
        return doc
    }

    /// Puts nodes back into document order (pre-order), iteratively.
    mutating func renumber() {
        let old = doc.nodes
        var map = [Int32](repeating: -1, count: old.count)
        var order: [Int32] = []
        order.reserveCapacity(old.count)
        var work: [Int32] = [0]
        while let n = work.popLast() {
            map[Int(n)] = Int32(order.count)
            order.append(n)
            var kids: [Int32] = []
            var c = old[Int(n)].firstChild
            while c >= 0 {
                kids.append(c)
                c = old[Int(c)].next
            }
            work.append(contentsOf: kids.reversed())
        }
        var nodes: [HTMLDocument.Node] = []
        nodes.reserveCapacity(order.count)
        func m(_ x: Int32) -> Int32 { x < 0 ? -1 : map[Int(x)] }
        for n in order {
            var node = old[Int(n)]
            node.parent = m(node.parent)
            node.firstChild = m(node.firstChild)
            node.lastChild = m(node.lastChild)
            node.next = m(node.next)
            nodes.append(node)
        }
        doc.nodes = nodes
        doc.html = m(doc.html)
        doc.head = m(doc.head)
        doc.body = m(doc.body)
    }
}
