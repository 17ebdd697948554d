import Testing
import TestSupport

@testable import StorylineExtract

@Suite struct HTMLParserTests {
    func parse(_ html: String) -> HTMLDocument { HTMLParser.parse(html) }

    func bodyText(_ html: String) -> String { HTMLTextContent.bodyText(parse(html)) }

    @Test func scriptAndStyleContentsAreRawText() {
        let doc = parse("<body><script>if (a < b) { x = '<p>no</p>'; }</script><style>p > a {}</style><p>yes</p>")
        #expect(doc.elements(.p).count == 1)
        let script = doc.elements(.script)[0]
        #expect(doc.textContent(script) == "if (a < b) { x = '<p>no</p>'; }")
        #expect(bodyText("<body><script>var s = '</div>';</script><p>yes</p>") == "yes")
    }

    @Test func titleAndTextareaAreRCDATA() {
        let doc = parse("<title>Fish &amp; chips <b>now</b></title><textarea>a &lt; <i>b</i></textarea>")
        #expect(doc.textContent(doc.elements(.title)[0]) == "Fish & chips <b>now</b>")
        #expect(doc.textContent(doc.elements(.textarea)[0]) == "a < <i>b</i>")
        #expect(doc.elements(.b).isEmpty && doc.elements(.i).isEmpty)
    }

    @Test func commentsDoctypeAndProcessingInstructionsLeaveNoText() {
        #expect(bodyText("<!DOCTYPE html><?xml version='1.0'?><p>a<!-- <p>hidden</p> -->b<!---->c</p>") == "abc")
        #expect(bodyText("<p>a<!-- never closed") == "a")
    }

    @Test func characterReferencesDecode() {
        #expect(bodyText("<p>caf&eacute; &copy 2031 &#8212; &#x41;&#X42; &zzqq; AT&T &amp;amp;</p>")
            == "café © 2031 — AB &zzqq; AT&T &amp;")
        #expect(bodyText("<p>&#0;&#x110000;&#xD800;&#150;</p>") == "\u{FFFD}\u{FFFD}\u{FFFD}\u{2013}")
        #expect(bodyText("<p>&nbsp;x&NewLine;y</p>").contains("x"))
    }

    @Test func attributesParseInAllQuotingStyles() {
        let doc = parse("<p title=\"a &quot;q&quot;\" data-x='single' data-y=unquoted data-x=dup checked>t</p>")
        let p = doc.elements(.p)[0]
        #expect(doc.attribute(p, "title") == "a \"q\"")
        #expect(doc.attribute(p, "data-x") == "single")
        #expect(doc.attribute(p, "data-y") == "unquoted")
        #expect(doc.attribute(p, "checked") == "")
        let link = parse("<a href=\"?a=1&copy=2\">x</a>").elements(.a)[0]
        #expect(parse("<a href=\"?a=1&copy=2\">x</a>").attribute(link, "href") == "?a=1&copy=2")
    }

    @Test func impliedEndTagsCloseParagraphsListItemsAndCells() {
        let doc = parse("<p>one<p>two<div>three</div><ul><li>a<li>b</ul><dl><dt>t<dd>d</dl>"
            + "<table><tr><td>c1<td>c2<tr><td>c3</table><select><option>o1<option>o2</select>")
        let ps = doc.elements(.p)
        #expect(ps.count == 2)
        #expect(doc.nodes[Int(ps[1])].parent == doc.body)
        let div = doc.elements(.div)[0]
        #expect(doc.nodes[Int(div)].parent == doc.body)
        for tag in [HTMLTag.li, .td, .option] {
            let items = doc.elements(tag)
            #expect(items.count >= 2)
            #expect(!doc.contains(items[0], items[1]), "\(tag.name) must not nest")
        }
        #expect(doc.elements(.tr).count == 2)
        #expect(!doc.contains(doc.elements(.dt)[0], doc.elements(.dd)[0]))
    }

    @Test func headingsDoNotNestAndVoidElementsHaveNoChildren() {
        let doc = parse("<h1>a<h2>b</h2><p>x<br>y<img src=a>z<hr>w")
        #expect(!doc.contains(doc.elements(.h1)[0], doc.elements(.h2)[0]))
        for tag in [HTMLTag.br, .img, .hr] {
            #expect(doc.nodes[Int(doc.elements(tag)[0])].firstChild == -1)
        }
    }

    @Test func foreignContentHonoursSelfClosingTags() {
        let doc = parse("<div><svg><path d='M0'/><circle/></svg><p>after</p></div>")
        let p = doc.elements(.p)[0]
        #expect(doc.tag(doc.nodes[Int(p)].parent) == .div)
    }

    @Test func headContentGoesToHeadAndTextStartsTheBody() {
        let doc = parse("<meta name=a content=b><title>T</title>Hello<meta name=c content=d>")
        #expect(doc.head >= 0 && doc.body >= 0)
        #expect(doc.contains(doc.head, doc.elements(.title)[0]))
        #expect(HTMLTextContent.bodyText(doc) == "Hello")
    }

    @Test func pageWithoutBodyTagsGetsAnImpliedBody() throws {
        let doc = HTMLParser.parse(try Fixtures.string("extract/html/no-body.html"))
        #expect(doc.body >= 0)
        #expect(HTMLTextContent.bodyText(doc).hasPrefix("A paragraph without"))
    }

    @Test func framesetPageWarns() throws {
        let doc = HTMLParser.parse(try Fixtures.string("extract/html/frameset.html"))
        #expect(doc.hasFrameset)
        #expect(doc.warnings.contains { $0.contains("frameset") })
    }

    @Test func deepNestingIsFlattenedWithAWarning() {
        let depth = 100_000
        let html = String(repeating: "<div><span>", count: depth / 2) + "deep text" + String(repeating: "</span></div>", count: depth / 2)
        let doc = parse(html)
        #expect(doc.warnings.contains { $0.contains("nested deeper") })
        #expect(HTMLTextContent.bodyText(doc) == "deep text")
        let extracted = DocumentExtractor().extract(
            .init(origin: .init(location: "deep.html"), format: .html, content: "<p>" + html + " and more words in the paragraph</p>"))
        #expect(extracted.text.contains("deep text"))
    }

    @Test func manyStrayEndTagsStayLinear() {
        let html = String(repeating: "<b>", count: 20_000) + "x" + String(repeating: "</i>", count: 20_000)
        #expect(HTMLTextContent.bodyText(parse(html)) == "x")
    }

    @Test func oversizedInputIsTruncatedWithAWarning() {
        var limits = HTMLParseLimits()
        limits.maxBytes = 1 << 20
        let html = String(repeating: "<p>Some words in a paragraph.</p>\n", count: 100_000)
        let doc = HTMLParser.parse(html, limits: limits)
        #expect(doc.warnings.contains { $0.contains("ignored") })
        #expect(doc.elements(.p).count < 40_000)
    }

    @Test func unterminatedConstructsEndCleanly() {
        for html in [
            "<p class='open", "<p class=", "<script>never closed", "<title>open", "<!-- open", "<!DOCTYPE",
            "</", "<", "&", "&#", "&#x", "<a href=\"x", "<textarea>", "<p>a</p", "<plaintext><p>raw",
        ] {
            let doc = parse(html)
            #expect(doc.nodes.count >= 1, "\(html)")
        }
        #expect(bodyText("<plaintext><p>raw") == "<p>raw")
    }

    @Test func binaryJunkNeverCrashes() {
        var rng = SplitMix(seed: 42)
        let alphabet: [UInt8] = Array("<>/!-=&#;'\" abcdipscrtylex0123\n\u{0}".utf8) + [0xC3, 0xA9, 0xFF]
        for _ in 0..<300 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(rng.next() % 2000) { bytes.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
            let doc = bytes.withUnsafeBufferPointer { HTMLParser.parse(bytes: $0) }
            checkTree(doc)
        }
    }

    /// Every node lies inside its parent's range and the ranges nest (document order holds).
    func checkTree(_ doc: HTMLDocument) {
        for i in 1..<doc.nodes.count {
            let parent = doc.nodes[i].parent
            #expect(parent >= 0 && parent < Int32(i) && doc.nodes[Int(parent)].end >= doc.nodes[i].end)
        }
    }
}

/// A small deterministic generator so the junk tests repeat exactly.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
