import Foundation
import StorylineCore
import Testing
import TestSupport

@testable import StorylineExtract

/// The text-dump pipeline on a fictional newspaper dump: each rule family removes its
/// boilerplate and keeps the article.
@Suite struct TextDumpExtractorTests {
    let doc: ExtractedDocument

    init() throws {
        doc = TextDumpExtractor().extract(try Fixtures.string("extract/text/article-dump.txt"))
    }

    var body: String { doc.paragraphs.joined(separator: "\n") }

    @Test func leakedStylesheetIsRemoved() {
        #expect(!body.contains("{"))
        #expect(!body.contains("display:flex"))
        #expect(doc.warnings.contains { $0.contains("CSS") })
    }

    @Test func notificationPromptAndAccountChromeAreRemoved() {
        #expect(!body.contains("Notifications"))
        #expect(!body.contains("Allow"))
        #expect(!body.contains("refresh the page"))
        #expect(!body.contains("commenting forum"))
    }

    @Test func donationAppealIsRemoved() {
        #expect(!body.contains("donation"))
        #expect(!body.contains("paywall"))
        #expect(!body.contains("Your support"))
        #expect(doc.warnings.contains { $0.contains("appeal") })
    }

    @Test func captionsAndCreditsAreRemovedButTheTextAfterThemIsKept() {
        #expect(!body.contains("slipway at dawn"))
        #expect(!body.contains("QUAYSIDE PHOTO"))
        #expect(!body.contains("open image in gallery"))
        #expect(body.contains("The closures have pushed hundreds of commuters onto the coast road"))
    }

    @Test func splitDropCapIsRejoinedAndStartsTheArticle() {
        #expect(doc.paragraphs.first?.hasPrefix("The strike by night-shift crews") == true)
        #expect(!body.contains("T he"))
    }

    @Test func articleParagraphsAreAllKept() {
        #expect(doc.paragraphs.count == 7)
        #expect(doc.paragraphs.last?.contains("If the boat does not run") == true)
    }

    @Test func headlineAndStandfirstAreSplitApart() {
        #expect(doc.title == "Why the Marlow ferry strike will outlast the winter the council hopes for")
        #expect(doc.standfirst?.hasPrefix("Transport writers tell") == true)
    }

    @Test func datelineBecomesThePublicationDate() {
        #expect(doc.published.map(ISO8601.format) == "2025-03-04T14:05:00Z")
    }

    @Test func publisherIsTheNameThePageCallsItself() {
        #expect(doc.publisher == "The Coastal Courier")
    }

    @Test func sectionLabelMakesItAnalysis() {
        #expect(doc.kind == .analysis)
        #expect(!doc.lowQuality)
    }

    @Test func emptyAndBinaryInputGiveWarningsNotCrashes() {
        let empty = TextDumpExtractor().extract("   \n\n ")
        #expect(empty.blocks.isEmpty && empty.warnings.contains("empty text"))
        let junk = String(decoding: (0..<4000).map { UInt8(truncatingIfNeeded: $0 &* 7) }, as: UTF8.self)
        let binary = TextDumpExtractor().extract(junk)
        #expect(binary.blocks.isEmpty)
        #expect(!binary.warnings.isEmpty)
    }

    @Test func oneHugeLineIsBoundedAndDoesNotHang() {
        let line = String(repeating: "word ", count: 50_000)
        let result = TextDumpExtractor().extract(line)
        #expect(result.paragraphs.allSatisfy { $0.utf8.count <= DumpSegmenter.maxLineBytes })
    }

    @Test func markdownMarkersBecomeRoles() {
        let md = """
            # Harbour board approves new lighthouse lamp

            The harbour board voted on Friday to replace the lamp in the old lighthouse with a modern unit that uses a fraction of the power.

            ## What changes

            - The beam will reach farther out to sea than the current lamp does on a clear night.
            - The keeper's cottage will become a small museum about the lighthouse and its keepers.

            > The lamp has guided boats home for ninety years, and it deserves a proper retirement, said one of the board members.

            The new unit will be installed in the autumn, once the tourist season has ended and the scaffolding can go up safely.
            """
        let d = TextDumpExtractor().extract(md)
        #expect(d.blocks.contains { $0.role == .listItem && $0.text.hasPrefix("The beam will reach") })
        #expect(d.blocks.contains { $0.role == .quote && $0.text.hasPrefix("The lamp has guided") })
        #expect(!d.paragraphs.contains { $0.hasPrefix("#") || $0.hasPrefix("- ") || $0.hasPrefix(">") })
    }
}

/// Rule families on small inline samples.
@Suite struct TextRuleTests {
    @Test func dropCapJoinsOnlyRealWords() {
        let text = "The tide was low. Then the crew came. Malcolm X said the tide turned. A new boat arrived. T he crew waved."
        let seg = DumpSegmenter(Array(text.utf8))
        #expect(ByteText.string(seg.splitAtDropCap(Array("T he crew waved.".utf8)).last ?? []) == "The crew waved.")
        #expect(seg.splitAtDropCap(Array("Malcolm X said the tide turned.".utf8)).count == 1)
        #expect(ByteText.string(seg.splitAtDropCap(Array("A new boat arrived.".utf8))[0]) == "A new boat arrived.")
    }

    @Test func datelinesInCommonFormatsParse() {
        func iso(_ s: String) -> String? { Dateline.find(in: Array(s.utf8)).map { ISO8601.format($0.date) } }
        #expect(iso("Saturday 14 June 2025 08:30 BST") == "2025-06-14T07:30:00Z")
        #expect(iso("Published June 14, 2025 5:04 PM EDT") == "2025-06-14T21:04:00Z")
        #expect(iso("2025-06-14") == "2025-06-14")
        #expect(iso("Updated 14.06.2025") == "2025-06-14")
        #expect(iso("The council may decide later") == nil)
    }

    @Test func captionWithCreditIsCutFromTheFollowingParagraph() {
        let parts = CaptionSplit.split(Array("Gulls over the breakwater at noon (ANNA ROOK/WIRE) The council said on Monday that repairs would start soon.".utf8))
        #expect(parts.count == 2)
        #expect(ByteText.string(parts[1]).hasPrefix("The council said"))
        // an acronym in running text is not a credit
        let prose = CaptionSplit.split(Array("The harbour authority (HA) said on Monday that the works would finish in May.".utf8))
        #expect(prose.count == 1)
    }

    @Test func subscriptionNagsAreLabelledNag() {
        let text = """
            Harbour dues to rise next year
            The harbour board confirmed on Monday that mooring dues will rise by four per cent next year to pay for dredging the approach channel.
            Officials said the increase was the smallest in a decade and that visiting yachts would pay the same rate as local boats.
            Subscribe to read the full story
            Already a subscriber? Sign in
            Get our free newsletter delivered to your inbox every morning
            """
        let d = TextDumpExtractor().extract(text)
        #expect(d.paragraphs.count == 2)
        #expect(!d.paragraphs.joined().contains("newsletter"))
        #expect(d.title == "Harbour dues to rise next year")
    }

    @Test func repeatedCaptionTwinIsRemovedWithTheCaption() throws {
        let d = TextDumpExtractor().extract(try Fixtures.string("extract/text/aggregator-briefing.txt"))
        let body = d.paragraphs.joined(separator: "\n")
        #expect(!body.contains("Striking crew members stand on the pier"))
        #expect(!body.contains("Photograph:"))
        #expect(d.paragraphs.count == 4)
    }

    @Test func leakedScriptAndJSONAreCode() {
        let text = """
            window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());
            { "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Lamp lit again" }
            The old lighthouse lamp was lit again on Saturday for the first time in twenty years, drawing a crowd of several hundred people to the headland.
            Volunteers spent two winters restoring the lens, which had been stored in a barn since the light was switched off.
            """
        let d = TextDumpExtractor().extract(text)
        #expect(d.paragraphs.count == 2)
        #expect(!d.text.contains("dataLayer") && !d.text.contains("@context"))
    }
}
