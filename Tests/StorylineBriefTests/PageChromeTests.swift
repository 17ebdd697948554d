import Foundation
import StorylineCore
import Testing

@testable import StorylineBrief

/// Sentences that talk to the reader about the page are not story sentences.
@Suite struct PageChromeTests {
    @Test func callsToActionAndSignUpNagsAreNotProse() {
        for nag in [
            "Pick the outlets you trust and we'll do the rest.",
            "Sign up to our morning newsletter and get the news in your inbox.",
            "Get the app for the fastest alerts on breaking stories.",
            "Already a subscriber? Log in to keep reading this article.",
            "Every headline you follow, in one single feed for free.",
            "Your first month of unlimited reading is on us today.",
        ] {
            #expect(!SentenceShape.isProse(nag), "\(nag)")
        }
    }

    @Test func reportingWithSimilarWordsStaysProse() {
        for sentence in [
            "Registered voters in Kessa will choose a new council on Sunday.",
            "Support for the ferry operator fell sharply after the inquiry report.",
            "\"You can follow the river all the way to the sea,\" the guide said.",
            "Officials said the app used by the tram network was shut down for two days.",
        ] {
            #expect(SentenceShape.isProse(sentence), "\(sentence)")
        }
    }

    @Test func nagIsNeverSelectedIntoAnOutletEntry() throws {
        let blocks = [
            "Floodwater cut the only road into the valley town of Orn on Sunday, officials in Kessa said.",
            "Pick the outlets you trust and we'll do the rest.",
            "Rescuers reached twelve stranded families by boat before nightfall on Sunday.",
        ]
        let doc = StoryDocument(
            id: "d1",
            extracted: ExtractedDocument(
                title: "Floods cut off Orn", publisher: "Newsloop", kind: .aggregator, blocks: blocks.map { TextBlock($0) }),
            analysis: DocumentAnalysis(sentences: FixtureStory.split(blocks)))
        let brief = BriefWriter().write(StoryInput(id: "s", storylineID: "l", documents: [doc]), updated: BriefChecks.updated)
        let texts = brief.whatHappened.map(\.text) + brief.whatThePapersSay.flatMap { $0.sentences.map(\.text) }
        #expect(!texts.isEmpty)
        #expect(!texts.contains { $0.contains("you trust") })
    }
}

/// Outlet names for documents that do not declare a publisher.
@Suite struct OutletNameTests {
    @Test func publisherThenSiteThenTitleSuffixThenUnattributed() {
        #expect(OutletName.name(of: ExtractedDocument(title: "A | B", publisher: "Coast Post")) == "Coast Post")
        #expect(
            OutletName.name(of: ExtractedDocument(title: "Floods", url: "https://www.valley-herald.example/news/1"))
                == "valley-herald.example")
        #expect(
            OutletName.name(of: ExtractedDocument(title: "Floods cut off the town of Orn | The Valley Herald"))
                == "The Valley Herald")
        #expect(
            OutletName.name(of: ExtractedDocument(title: "Floods cut off the town of Orn after a week of rain"))
                == "Unattributed text (Floods cut off the town of Orn after…)")
        #expect(OutletName.name(of: ExtractedDocument(title: nil, blocks: [])) == "Unattributed text")
    }

    @Test func aSentenceAfterADashIsNotAnOutlet() {
        #expect(OutletName.titleSuffix("Floods - what we know so far about the damage.") == nil)
        #expect(OutletName.titleSuffix("Orn floods — Valley Herald") == "Valley Herald")
    }

    @Test func unnamedDocumentIsListedWithoutAnInternalID() throws {
        let blocks = [
            "Floodwater cut the only road into the valley town of Orn on Sunday, officials said.",
            "Rescuers reached twelve stranded families by boat before nightfall on Sunday.",
            "The regional council said the road would stay closed until engineers had inspected the bridge.",
            "Shops in the town centre stayed shut as volunteers filled sandbags along the river bank.",
            "The weather service expects more heavy rain over the hills north of Orn on Tuesday.",
            "Farmers on the valley floor moved their cattle to higher pastures during the night.",
        ]
        let doc = StoryDocument(
            id: "0123456789abcdef",
            extracted: ExtractedDocument(title: "Floods cut off Orn", kind: .report, blocks: blocks.map { TextBlock($0) }),
            analysis: DocumentAnalysis(sentences: FixtureStory.split(blocks)))
        let brief = BriefWriter().write(StoryInput(id: "s", storylineID: "l", documents: [doc]), updated: BriefChecks.updated)
        let entry = try #require(brief.whatThePapersSay.first)
        #expect(entry.publisher == "Unattributed text (Floods cut off Orn)")
        #expect(!MarkdownRenderer.render(brief).contains("Source 0123456789abcdef"))
    }

    /// An archive of bare texts (no publisher, site or title suffix) is one entry in What the
    /// papers say, after the named outlets, not one entry per text under its first words.
    @Test func severalUnnamedTextsAreOneEntryAfterTheNamedOutlets() throws {
        let lines = [
            "Floodwater cut the only road into the valley town of Orn on Sunday, officials said.",
            "Rescuers reached twelve stranded families in Orn by boat before nightfall on Sunday.",
            "The regional council said the Orn road would stay closed until engineers inspected the bridge.",
            "Volunteers in Orn filled sandbags along the river bank as the water kept rising on Sunday.",
        ]
        func doc(_ id: String, _ title: String, publisher: String?, _ order: [Int]) -> StoryDocument {
            let blocks = order.map { lines[$0] }
            return StoryDocument(
                id: id, extracted: ExtractedDocument(title: title, publisher: publisher, kind: .report, blocks: blocks.map { TextBlock($0) }),
                analysis: DocumentAnalysis(sentences: FixtureStory.split(blocks)))
        }
        let docs = [
            doc("a000000000000001", "Floods cut off Orn", publisher: nil, [0, 1, 2]),
            doc("a000000000000002", "Orn road closed by floods", publisher: nil, [2, 0, 3]),
            doc("a000000000000003", "Rescue boats reach Orn", publisher: nil, [1, 3, 0]),
            doc("a000000000000004", "Valley town of Orn cut off", publisher: "Valley Herald", [0, 3, 1]),
        ]
        let brief = BriefWriter().write(StoryInput(id: "s", storylineID: "l", documents: docs), updated: BriefChecks.updated)
        #expect(brief.whatThePapersSay.map(\.publisher) == ["Valley Herald", "3 unattributed texts"])
        let grouped = try #require(brief.whatThePapersSay.last)
        let unnamed: Set<String> = ["a000000000000001", "a000000000000002", "a000000000000003"]
        #expect(!grouped.sentences.isEmpty)
        #expect(grouped.sentences.allSatisfy { $0.citations.contains { unnamed.contains($0.document) } })
    }
}

