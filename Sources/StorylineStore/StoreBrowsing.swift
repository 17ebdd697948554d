import Foundation
import StorylineCore

/// A document's listing fields, read without decoding its extracted text.
public struct DocumentSummary: Sendable, Hashable, Codable {
    public var id: String
    public var title: String?
    public var publisher: String?
    /// ISO 8601, when known.
    public var published: String?
    public var kind: DocumentKind
    public var url: String?
    public var lowQuality: Bool

    public init(
        id: String, title: String?, publisher: String?, published: String?, kind: DocumentKind, url: String?,
        lowQuality: Bool
    ) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.published = published
        self.kind = kind
        self.url = url
        self.lowQuality = lowQuality
    }
}

/// Where a page of the story list starts: after the story with this sort key and id.
/// Stories are listed newest first: by `COALESCE(lastPublished, updated)` descending, then id.
public struct StoryListPosition: Sendable, Hashable, Codable {
    public var sortKey: String
    public var id: String

    public init(sortKey: String, id: String) {
        self.sortKey = sortKey
        self.id = id
    }
}

/// The entities one document's stored analysis names.
public struct DocumentEntities: Sendable, Hashable {
    public var document: String
    public var entities: [Entity]

    public init(document: String, entities: [Entity]) {
        self.document = document
        self.entities = entities
    }
}

/// A stored brief's story and when it was last written.
public struct BriefStamp: Sendable, Hashable {
    public var story: String
    public var updated: String

    public init(story: String, updated: String) {
        self.story = story
        self.updated = updated
    }
}

/// The read queries the web UI and API need beyond `DocumentStore`: keyset-paged story
/// lists, listing fields of many documents at once, and scans for entity pages. Kept apart
/// from `DocumentStore` so the write path stays small; a PostgreSQL store implements both.
public protocol StoreBrowsing: Sendable {
    /// Up to `limit` stories after `position` (from the start when nil), newest first.
    func storyPage(after position: StoryListPosition?, limit: Int) throws -> [StoryRecord]
    /// The sort key a story has in `storyPage` (for building the next position).
    func storyListPosition(of story: StoryRecord) -> StoryListPosition
    func storyRecord(id: String) throws -> StoryRecord?
    /// All stories of a storyline, oldest first.
    func storylineStories(_ storyline: String) throws -> [StoryRecord]
    /// Number of stories in each of the given storylines.
    func storylineSizes(_ storylines: [String]) throws -> [String: Int]
    func storyCount() throws -> Int
    /// Listing fields of the given documents (unknown ids are left out).
    func documentSummaries(_ ids: [String]) throws -> [String: DocumentSummary]
    /// The most recently ingested documents, newest first.
    func recentDocuments(limit: Int) throws -> [DocumentSummary]
    /// The story holding each of the given documents (documents in no story are left out).
    func storiesHolding(_ documentIDs: [String]) throws -> [String: String]
    /// Which of the given stories have a stored brief.
    func storiesWithBriefs(_ storyIDs: [String]) throws -> Set<String>
    /// Stored briefs, most recently updated first.
    func recentBriefs(limit: Int) throws -> [Brief]
    /// The entities of every document with a stored analysis, in ingest order.
    func allDocumentEntities() throws -> [DocumentEntities]
    /// Every stored brief's topics, by story id.
    func allBriefTopics() throws -> [String: [TopicCard]]
    /// A value that changes whenever documents, stories, analyses or briefs change, so
    /// caches built from scans know when to rebuild.
    func generation() throws -> String
}
