import Foundation
import StorylineCore
import Testing
import TestSupport

@testable import StorylineExtract

/// Forum threads copied as text: the post, then comments with author, score, age, depth and quotes.
@Suite struct ForumThreadTests {
    let doc: ExtractedDocument

    init() throws {
        doc = TextDumpExtractor().extract(try Fixtures.string("extract/text/forum-thread.txt"))
    }

    @Test func postIsTheText() {
        #expect(doc.paragraphs.count == 2)
        #expect(doc.paragraphs[0].hasPrefix("The county has approved a plan"))
    }

    @Test func commentsHaveAuthorsScoresAgesAndDepth() {
        #expect(doc.comments.count == 2)
        #expect(doc.comments.map(\.author) == ["quillfeather@boats.example", "tidewright@harbour.example"])
        #expect(doc.comments.map(\.score) == [14, 3])
        #expect(doc.comments.map(\.age) == ["3 days ago", "2 days ago"])
        #expect(doc.comments.map(\.depth) == [0, 1])
    }

    @Test func interfaceResidueIsStripped() {
        for c in doc.comments {
            for residue in ["fedilink", "arrow-up", "edit-2", "@"] { #expect(!c.text.contains(residue)) }
        }
        #expect(doc.comments[0].text.hasPrefix("Three years sounds optimistic"))
    }

    @Test func quotedPassageIsRecognised() {
        #expect(doc.comments[0].quoted.count == 1)
        #expect(doc.comments[0].quoted[0].hasPrefix("Engineers say the new span"))
        #expect(!doc.comments[0].text.contains("Engineers say the new span"))
    }

    @Test func threadIsADiscussion() {
        #expect(doc.kind == .discussion)
    }

    @Test func agesResolveAgainstThePublicationDate() {
        var d = doc
        d.published = ISO8601.parse("2025-05-10T12:00:00Z")
        KindClassifier().classify(&d, signals: KindSignals())
        #expect(d.comments[0].posted.map(ISO8601.format) == "2025-05-07T12:00:00Z")
        #expect(d.comments[1].posted.map(ISO8601.format) == "2025-05-08T12:00:00Z")
    }

    @Test func hackerNewsStyleHeadersAreRead() {
        let text = """
            Show: a tide-table library in forty lines

            I wrote a small library that predicts tides from harmonic constants and thought people here might find it useful.

            marlowdev 5 hours ago | parent | next [–]

            This is neat. How accurate is it against the official tables for a port with a big range?

            reply

            tidalcoder 3 hours ago | parent | next [–]

            Within about ten minutes for the ports I tried, which is good enough for planning a day sail but not for navigation; the shallow estuaries with odd tidal curves are the hardest cases.

            reply
            """
        let d = TextDumpExtractor().extract(text)
        #expect(d.comments.map(\.author) == ["marlowdev", "tidalcoder"])
        #expect(d.comments.map(\.age) == ["5 hours ago", "3 hours ago"])
        #expect(d.comments.allSatisfy { !$0.text.contains("reply") && !$0.text.contains("parent") })
    }

    @Test func headerReaderNeedsAnAuthorAndAnAgeOrScore() {
        #expect(CommentHeader.read("Updated 5 hours ago") == nil)
        #expect(CommentHeader.read("November 2019") == nil)
        #expect(CommentHeader.read("reader@forum.example arrow-up 7 · 1 day ago")?.score == 7)
        #expect(CommentHeader.read("u/sailor 12 points 4h")?.author == "sailor")
    }
}
