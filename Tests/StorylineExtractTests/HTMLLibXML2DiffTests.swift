import CLibXML2
import Foundation
import Testing
import TestSupport

@testable import StorylineExtract

/// Differential check: the words of the body text agree between our parser and libxml2's.
@Suite struct HTMLLibXML2DiffTests {
    /// The elements `HTMLTextContent` leaves out.
    static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "title", "noembed", "noframes", "xmp", "iframe",
    ]

    func libxmlWords(_ html: String) -> [String] {
        var bytes = Array(html.utf8)
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue)
        guard let doc = bytes.withUnsafeMutableBufferPointer({ buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) {
                htmlReadMemory($0, Int32(buf.count), "page.html", "UTF-8", options)
            }
        }) else { return [] }
        defer { xmlFreeDoc(doc) }
        var out = ""
        var stack: [xmlNodePtr] = []
        if let root = xmlDocGetRootElement(doc) { stack.append(root) }
        while let node = stack.popLast() {
            if node.pointee.type == XML_TEXT_NODE, let content = node.pointee.content {
                out += String(cString: content) + " "
                continue
            }
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            let name = node.pointee.name.map { String(cString: $0).lowercased() } ?? ""
            if Self.skipped.contains(name) || name == "head" { continue }
            var children: [xmlNodePtr] = []
            var c = node.pointee.children
            while let child = c {
                children.append(child)
                c = child.pointee.next
            }
            stack.append(contentsOf: children.reversed())
        }
        return words(out)
    }

    func ourWords(_ html: String) -> [String] {
        words(HTMLTextContent.bodyText(HTMLParser.parse(html)))
    }

    func words(_ s: String) -> [String] {
        s.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    @Test(arguments: ["article-basic.html", "split-columns.html", "dates.html", "no-body.html", "jsonld-only.html"])
    func bodyTextAgreesWithLibxml2(_ name: String) throws {
        let html = try Fixtures.string("extract/html/" + name)
        #expect(ourWords(html) == libxmlWords(html))
    }

    @Test func characterReferencesAgreeWithLibxml2() {
        let html = "<p>caf&eacute; &copy; &#8212; &#x41; &amp; &lt;b&gt; &hellip; &rsquo;s</p>"
        #expect(ourWords(html) == libxmlWords(html))
    }
}
