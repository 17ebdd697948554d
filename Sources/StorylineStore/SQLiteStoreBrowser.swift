import Foundation
import GRDB
import StorylineCore

/// `StoreBrowsing` over an SQLite store file, through its own read-only connection pool
/// (WAL readers never block the writer, and the write path's connection stays private).
public final class SQLiteStoreBrowser: StoreBrowsing {
    private let pool: DatabasePool

    /// Opens a reader on the store `store` has already created and migrated.
    public convenience init(store: SQLiteStore) throws {
        try self.init(path: store.path)
    }

    public init(path: String) throws {
        var config = Configuration()
        config.readonly = true
        config.maximumReaderCount = max(2, ProcessInfo.processInfo.activeProcessorCount * 2)
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA busy_timeout = 10000") }
        do {
            pool = try DatabasePool(path: path, configuration: config)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? "\(error)")
        }
    }

    private static let storyColumns = "s.id, s.storyline, s.title, s.first_published, s.last_published, s.updated"
    private static let sortKey = "COALESCE(s.last_published, s.updated)"

    public func storyPage(after position: StoryListPosition?, limit: Int) throws -> [StoryRecord] {
        try pool.read { db in
            let rows: [Row]
            if let position {
                rows = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT \(Self.storyColumns) FROM story s
                        WHERE \(Self.sortKey) < ? OR (\(Self.sortKey) = ? AND s.id > ?)
                        ORDER BY \(Self.sortKey) DESC, s.id LIMIT ?
                        """, arguments: [position.sortKey, position.sortKey, position.id, limit])
            } else {
                rows = try Row.fetchAll(
                    db, sql: "SELECT \(Self.storyColumns) FROM story s ORDER BY \(Self.sortKey) DESC, s.id LIMIT ?",
                    arguments: [limit])
            }
            return try Self.stories(rows, db: db)
        }
    }

    public func storyListPosition(of story: StoryRecord) -> StoryListPosition {
        StoryListPosition(sortKey: story.lastPublished ?? story.updated, id: story.id)
    }

    public func storyRecord(id: String) throws -> StoryRecord? {
        try pool.read { db in
            try Self.stories(
                try Row.fetchAll(db, sql: "SELECT \(Self.storyColumns) FROM story s WHERE s.id = ?", arguments: [id]), db: db
            ).first
        }
    }

    public func storylineStories(_ storyline: String) throws -> [StoryRecord] {
        try pool.read { db in
            try Self.stories(
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT \(Self.storyColumns) FROM story s WHERE s.storyline = ?
                        ORDER BY COALESCE(s.first_published, s.last_published, s.updated), s.id
                        """, arguments: [storyline]), db: db)
        }
    }

    public func storylineSizes(_ storylines: [String]) throws -> [String: Int] {
        let unique = Array(Set(storylines))
        guard !unique.isEmpty else { return [:] }
        return try pool.read { db in
            var sizes: [String: Int] = [:]
            for chunk in unique.chunked(500) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                for row in try Row.fetchAll(
                    db, sql: "SELECT storyline, COUNT(*) AS n FROM story WHERE storyline IN (\(marks)) GROUP BY storyline",
                    arguments: StatementArguments(chunk))
                {
                    sizes[row["storyline"]] = row["n"]
                }
            }
            return sizes
        }
    }

    public func storyCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM story") ?? 0 }
    }

    public func documentSummaries(_ ids: [String]) throws -> [String: DocumentSummary] {
        let unique = Array(Set(ids))
        guard !unique.isEmpty else { return [:] }
        return try pool.read { db in
            var out: [String: DocumentSummary] = [:]
            for chunk in unique.chunked(500) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                for row in try Row.fetchAll(
                    db,
                    sql: "SELECT id, title, publisher, published, kind, url, low_quality FROM document WHERE id IN (\(marks))",
                    arguments: StatementArguments(chunk))
                {
                    let summary = Self.summary(row)
                    out[summary.id] = summary
                }
            }
            return out
        }
    }

    public func recentDocuments(limit: Int) throws -> [DocumentSummary] {
        try pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT id, title, publisher, published, kind, url, low_quality FROM document ORDER BY rowid DESC LIMIT ?",
                arguments: [limit]
            ).map(Self.summary)
        }
    }

    private static func summary(_ row: Row) -> DocumentSummary {
        DocumentSummary(
            id: row["id"], title: row["title"], publisher: row["publisher"], published: row["published"],
            kind: DocumentKind(rawValue: row["kind"]) ?? .report, url: row["url"], lowQuality: row["low_quality"])
    }

    public func storiesHolding(_ documentIDs: [String]) throws -> [String: String] {
        let unique = Array(Set(documentIDs))
        guard !unique.isEmpty else { return [:] }
        return try pool.read { db in
            var out: [String: String] = [:]
            for chunk in unique.chunked(500) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                for row in try Row.fetchAll(
                    db, sql: "SELECT document_id, story_id FROM story_document WHERE document_id IN (\(marks))",
                    arguments: StatementArguments(chunk))
                {
                    out[row["document_id"]] = row["story_id"]
                }
            }
            return out
        }
    }

    public func storiesWithBriefs(_ storyIDs: [String]) throws -> Set<String> {
        let unique = Array(Set(storyIDs))
        guard !unique.isEmpty else { return [] }
        return try pool.read { db in
            var out: Set<String> = []
            for chunk in unique.chunked(500) {
                let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
                out.formUnion(
                    try String.fetchAll(
                        db, sql: "SELECT story_id FROM brief WHERE story_id IN (\(marks))", arguments: StatementArguments(chunk)))
            }
            return out
        }
    }

    public func recentBriefs(limit: Int) throws -> [Brief] {
        try pool.read { db in
            let decoder = JSONDecoder()
            return try String.fetchAll(db, sql: "SELECT json FROM brief ORDER BY updated DESC, story_id LIMIT ?", arguments: [limit])
                .compactMap { try? decoder.decode(Brief.self, from: Data($0.utf8)) }
        }
    }

    public func allDocumentEntities() throws -> [DocumentEntities] {
        try pool.read { db in
            let decoder = JSONDecoder()
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT id, json_extract(analysis, '$.entities') AS entities FROM document
                    WHERE analysis IS NOT NULL ORDER BY rowid
                    """
            ).compactMap { row -> DocumentEntities? in
                guard let json: String = row["entities"],
                    let entities = try? decoder.decode([Entity].self, from: Data(json.utf8)), !entities.isEmpty
                else { return nil }
                return DocumentEntities(document: row["id"], entities: entities)
            }
        }
    }

    public func allBriefTopics() throws -> [String: [TopicCard]] {
        try pool.read { db in
            let decoder = JSONDecoder()
            var out: [String: [TopicCard]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT story_id, json_extract(json, '$.topics') AS topics FROM brief") {
                guard let json: String = row["topics"],
                    let topics = try? decoder.decode([TopicCard].self, from: Data(json.utf8)), !topics.isEmpty
                else { continue }
                out[row["story_id"]] = topics
            }
            return out
        }
    }

    public func generation() throws -> String {
        try pool.read { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT (SELECT COUNT(*) FROM document) AS docs,
                           (SELECT COUNT(*) FROM document WHERE analysis IS NOT NULL) AS analysed,
                           (SELECT COUNT(*) FROM story) AS stories,
                           (SELECT COALESCE(MAX(updated), '') FROM story) AS storyUpdated,
                           (SELECT COUNT(*) FROM story_document) AS members,
                           (SELECT COUNT(*) FROM brief) AS briefs,
                           (SELECT COALESCE(MAX(updated), '') FROM brief) AS briefUpdated
                    """)
            guard let row else { return "" }
            let docs: Int = row["docs"], analysed: Int = row["analysed"], stories: Int = row["stories"]
            let members: Int = row["members"], briefs: Int = row["briefs"]
            let storyUpdated: String = row["storyUpdated"], briefUpdated: String = row["briefUpdated"]
            return "\(docs)/\(analysed)/\(stories)/\(storyUpdated)/\(members)/\(briefs)/\(briefUpdated)"
        }
    }

    /// Story rows plus their members, in the rows' order.
    private static func stories(_ rows: [Row], db: Database) throws -> [StoryRecord] {
        guard !rows.isEmpty else { return [] }
        let ids: [String] = rows.map { $0["id"] }
        var members: [String: [StoryMember]] = [:]
        for chunk in ids.chunked(500) {
            let marks = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT story_id, document_id, duplicate_of FROM story_document WHERE story_id IN (\(marks))
                    ORDER BY story_id, position
                    """, arguments: StatementArguments(chunk))
            {
                members[row["story_id"], default: []].append(
                    StoryMember(document: row["document_id"], duplicateOf: row["duplicate_of"]))
            }
        }
        return rows.map { row in
            let id: String = row["id"]
            return StoryRecord(
                id: id, storyline: row["storyline"], title: row["title"], firstPublished: row["first_published"],
                lastPublished: row["last_published"], updated: row["updated"], documents: members[id] ?? [])
        }
    }
}

extension Array {
    /// Consecutive slices of at most `size` elements (SQLite limits bound parameters per statement).
    fileprivate func chunked(_ size: Int) -> [ArraySlice<Element>] {
        stride(from: 0, to: count, by: size).map { self[$0..<Swift.min($0 + size, count)] }
    }
}
