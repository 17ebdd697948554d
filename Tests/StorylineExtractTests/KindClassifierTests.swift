import StorylineCore
import Testing
import TestSupport

@testable import StorylineExtract

/// Kind from page signals and from the text's shape.
@Suite struct KindClassifierTests {
    func classified(_ doc: ExtractedDocument, _ signals: KindSignals = KindSignals()) -> ExtractedDocument {
        var d = doc
        KindClassifier().classify(&d, signals: signals)
        return d
    }

    let plainReport = ExtractedDocument(
        title: "Council approves harbour budget", publisher: "Coastal Courier", byline: "Ana Reed",
        blocks: [
            TextBlock("The county council approved a budget of four million pounds for harbour repairs on Tuesday, officials said."),
            TextBlock("The money will pay for new lock gates and for dredging the approach channel, which has silted up since the storms."),
            TextBlock("Work is due to begin in the spring and to finish before the summer season, according to the harbour master."),
        ])

    @Test func plainNewsIsAReport() {
        #expect(classified(plainReport).kind == .report)
    }

    @Test func declaredOpinionIsAnalysis() {
        #expect(classified(plainReport, KindSignals(schemaTypes: ["OpinionNewsArticle"])).kind == .analysis)
        #expect(classified(plainReport, KindSignals(urlPath: "/opinion/2025/03/harbour-budget")).kind == .analysis)
        #expect(classified(plainReport, KindSignals(section: "Comment")).kind == .analysis)
    }

    @Test func liveBlogSchemaIsBriefing() {
        #expect(classified(plainReport, KindSignals(schemaTypes: ["LiveBlogPosting"])).kind == .briefing)
    }

    @Test func bulletRoundupWithBriefingTitleIsBriefing() throws {
        let d = TextDumpExtractor().extract(try Fixtures.string("extract/text/aggregator-briefing.txt"))
        #expect(d.kind == .briefing)
        #expect(d.publisher == "The Northern Ledger")
        #expect(d.warnings.contains { $0.contains("credited to The Northern Ledger") })
    }

    @Test func timestampedEntriesAreALiveBriefing() {
        var doc = plainReport
        doc.title = "Harbour storm"
        doc.blocks = [
            TextBlock("09:05 The first ferry of the day has been cancelled because of high winds at the harbour mouth."),
            TextBlock("09:40 Coastguards say two yachts have been towed to safety after their moorings broke."),
            TextBlock("10:15 The coast road is closed between the pier and the lighthouse because of flooding."),
            TextBlock("11:02 The council has opened the town hall as a rest centre for anyone who has had to leave home."),
        ]
        #expect(classified(doc).kind == .briefing)
    }

    @Test func summaryOfOtherOutletsIsAggregator() {
        var doc = plainReport
        doc.blocks = [
            TextBlock("The Coastal Courier reports that the council approved the budget after a long debate."),
            TextBlock("According to the Harbour Gazette, the vote was closer than expected."),
            TextBlock("The Northern Ledger highlights the cost of dredging, while the Bay Times details the new lock gates."),
            TextBlock("Radio Ferrow reported that residents were split over the plan."),
        ]
        #expect(classified(doc).kind == .aggregator)
    }

    @Test func threadWithCommentsIsDiscussion() {
        var doc = plainReport
        doc.comments = [
            Comment(author: "a@forum.example", score: 3, age: "2 days ago", text: "I doubt the work will finish before the summer, they never do round here and the last repairs overran by a year."),
            Comment(author: "b@forum.example", score: 1, age: "1 day ago", text: "The lock gates really do need replacing though, they leaked all winter and the basin kept draining at low tide."),
        ]
        doc.blocks = [TextBlock("Council approves harbour budget, thoughts?")]
        #expect(classified(doc).kind == .discussion)
    }

    @Test func personalExclamatoryPostIsBlog() {
        var doc = plainReport
        doc.publisher = nil
        doc.byline = nil
        doc.blocks = [
            TextBlock("I went down to the harbour today and I could not believe what I saw! The lock gates are finally being replaced."),
            TextBlock("My neighbour says it will take years, but I think they might actually finish on time for once!"),
            TextBlock("What do you think? Will the council keep its promise this time?"),
        ]
        #expect(classified(doc).kind == .blog)
    }

    @Test func classifyingTwiceKeepsTheKindAndDoesNotRepeatWarnings() throws {
        var d = TextDumpExtractor().extract(try Fixtures.string("extract/text/blog-snippets.txt"))
        let warnings = d.warnings
        KindClassifier().classify(&d, signals: KindSignals())
        #expect(d.kind == .blog)
        #expect(d.warnings == warnings)
    }
}
