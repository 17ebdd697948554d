import StorylineCore
import Testing
import TestSupport

@testable import StorylineExtract

/// Lists of search snippets about other events are removed and flag the page.
@Suite struct TextSnippetListTests {
    @Test func snippetListAfterBlogIsRemovedAndFlagged() throws {
        let d = TextDumpExtractor().extract(try Fixtures.string("extract/text/blog-snippets.txt"))
        #expect(d.paragraphs.count == 3)
        #expect(!d.text.contains("..."))
        #expect(!d.text.contains("Families visiting the resort"))  // a snippet without an ellipsis, inside the list
        #expect(d.lowQuality)
        #expect(d.warnings.contains { $0.contains("snippets") })
    }

    @Test func oneSentenceParagraphsWithoutEllipsesAreNotASnippetList() {
        let text = """
            Ferry returns to service
            The Ferrow ferry returned to service on Monday after six weeks of strikes.
            Crews voted to accept a new rota that keeps two people on the car deck at night.
            The operator said the full timetable would run from next week.
            Shopkeepers on the island said they expected trade to recover quickly.
            Commuters greeted the first sailing with applause on the slipway.
            """
        let d = TextDumpExtractor().extract(text)
        #expect(d.paragraphs.count == 5)
        #expect(!d.warnings.contains { $0.contains("snippets") })
    }
}
