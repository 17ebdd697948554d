import Foundation
import GRDB
import StorylineCore
@testable import StorylineStore
import TestSupport
import Testing

@Suite struct SQLiteStoreTests {
    func makeStore() throws -> SQLiteStore {
        try SQLiteStore(path: try Fixtures.scratchDirectory("store").appendingPathComponent("test.sqlite").path)
    }

    func doc(_ text: String, at location: String, item: Int? = nil, title: String = "Harbour news") -> NewDocument {
        NewDocument(
            id: ContentKey.id(for: text), origin: DocumentOrigin(location: location, item: item), format: .text,
            contentBytes: text.utf8.count,
            extracted: ExtractedDocument(
                title: title, publisher: "The Harbour Ledger", published: ISO8601.parse("2025-03-11"),
                blocks: [TextBlock(text)]))
    }

    @Test func sameContentTwiceIsStoredOnceWithBothOrigins() throws {
        let store = try makeStore()
        let a = doc("The ferry to Oster Island will not sail this week.", at: "a.txt")
        let b = doc("The ferry to  Oster Island will not sail this week.\n", at: "copy/a.txt")
        #expect(a.id == b.id)
        #expect(try store.insert([a]) == [.inserted])
        #expect(try store.insert([b, a]) == [.alreadyStored, .alreadyStored])
        #expect(try store.documentCount() == 1)
        #expect(try store.originCount() == 2, "re-reading the same file records no new origin")
        let stored = try #require(try store.document(id: a.id))
        #expect(stored.origins.map(\.location).sorted() == ["a.txt", "copy/a.txt"])
        #expect(stored.extracted.title == "Harbour news")
        #expect(stored.extracted.paragraphs == ["The ferry to Oster Island will not sail this week."])
    }

    /// A bulk ingest writes many small index segments; merging them four at a time (FTS5's
    /// default) rewrote the index again and again. New and migrated stores merge 16 at a time,
    /// in steps at each commit rather than all at once in the commit that adds the 16th (which
    /// stalled the writer), and search still finds what was inserted across many transactions.
    @Test func fullTextIndexMergesManySegmentsAtATime() throws {
        let store = try makeStore()
        #expect(try store.fullTextMergeWidth() == 16)
        #expect(try store.fullTextSetting("crisismerge") == 64)
        for k in 0..<40 {
            _ = try store.insert([doc("Ferry timetable change number \(k) for the harbour.", at: "\(k).txt")])
        }
        #expect(try store.search("timetable", limit: 100, highlight: ("[", "]")).count == 40)
        #expect(try store.search("number 17", limit: 100, highlight: ("[", "]")).count == 1)
    }

    /// Text is bound with its length, not read up to a NUL byte: a stray NUL in a scraped page
    /// does not cut off the rest of the document's search text, and every field round-trips.
    @Test func textAfterANulByteIsStoredAndSearchable() throws {
        let store = try makeStore()
        var a = doc("The ferry timetable\u{0} changes for the lighthouse keepers.", at: "nul.txt", title: "Ferry\u{0} notice")
        a.extracted.byline = "By Ada Quill"
        a.extracted.url = "https://ledger.example/ferry"
        a.extracted.lowQuality = true
        #expect(try store.insert([a]) == [.inserted])
        #expect(try store.search("lighthouse", limit: 10, highlight: ("[", "]")).map(\.document) == [a.id])
        let stored = try #require(try store.document(id: a.id))
        #expect(stored.extracted == a.extracted)
        #expect(stored.origins == [DocumentOrigin(location: "nul.txt")])
    }

    /// A statement SQLite refuses mid-batch throws SQLite's own message, the batch's transaction
    /// stores nothing, and the store's next insert works (the failed statement left no state).
    @Test func aRefusedInsertThrowsAndStoresNothingOfItsBatch() throws {
        let path = try Fixtures.scratchDirectory("store-refused").appendingPathComponent("r.sqlite").path
        let store = try SQLiteStore(path: path)
        try DatabaseQueue(path: path).write { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER refuse BEFORE INSERT ON document WHEN NEW.title = 'Refused'
                    BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END
                    """)
        }
        let batch = [doc("The ferry sails at noon.", at: "a.txt"), doc("The pier is closed.", at: "b.txt", title: "Refused")]
        #expect {
            _ = try store.insert(batch)
        } throws: { error in
            (error as? DatabaseError)?.message?.contains("refused by the test trigger") == true
        }
        #expect(try store.documentCount() == 0)
        #expect(try store.originCount() == 0)
        #expect(try store.insert([batch[0]]) == [.inserted])
        #expect(try store.search("ferry", limit: 10, highlight: ("[", "]")).map(\.document) == [batch[0].id])
    }

    @Test func fullTextSearchFindsTitlesAndBodiesWithSafeQueries() throws {
        let store = try makeStore()
        _ = try store.insert([
            doc("Repairs to the loading ramp will take three weeks.", at: "1.txt", title: "Ramp repairs"),
            doc("Volunteers cleared the north beach on Saturday.", at: "2.txt", title: "Beach clean-up"),
        ])
        let hits = try store.search("ramp", limit: 10, highlight: ("[", "]"))
        #expect(hits.count == 1)
        #expect(hits.first?.title == "Ramp repairs")
        #expect(hits.first?.snippet.contains("[ramp]") == true)
        #expect(try store.search("volunt", limit: 10, highlight: ("[", "]")).count == 1, "the last word matches as a prefix")
        #expect(try store.search("\"unbalanced AND OR (", limit: 10, highlight: ("[", "]")).isEmpty)
        #expect(try store.search("   ", limit: 10, highlight: ("[", "]")).isEmpty)
    }

    @Test func groupingReplacesStoriesAndKeepsStateAndBriefs() throws {
        let store = try makeStore()
        let d1 = doc("First report about the storm.", at: "1.txt")
        let d2 = doc("Second report about the storm.", at: "2.txt")
        _ = try store.insert([d1, d2])
        let story = StoryRecord(
            id: "s1", storyline: "l1", title: "Storm", firstPublished: "2025-03-11", lastPublished: "2025-03-12",
            updated: "2025-03-12T10:00:00Z",
            documents: [StoryMember(document: d1.id), StoryMember(document: d2.id, duplicateOf: d1.id)])
        try store.replaceGrouping([story], clustererState: Data([1, 2, 3]))
        #expect(try store.stories() == [story])
        #expect(try store.clustererState() == Data([1, 2, 3]))
        let brief = Brief(
            id: "s1", title: "Storm", storyline: "l1", updated: "2025-03-12T10:00:00Z",
            documents: [BriefDocument(id: d1.id, title: "Harbour news", publisher: "The Harbour Ledger", kind: .report, published: "2025-03-11")])
        try store.saveBrief(brief)
        #expect(try store.brief(storyID: "s1") == brief)
        try store.replaceGrouping([], clustererState: nil)
        #expect(try store.stories().isEmpty)
        #expect(try store.brief(storyID: "s1") == nil, "a story's brief goes with it")
    }

    @Test func manyBriefsSavedAtOnceReadBackAndReplaceOlderOnes() throws {
        let store = try makeStore()
        let docs = (0..<6).map { doc("Report \($0) about the harbour storm.", at: "\($0).txt") }
        _ = try store.insert(docs)
        let stories = docs.enumerated().map { i, d in
            StoryRecord(
                id: "s\(i)", storyline: "l", title: "Storm \(i)", firstPublished: nil, lastPublished: nil,
                updated: "2025-03-12T10:00:00Z", documents: [StoryMember(document: d.id)])
        }
        try store.replaceGrouping(stories, clustererState: nil)
        func briefs(_ title: String) -> [Brief] {
            stories.map { Brief(id: $0.id, title: "\(title) \($0.id)", storyline: "l", updated: "2025-03-12T10:00:00Z", documents: []) }
        }
        try store.saveBriefs(briefs("First"))
        try store.saveBriefs(briefs("Second"))
        for brief in briefs("Second") { #expect(try store.brief(storyID: brief.id) == brief) }
    }

    @Test func analysisRoundTrips() throws {
        let store = try makeStore()
        let d = doc("Harbour master Teodor Brinck said the ramp was unsafe.", at: "1.txt")
        _ = try store.insert([d])
        let analysis = DocumentAnalysis(
            sentences: [Sentence(index: 0, block: 0, start: 0, text: d.extracted.text)],
            entities: [Entity(name: "Teodor Brinck", type: .person, mentions: 1, sentences: [0])])
        try store.saveAnalysis(analysis, for: d.id)
        #expect(try store.document(id: d.id)?.analysis == analysis)
    }

    @Test func reopeningAnExistingStoreKeepsItsData() throws {
        let path = try Fixtures.scratchDirectory("store").appendingPathComponent("reopen.sqlite").path
        _ = try SQLiteStore(path: path).insert([doc("Kept across opens.", at: "k.txt")])
        #expect(try SQLiteStore(path: path).documentCount() == 1)
    }

    @Test func unopenableStoreGivesAClearError() throws {
        let file = try Fixtures.scratchDirectory("store").appendingPathComponent("not-a-db.sqlite")
        try Data("this is not a database, just text that is long enough to matter".utf8).write(to: file)
        #expect(throws: StoreError.self) { try SQLiteStore(path: file.path) }
    }
}
