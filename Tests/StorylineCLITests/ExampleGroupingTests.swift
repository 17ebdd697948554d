import Foundation
import StorylinePipeline
import TestSupport
import Testing

/// The fictional corpus in `examples/` must group exactly as its README predicts: three
/// stories (ferry disaster, cyberattack, inquiry), the inquiry in the ferry's storyline.
/// Runs the real pipeline (ingest → analyze → group) on a real SQLite file.
@Suite(.serialized) struct ExampleGroupingTests {
    /// A document by the end of its file's path and, for containers, its 1-based item.
    struct Origin: Hashable, CustomStringConvertible {
        var file: String
        var item: Int?
        init(_ file: String, _ item: Int? = nil) {
            self.file = file
            self.item = item
        }
        var description: String { item.map { "\(file)#\($0)" } ?? file }
    }

    static let ferry = [
        Origin("calvera-herald-ferry-capsizes.html"), Origin("harrowgate-chronicle-ferry-toll.txt"),
        Origin("ambrel-gazette-hospital-toll.html"), Origin("meridian-review-opinion-ferries.html"),
        Origin("newsloop-reprint-northwind-ferry.txt"), Origin("northwind-wire-world.rss", 3),
        Origin("forum-thread-ostrin-ferry.txt"), Origin("harbourline-news.json", 3),
    ]
    static let cyberattack = [
        Origin("brenholm-courier-cyberattack.html"), Origin("morning-ledger-briefing-2025-05-16.html"),
        Origin("blog-brenholm-hack-what-could-go-wrong.txt"), Origin("signal-and-noise-brenholm-analysis.md"),
        Origin("aldmark-public-radio.atom", 1), Origin("aldmark-public-radio.atom", 2),
        Origin("newsdesk-export.jsonl", 1), Origin("northwind-wire-world.rss", 2),
    ]
    static let inquiry = [
        Origin("calvera-herald-ostrin-inquiry.html"), Origin("northwind-wire-world.rss", 1),
        Origin("harbourline-news.json", 2), Origin("newsdesk-export.jsonl", 2), Origin("newsdesk-export.jsonl", 3),
    ]
    /// May form a story of its own (README), but must stay in the inquiry's storyline.
    static let inquiryLate = Origin("harbourline-news.json", 1)

    @Test func examplesGroupAsTheReadmePredicts() throws {
        let dir = try Fixtures.scratchDirectory("example-grouping")
        let store = try SQLiteStore(path: dir.appendingPathComponent("s.sqlite").path)
        let examples = Fixtures.repositoryRoot.appendingPathComponent("examples").path
        _ = try IngestPipeline().ingest(paths: [examples], into: store)
        try AnalysisPipeline().analyzePending(in: store)
        let stories = try GroupingPipeline().regroup(store)

        var idOf: [Origin: String] = [:]
        for id in try store.documentIDs() {
            for origin in try store.document(id: id)?.origins ?? [] {
                let file = URL(fileURLWithPath: origin.location).lastPathComponent
                idOf[Origin(file, origin.item)] = id
            }
        }
        var storyOf: [String: String] = [:]
        var storylineOf: [String: String] = [:]
        for story in stories {
            for member in story.documents {
                storyOf[member.document] = story.id
                storylineOf[member.document] = story.storyline
            }
        }
        func story(_ o: Origin) -> String? { idOf[o].flatMap { storyOf[$0] } }
        func storyline(_ o: Origin) -> String? { idOf[o].flatMap { storylineOf[$0] } }

        for group in [Self.ferry, Self.cyberattack, Self.inquiry] {
            let first = try #require(story(group[0]), "\(group[0]) has no story")
            for o in group.dropFirst() {
                #expect(story(o) == first, "\(o) should be in the story of \(group[0])")
            }
        }
        let (a, b, c) = (story(Self.ferry[0]), story(Self.cyberattack[0]), story(Self.inquiry[0]))
        #expect(a != b && a != c && b != c)
        #expect(story(Self.inquiryLate) != a && story(Self.inquiryLate) != b)
        #expect(storyline(Self.inquiry[0]) == storyline(Self.ferry[0]))
        #expect(storyline(Self.inquiryLate) == storyline(Self.ferry[0]))
        #expect(storyline(Self.cyberattack[0]) != storyline(Self.ferry[0]))
        // The saved copy in mirror/ is the same document as the inquiry page.
        #expect(idOf[Origin("calvera-herald-ostrin-inquiry-saved-copy.html")] == idOf[Self.inquiry[0]])
        // No other stories: the briefing's unrelated items stay inside the briefing.
        #expect(Set(stories.map(\.id)).count == (story(Self.inquiryLate) == c ? 3 : 4))
    }
}
