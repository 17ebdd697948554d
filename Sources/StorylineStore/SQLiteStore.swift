import Foundation
import GRDB
import StorylineCore

/// The embedded store: one SQLite file through GRDB, in WAL mode with foreign keys on,
/// versioned migrations, and an FTS5 index over titles and paragraphs.
///
/// Documents are keyed by `ContentKey` (a hash of normalized content), so ingesting the
/// same content twice stores it once and records both origins.
public final class SQLiteStore: DocumentStore {
    private let pool: DatabasePool
    public let path: String
    /// Copies the write-ahead log into the file off the writer's thread (nil when read-only).
    private let checkpointer: WALCheckpointer?

    /// Opens (creating if needed) the store at `path` and brings its schema up to date.
    /// `readOnly` opens an existing store without migrating or writing: it never waits for
    /// another process's writes (WAL readers do not block), which suits monitors and servers.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        var config = Configuration()
        config.readonly = readOnly
        config.foreignKeysEnabled = true
        config.prepareDatabase { db in
            if !readOnly {
                // WAL + NORMAL: a committed transaction survives a killed process (only a power
                // loss may take the last ones back); the larger cache keeps the full-text
                // index's hot pages in memory during bulk ingest.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                try db.execute(sql: "PRAGMA cache_size = -32768")
                if !db.configuration.readonly {
                    // 16 KB pages (a new file only; SQLite fixes the size at creation): a stored
                    // document of ~5 KB fits one page instead of spilling into overflow pages, and
                    // a bulk ingest spent an eighth less CPU in SQLite than with 4 KB pages.
                    try db.execute(sql: "PRAGMA page_size = \(Self.pageSize)")
                    try db.execute(sql: "PRAGMA wal_autocheckpoint = \(WALCheckpointer.writerFallbackPages)")
                }
            }
            try db.execute(sql: "PRAGMA busy_timeout = 10000")
        }
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !directory.isEmpty { try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        do {
            pool = try DatabasePool(path: path, configuration: config)
            if !readOnly { try Self.migrator.migrate(pool) }
            checkpointer = readOnly ? nil : try WALCheckpointer(path: path)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error)")
        }
    }

    deinit {
        // a checkpoint still running when the process exits would race the exit's cleanup
        checkpointer?.drain()
    }

    /// The page size of stores this version creates.
    static let pageSize = 16_384

    /// One write transaction; its commit wakes the checkpointer.
    private func write<T>(_ updates: (Database) throws -> T) throws -> T {
        let result = try pool.write(updates)
        checkpointer?.committed()
        return result
    }

    /// Waits until the write-ahead log has been copied into the database file as far as the
    /// checkpoints asked for so far go (tests and tools that read the file directly).
    func waitForCheckpoints() {
        checkpointer?.drain()
    }

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration("v1: documents, origins, full-text index") { db in
            try db.execute(
                sql: """
                    CREATE TABLE document (
                      rowid INTEGER PRIMARY KEY,
                      id TEXT NOT NULL UNIQUE,
                      format TEXT NOT NULL,
                      title TEXT, publisher TEXT, byline TEXT, published TEXT, language TEXT, url TEXT,
                      kind TEXT NOT NULL,
                      low_quality INTEGER NOT NULL,
                      content_bytes INTEGER NOT NULL,
                      extracted TEXT NOT NULL,
                      analysis TEXT,
                      ingested_at TEXT NOT NULL
                    );
                    CREATE INDEX document_published ON document(published);
                    CREATE TABLE origin (
                      document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
                      location TEXT NOT NULL,
                      item INTEGER NOT NULL DEFAULT 0,
                      first_seen TEXT NOT NULL,
                      PRIMARY KEY (location, item)
                    );
                    CREATE INDEX origin_document ON origin(document_id);
                    CREATE VIRTUAL TABLE document_fts USING fts5(
                      title, body, tokenize = 'unicode61 remove_diacritics 2'
                    );
                    """)
        }
        m.registerMigration("v2: stories, storylines, briefs") { db in
            try db.execute(
                sql: """
                    CREATE TABLE story (
                      id TEXT PRIMARY KEY,
                      storyline TEXT NOT NULL,
                      title TEXT NOT NULL,
                      first_published TEXT, last_published TEXT,
                      updated TEXT NOT NULL
                    );
                    CREATE INDEX story_storyline ON story(storyline);
                    CREATE TABLE story_document (
                      document_id TEXT PRIMARY KEY REFERENCES document(id) ON DELETE CASCADE,
                      story_id TEXT NOT NULL REFERENCES story(id) ON DELETE CASCADE,
                      position INTEGER NOT NULL,
                      duplicate_of TEXT REFERENCES document(id)
                    );
                    CREATE INDEX story_document_story ON story_document(story_id, position);
                    CREATE TABLE brief (
                      story_id TEXT PRIMARY KEY REFERENCES story(id) ON DELETE CASCADE,
                      json TEXT NOT NULL,
                      updated TEXT NOT NULL
                    );
                    CREATE TABLE clusterer_state (
                      id INTEGER PRIMARY KEY CHECK (id = 1),
                      state BLOB NOT NULL
                    );
                    """)
        }
        m.registerMigration("v3: full-text index merges less often") { db in
            // FTS5 merges 4 segments of a level by default; during a bulk ingest that rewrote the
            // index over and over (a fifth of the store's CPU at 100,000 documents). Merging 16
            // at a time writes each entry fewer times; a query reads a few more segments.
            try db.execute(sql: "INSERT INTO document_fts(document_fts, rank) VALUES ('automerge', 16)")
        }
        m.registerMigration("v4: the full-text index reads its text from the documents") { db in
            // The index kept its own copy of every title and body: a third of the store's bytes,
            // written twice (log, then file) by the single writer. It now indexes the same text
            // and reads it back, for snippets, from the stored document: `document_text` is
            // that text, as the writer gave it to the index (title, paragraphs joined by blank
            // lines; FTS5 cannot read through `json_each`, hence the recursive walk). Existing
            // stores are re-indexed once. The index buffers up to 32 MB of new entries (FTS5's
            // default is 1 MB), so an ingest batch becomes one segment rather than several that
            // must be merged later.
            try db.execute(
                sql: """
                    DROP TABLE document_fts;
                    CREATE VIEW document_text AS
                      SELECT d.rowid AS document_rowid, coalesce(d.title, '') AS title,
                        coalesce((
                          WITH RECURSIVE part(i, text) AS (
                            SELECT 0, json_extract(d.extracted, '$.blocks[0].text')
                            UNION ALL
                            SELECT i + 1, text || char(10) || char(10) || json_extract(d.extracted, '$.blocks[' || (i + 1) || '].text')
                            FROM part WHERE i + 1 < json_array_length(d.extracted, '$.blocks'))
                          SELECT text FROM part ORDER BY i DESC LIMIT 1), '') AS body
                      FROM document AS d;
                    CREATE VIRTUAL TABLE document_fts USING fts5(
                      title, body, content = 'document_text', content_rowid = 'document_rowid',
                      tokenize = 'unicode61 remove_diacritics 2'
                    );
                    INSERT INTO document_fts(document_fts, rank) VALUES ('automerge', 16);
                    INSERT INTO document_fts(document_fts, rank) VALUES ('hashsize', 33554432);
                    INSERT INTO document_fts(document_fts) VALUES ('rebuild');
                    """)
        }
        m.registerMigration("v5: the full-text index merges a little at every commit") { db in
            // With `crisismerge` at its default (16, equal to `automerge`), the 16th segment of a
            // level made the writer merge the whole level inside one commit: a bulk ingest's writer
            // stalled for up to a second, its queue filled, and the extracting cores waited
            // (0.4-0.6 s per 100,000 documents, and a 0.9 s tail of queued batches at the end).
            // A higher crisis threshold leaves the merging to `automerge`, which does it in steps
            // sized to each commit. The index holds a few more segments meanwhile (about 20 rather
            // than 4 after 100,000 documents); a query reads each, which did not show in search times.
            try db.execute(sql: "INSERT INTO document_fts(document_fts, rank) VALUES ('crisismerge', 64)")
        }
        return m
    }

    private static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.userInfo[ExtractedDocument.compactEncoding] = true
        return e
    }()

    public func insert(_ batch: [NewDocument]) throws -> [InsertOutcome] {
        let now = ISO8601.format(Date())
        return try write { db in
            var outcomes: [InsertOutcome] = []
            outcomes.reserveCapacity(batch.count)
            let insertDoc = BoundStatement(
                try db.makeStatement(
                    sql: """
                        INSERT INTO document (id, format, title, publisher, byline, published, language, url, kind,
                          low_quality, content_bytes, extracted, ingested_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT(id) DO NOTHING
                        """))
            let insertFTS = BoundStatement(try db.makeStatement(sql: "INSERT INTO document_fts (rowid, title, body) VALUES (?, ?, ?)"))
            let insertOrigin = BoundStatement(
                try db.makeStatement(
                    sql: "INSERT INTO origin (document_id, location, item, first_seen) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING"))
            for doc in batch {
                let e = doc.extracted
                let encoded = doc.encoded ?? NewDocument.encode(e)
                try insertDoc.bind(doc.id, at: 1)
                try insertDoc.bind(doc.format.rawValue, at: 2)
                try insertDoc.bind(e.title, at: 3)
                try insertDoc.bind(e.publisher, at: 4)
                try insertDoc.bind(e.byline, at: 5)
                try insertDoc.bind(e.published.map(ISO8601.format), at: 6)
                try insertDoc.bind(e.language, at: 7)
                try insertDoc.bind(e.url, at: 8)
                try insertDoc.bind(e.kind.rawValue, at: 9)
                try insertDoc.bind(e.lowQuality, at: 10)
                try insertDoc.bind(Int64(doc.contentBytes), at: 11)
                try insertDoc.bind(now, at: 13)
                try insertDoc.withText(encoded.json, at: 12) { try insertDoc.step() }
                if db.changesCount > 0 {
                    try insertFTS.bind(db.lastInsertedRowID, at: 1)
                    try insertFTS.bind(e.title ?? "", at: 2)
                    try insertFTS.withText(encoded.searchText, at: 3) { try insertFTS.step() }
                    outcomes.append(.inserted)
                } else {
                    outcomes.append(.alreadyStored)
                }
                try insertOrigin.bind(doc.id, at: 1)
                try insertOrigin.bind(doc.origin.location, at: 2)
                try insertOrigin.bind(Int64(doc.origin.item ?? 0), at: 3)
                try insertOrigin.bind(now, at: 4)
                try insertOrigin.step()
            }
            return outcomes
        }
    }

    public func document(id: String) throws -> StoredDocument? {
        try pool.read { db in
            guard
                let row = try Row.fetchOne(
                    db, sql: "SELECT id, format, extracted, analysis, ingested_at FROM document WHERE id = ?", arguments: [id])
            else { return nil }
            let origins = try Row.fetchAll(
                db, sql: "SELECT location, item FROM origin WHERE document_id = ? ORDER BY first_seen, location, item",
                arguments: [id]
            ).map { r -> DocumentOrigin in
                let item: Int = r["item"]
                return DocumentOrigin(location: r["location"], item: item == 0 ? nil : item)
            }
            return try Self.storedDocument(row, origins: origins)
        }
    }

    static func storedDocument(_ row: Row, origins: [DocumentOrigin]) throws -> StoredDocument {
        let decoder = JSONDecoder()
        let extractedJSON: String = row["extracted"]
        let analysisJSON: String? = row["analysis"]
        return StoredDocument(
            id: row["id"], format: DocumentFormat(rawValue: row["format"]) ?? .text,
            extracted: try decoder.decode(ExtractedDocument.self, from: Data(extractedJSON.utf8)),
            analysis: try analysisJSON.map { try decoder.decode(DocumentAnalysis.self, from: Data($0.utf8)) },
            origins: origins, ingestedAt: ISO8601.parse(row["ingested_at"]) ?? Date(timeIntervalSince1970: 0))
    }

    /// How many full-text index segments FTS5 merges at a time (nil: its default, 4).
    func fullTextMergeWidth() throws -> Int? {
        try fullTextSetting("automerge")
    }

    /// A setting of the full-text index (nil: FTS5's default).
    func fullTextSetting(_ key: String) throws -> Int? {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT v FROM document_fts_config WHERE k = ?", arguments: [key]) }
    }

    public func documentCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM document") ?? 0 }
    }

    public func originCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM origin") ?? 0 }
    }

    public func documentIDs() throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "SELECT id FROM document ORDER BY rowid") }
    }

    public func saveAnalysis(_ analysis: DocumentAnalysis, for id: String) throws {
        let json = String(decoding: analysis.compactJSON(), as: UTF8.self)
        try write { db in
            try db.execute(sql: "UPDATE document SET analysis = ? WHERE id = ?", arguments: [json, id])
        }
    }

    public func saveAnalyses(_ analyses: [(id: String, analysis: DocumentAnalysis)]) throws {
        // the hand-written writer emits exactly what `encoder` would, several times faster
        let rows = analyses.map { ($0.id, String(decoding: $0.analysis.compactJSON(), as: UTF8.self)) }
        try write { db in
            let update = try db.makeStatement(sql: "UPDATE document SET analysis = ? WHERE id = ?")
            for (id, json) in rows { try update.execute(arguments: [json, id]) }
        }
    }

    public func unanalyzedDocumentIDs() throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "SELECT id FROM document WHERE analysis IS NULL ORDER BY rowid") }
    }

    public func search(_ query: String, limit: Int, highlight: (open: String, close: String)) throws -> [SearchHit] {
        let match = FTSQuery.match(for: query)
        guard !match.isEmpty else { return [] }
        return try pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT d.id, d.title, snippet(document_fts, 1, ?, ?, '…', 24) AS snippet, bm25(document_fts) AS rank
                    FROM document_fts JOIN document d ON d.rowid = document_fts.rowid
                    WHERE document_fts MATCH ? ORDER BY rank LIMIT ?
                    """, arguments: [highlight.open, highlight.close, match, limit]
            ).map { SearchHit(document: $0["id"], title: $0["title"], snippet: $0["snippet"], rank: $0["rank"]) }
        }
    }

    public func replaceGrouping(_ stories: [StoryRecord], clustererState: Data?) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM story_document")
            let keep = Set(stories.map(\.id))
            for old in try String.fetchAll(db, sql: "SELECT id FROM story") where !keep.contains(old) {
                try db.execute(sql: "DELETE FROM story WHERE id = ?", arguments: [old])
            }
            let upsertStory = try db.makeStatement(
                sql: """
                    INSERT INTO story (id, storyline, title, first_published, last_published, updated) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET storyline = excluded.storyline, title = excluded.title,
                      first_published = excluded.first_published, last_published = excluded.last_published,
                      updated = excluded.updated
                    """)
            let insertMember = try db.makeStatement(
                sql: "INSERT INTO story_document (document_id, story_id, position, duplicate_of) VALUES (?, ?, ?, ?)")
            for story in stories {
                try upsertStory.execute(arguments: [
                    story.id, story.storyline, story.title, story.firstPublished, story.lastPublished, story.updated,
                ])
                for (position, member) in story.documents.enumerated() {
                    try insertMember.execute(arguments: [member.document, story.id, position, member.duplicateOf])
                }
            }
            if let clustererState {
                try db.execute(
                    sql: "INSERT INTO clusterer_state (id, state) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET state = excluded.state",
                    arguments: [clustererState])
            }
        }
    }

    public func stories() throws -> [StoryRecord] {
        try pool.read { db in
            let members = try Row.fetchAll(
                db, sql: "SELECT story_id, document_id, duplicate_of FROM story_document ORDER BY story_id, position")
            var byStory: [String: [StoryMember]] = [:]
            for row in members {
                byStory[row["story_id"], default: []].append(StoryMember(document: row["document_id"], duplicateOf: row["duplicate_of"]))
            }
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT id, storyline, title, first_published, last_published, updated FROM story
                    ORDER BY COALESCE(last_published, updated) DESC, id
                    """
            ).map { row in
                StoryRecord(
                    id: row["id"], storyline: row["storyline"], title: row["title"], firstPublished: row["first_published"],
                    lastPublished: row["last_published"], updated: row["updated"], documents: byStory[row["id"]] ?? [])
            }
        }
    }

    public func story(id: String) throws -> StoryRecord? {
        try stories().first { $0.id == id }
    }

    public func clustererState() throws -> Data? {
        try pool.read { db in try Data.fetchOne(db, sql: "SELECT state FROM clusterer_state WHERE id = 1") }
    }

    public func saveBrief(_ brief: Brief) throws {
        let json = String(decoding: try Self.encoder.encode(brief), as: UTF8.self)
        try write { db in
            try db.execute(
                sql: """
                    INSERT INTO brief (story_id, json, updated) VALUES (?, ?, ?)
                    ON CONFLICT(story_id) DO UPDATE SET json = excluded.json, updated = excluded.updated
                    """, arguments: [brief.id, json, brief.updated])
        }
    }

    /// Encodes the briefs on all cores and writes them in one transaction: `storyline run`
    /// saves every story's brief at the end, and one transaction per brief kept a core idle.
    public func saveBriefs(_ briefs: [Brief]) throws {
        guard briefs.count > 1 else { return try briefs.forEach(saveBrief) }
        let encoder = Self.encoder
        let rows = ParallelMap.map(briefs) { brief in (try? encoder.encode(brief)).map { String(decoding: $0, as: UTF8.self) } }
        // Brief values are plain strings and arrays: encoding cannot fail, but if it did, the
        // single-brief path reports the error.
        if rows.contains(where: { $0 == nil }) { return try briefs.forEach(saveBrief) }
        try write { db in
            let upsert = try db.makeStatement(
                sql: """
                    INSERT INTO brief (story_id, json, updated) VALUES (?, ?, ?)
                    ON CONFLICT(story_id) DO UPDATE SET json = excluded.json, updated = excluded.updated
                    """)
            for (brief, json) in zip(briefs, rows) { try upsert.execute(arguments: [brief.id, json, brief.updated]) }
        }
    }

    public func brief(storyID: String) throws -> Brief? {
        try pool.read { db in
            guard let json = try String.fetchOne(db, sql: "SELECT json FROM brief WHERE story_id = ?", arguments: [storyID])
            else { return nil }
            return try JSONDecoder().decode(Brief.self, from: Data(json.utf8))
        }
    }
}

/// Errors a user can act on.
public enum StoreError: Error, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason): return "cannot open store \(path): \(reason)"
        }
    }
}

/// Turns what a user types into a safe FTS5 query: each word becomes a quoted term
/// (so operators and punctuation in user input cannot break the syntax), all must match,
/// and the last word also matches as a prefix.
enum FTSQuery {
    static func match(for query: String) -> String {
        let words = query.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init).prefix(16)
        guard !words.isEmpty else { return "" }
        return words.enumerated().map { i, w in
            let quoted = "\"\(w)\""
            return i == words.count - 1 && w.count >= 2 ? quoted + "*" : quoted
        }.joined(separator: " ")
    }
}
