import Foundation
import GRDB
import StorylineCore
@testable import StorylineStore
import TestSupport
import Testing

/// The full-text index keeps no copy of the text: snippets are cut from the stored documents,
/// and stores made before that change are re-indexed when opened.
@Suite struct FullTextIndexTests {
    func doc(_ blocks: [String], at location: String, title: String?) -> NewDocument {
        let extracted = ExtractedDocument(title: title, publisher: "The Harbour Ledger", blocks: blocks.map { TextBlock($0) })
        return NewDocument(
            id: ContentKey.id(for: extracted.text), origin: DocumentOrigin(location: location), format: .text,
            contentBytes: extracted.text.utf8.count, extracted: extracted)
    }

    @Test func snippetsComeFromTheRightParagraphOfTheStoredDocument() throws {
        let store = try SQLiteStore(path: try Fixtures.scratchDirectory("fts-snippet").appendingPathComponent("s.sqlite").path)
        _ = try store.insert([
            doc(
                ["The council met on Monday.", "Nobody spoke about the harbour.", "The lighthouse keeper resigned after ten years."],
                at: "a.txt", title: nil),
            doc(["Tides were normal all week."], at: "b.txt", title: "Lighthouse open day"),
        ])
        let hits = try store.search("keeper", limit: 10, highlight: ("[", "]"))
        #expect(hits.count == 1)
        #expect(hits.first?.snippet.contains("lighthouse [keeper] resigned after ten years") == true)
        #expect(hits.first?.title == nil)
        let titled = try store.search("lighthouse", limit: 10, highlight: ("[", "]"))
        #expect(titled.count == 2, "one body match, one title match")
    }

    @Test func indexedTextIsExactlyWhatTheStoreReadsBack() throws {
        let path = try Fixtures.scratchDirectory("fts-text").appendingPathComponent("t.sqlite").path
        let store = try SQLiteStore(path: path)
        let d = doc(["Première ligne — “quoted”.", "", "Third block\twith a tab."], at: "c.txt", title: "Café")
        _ = try store.insert([d])
        let pool = try DatabasePool(path: path)
        let row = try #require(try pool.read { db in try Row.fetchOne(db, sql: "SELECT title, body FROM document_text") })
        #expect(row["title"] as String == "Café")
        #expect(row["body"] as String == d.extracted.text)
        let check = try pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT count(*) = 1 FROM document_fts WHERE document_fts MATCH 'premiere'")
        }
        #expect(check == true, "diacritics are folded as before")
    }

    @Test func aStoreFromBeforeTheChangeIsReindexedWhenOpened() throws {
        let path = try Fixtures.scratchDirectory("fts-migrate").appendingPathComponent("old.sqlite").path
        do {
            let old = try DatabasePool(path: path)
            try SQLiteStore.migrator.migrate(old, upTo: "v3: full-text index merges less often")
            try old.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO document (id, format, title, kind, low_quality, content_bytes, extracted, ingested_at)
                        VALUES ('k1', 'text', 'Ferry news', 'report', 0, 10,
                          '{"blocks":[{"role":"paragraph","text":"The ferry will not sail."},{"role":"paragraph","text":"Storm warnings stay in place."}]}',
                          '2025-01-01T00:00:00Z')
                        """)
                try db.execute(
                    sql: "INSERT INTO document_fts (rowid, title, body) VALUES (1, 'Ferry news', ?)",
                    arguments: ["The ferry will not sail.\n\nStorm warnings stay in place."])
            }
        }
        let store = try SQLiteStore(path: path)
        let hits = try store.search("warnings", limit: 10, highlight: ("[", "]"))
        #expect(hits.map(\.document) == ["k1"])
        #expect(hits.first?.snippet.contains("Storm [warnings] stay in place.") == true)
        #expect(try store.fullTextMergeWidth() == 16)
        #expect(try store.fullTextSetting("crisismerge") == 64)
        let pageSize = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") }
        #expect(pageSize == 4096, "an existing file keeps its page size")
    }

    @Test func newStoresUseLargePages() throws {
        let path = try Fixtures.scratchDirectory("fts-pages").appendingPathComponent("p.sqlite").path
        _ = try SQLiteStore(path: path)
        let pageSize = try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") }
        #expect(pageSize == SQLiteStore.pageSize)
        #expect(SQLiteStore.pageSize > 4096)
        #expect(try SQLiteStore(path: path).fullTextSetting("hashsize") == 32 << 20, "an ingest batch is one index segment")
    }
}
