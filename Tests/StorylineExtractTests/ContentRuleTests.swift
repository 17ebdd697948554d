import StorylineCore
import Testing
import TestSupport

@testable import StorylineExtract

/// Content rules added for teaser lists, tables and embedded posts.
@Suite struct ContentRuleTests {
    func extract(_ name: String) throws -> ExtractedDocument {
        let html = try Fixtures.string("extract/html/" + name)
        return DocumentExtractor().extract(RawDocument(origin: DocumentOrigin(location: name), format: .html, content: html))
    }

    @Test func truncatedTeasersOfTheSameShapeAreNotTheArticle() throws {
        let text = try extract("teaser-list.html").text
        #expect(text.contains("Edwin Marrow climbed the hundred and twelve steps"))
        for teaser in ["The old ferry pier was rebuilt", "A family of seals", "Harbour fees rise", "mooring fees", "Pupils from the upper valley", "The pub quiz at the Anchor", "Contractors will start work"] {
            #expect(!text.contains(teaser), "kept teaser: \(teaser)")
        }
    }

    @Test func aParagraphEndingInAnEllipsisStaysInTheArticle() throws {
        let text = try extract("ellipsis-paragraph.html").text
        #expect(text.contains("Nobody spoke for a while..."))
        #expect(text.contains("the stove inside was still warm"))
    }

    @Test func ellipsisEndingsAreRecognised() {
        func ends(_ s: String) -> Bool {
            let b = Array(s.utf8)
            return PageAnalysis.endsWithEllipsis(b, 0..<b.count)
        }
        #expect(ends("and then the council …"))
        #expect(ends("and then the council... "))
        #expect(ends("and then the council [...]"))
        #expect(ends("and then the council (…)\u{00A0}"))
        #expect(!ends("and then the council voted."))
        #expect(!ends(".."))
    }

    @Test func tableRowsNamedAfterPlayersAreKeptButVideoPlayersAreNot() throws {
        let text = try extract("standings-table.html").text
        #expect(text.contains("Portwell Rooks 412 7"))
        #expect(text.contains("Harbour Pawns 301 3"))
        #expect(!text.contains("Watch: highlights"))
    }

    @Test func embeddedPostsAreQuotedContentWithTheirAttribution() throws {
        let doc = try extract("embedded-post.html")
        #expect(doc.blocks.contains { $0.role == .quote && $0.text.hasPrefix("They paid how much for four words?") })
        #expect(doc.text.contains("— Orla Fenwick (@orlafen) November 18, 2031"))
        #expect(doc.text.contains("A spokesman declined"))
        #expect(!doc.text.contains("Share on Facebook"))
    }

    @Test func aDatelineAtTheTopOfTheTextIsMetadataNotText() {
        let html = """
            <html><body><article><h1>Bridge reopens</h1><div class="body"><p>Nov. 20, 2031, 9:28 AM UTC</p>
            <p>The old harbour bridge reopened to traffic on Tuesday after eight months of repairs to its deck.</p>
            <p>Engineers replaced the rusted plates and repainted the railings in the town's colours.</p>
            <p>The bridge first opened on March 3, 1931.</p></div></article></body></html>
            """
        let doc = DocumentExtractor().extract(RawDocument(origin: DocumentOrigin(location: "d.html"), format: .html, content: html))
        #expect(!doc.text.contains("9:28 AM UTC"))
        #expect(doc.paragraphs.first?.hasPrefix("The old harbour bridge") == true)
        #expect(doc.text.contains("The bridge first opened on March 3, 1931."))
        #expect(BlockFilter.isDatelineBlock("Updated 19 November 2031 08:11 GMT"))
        #expect(!BlockFilter.isDatelineBlock("The vote is on 19 November 2031 in the hall"))
    }
}
