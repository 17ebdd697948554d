import StorylineCore
import Testing
import TestSupport

@testable import StorylineExtract

@Suite struct ContentExtractorTests {
    func extract(_ name: String) throws -> ExtractedDocument {
        let html = try Fixtures.string("extract/html/" + name)
        return DocumentExtractor().extract(RawDocument(origin: DocumentOrigin(location: name), format: .html, content: html))
    }

    @Test func keepsArticleParagraphsInOrder() throws {
        let doc = try extract("article-basic.html")
        let text = doc.text
        let first = try #require(text.range(of: "The old harbour bridge"))
        let last = try #require(text.range(of: "A ceremony with the town band"))
        #expect(first.lowerBound < last.lowerBound)
        #expect(text.contains("Engineers replaced the rusted deck plates"))
    }

    @Test func removesChromeAroundTheArticle() throws {
        let text = try extract("article-basic.html").text
        for chrome in [
            "Home", "We use cookies", "Share on Facebook", "Council budget under strain", "What a relief",
            "Sign up for our morning newsletter", "All rights reserved", "Advertisement", "Photo: Ledger staff",
            "By Mara Quell",
        ] {
            #expect(!text.contains(chrome), "kept: \(chrome)")
        }
    }

    @Test func dropsTheHeadlineRepeatedInTheBody() throws {
        let doc = try extract("article-basic.html")
        #expect(!doc.paragraphs.contains("Harbour bridge reopens after repairs"))
    }

    @Test func keepsHeadingsListsAndQuotesWithRoles() throws {
        let blocks = try extract("article-basic.html").blocks
        #expect(blocks.contains(TextBlock("Traders relieved", role: .heading)))
        #expect(blocks.contains { $0.role == .quote && $0.text.hasPrefix("We lost the passing trade") })
        #expect(blocks.filter { $0.role == .listItem }.count == 2)
    }

    @Test func articleSplitAcrossColumnsIsJoinedWithoutTeasersOrAds() throws {
        let text = try extract("split-columns.html").text
        #expect(text.contains("Night trains will run again"))
        #expect(text.contains("Tickets go on sale next month"))
        #expect(!text.contains("Crews accepted a new pay offer"))
        #expect(!text.contains("cheap flights"))
        #expect(!text.contains("Front"))
    }

    @Test func fallsBackToJSONLDArticleBody() throws {
        let doc = try extract("jsonld-only.html")
        #expect(doc.paragraphs.first == "Apple orchards in the valley produced a fifth less fruit this year, growers said.")
        #expect(doc.paragraphs.count == 2)
        #expect(doc.warnings.contains { $0.contains("JSON-LD") })
    }

    @Test func thinPageWithoutContainerKeepsWholeBodyText() {
        let html = "<html><body><div><span>Short note about the meeting.</span></div></body></html>"
        let doc = DocumentExtractor().extract(RawDocument(origin: DocumentOrigin(location: "a.html"), format: .html, content: html))
        #expect(doc.text == "Short note about the meeting.")
    }

    @Test func emptyAndJunkPagesWarnInsteadOfFailing() {
        for html in ["", "<html><body></body></html>", "<html><body><script>x()</script></body></html>"] {
            let doc = DocumentExtractor().extract(RawDocument(origin: DocumentOrigin(location: "x.html"), format: .html, content: html))
            #expect(doc.blocks.isEmpty)
            #expect(doc.warnings.contains { $0.contains("no main text") })
        }
    }

    @Test func binaryJunkExtractsWithoutCrashing() {
        var rng = SplitMix(seed: 7)
        for _ in 0..<100 {
            var scalars = ""
            for _ in 0..<Int(rng.next() % 3000) { scalars.unicodeScalars.append(Unicode.Scalar(UInt8(rng.next() % 128))) }
            _ = DocumentExtractor().extract(RawDocument(origin: DocumentOrigin(location: "j.html"), format: .html, content: scalars))
        }
    }

    @Test func boilerplateLinesAreRecognised() {
        #expect(BlockFilter.isBoilerplateLine("Advertisement"))
        #expect(BlockFilter.isBoilerplateLine("Sign up for our newsletter"))
        #expect(!BlockFilter.isBoilerplateLine("Sign language interpreters joined the hearing."))
    }

    @Test func classHintsReadCommonNames() {
        func hint(_ s: String) -> ClassHint { ClassHints.classify(Array(s.lowercased().utf8)) }
        #expect(hint("article-body").contains(.articleBody))
        #expect(hint("entry-content clearfix").contains(.articleBody))
        #expect(hint("related-links").contains(.boilerplate))
        #expect(hint("share-bar").contains(.boilerplate))
        #expect(hint("comments-area").contains(.comments))
        #expect(hint("sr-only").contains(.hidden))
        #expect(!hint("story").contains(.boilerplate))
        #expect(!hint("overflow-hidden").contains(.hidden))
    }
}
