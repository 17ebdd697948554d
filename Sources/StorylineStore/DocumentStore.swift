import Foundation
import StorylineCore

/// A document ready to be stored: its content key, where it came from, and what Extract made of it.
public struct NewDocument: Sendable {
    public var id: String
    public var origin: DocumentOrigin
    public var format: DocumentFormat
    public var contentBytes: Int
    public var extracted: ExtractedDocument {
        didSet { encoded = nil }
    }
    /// The stored forms of `extracted` (its JSON and its full-text body), when `encode()` made
    /// them ahead, on the thread that extracted the document: a store's single writer then
    /// only writes.
    public private(set) var encoded: Encoded?

    /// Both forms are UTF-8 bytes, bound to SQLite as text without a `String` in between:
    /// making a `String` re-validated every byte of them, and the writer had them copied again.
    public struct Encoded: Sendable {
        /// `extracted` as stored (`ExtractedDocument.compactJSON()`).
        public var json: [UInt8]
        /// What the full-text index reads (`ExtractedDocument.textUTF8`).
        public var searchText: [UInt8]
    }

    public init(id: String, origin: DocumentOrigin, format: DocumentFormat, contentBytes: Int, extracted: ExtractedDocument) {
        self.id = id
        self.origin = origin
        self.format = format
        self.contentBytes = contentBytes
        self.extracted = extracted
    }

    /// Makes the stored forms now (see `encoded`); what is stored does not change.
    public mutating func encode() {
        encoded = Self.encode(extracted)
    }

    static func encode(_ e: ExtractedDocument) -> Encoded {
        // the hand-written writer emits exactly what `JSONEncoder` would, several times faster
        Encoded(json: e.compactJSON(), searchText: e.textUTF8)
    }
}

/// What happened to one document of a batch.
public enum InsertOutcome: Sendable, Hashable {
    /// Stored for the first time.
    case inserted
    /// Its content was already stored; this origin was recorded next to the earlier ones.
    case alreadyStored
}

/// A document as the store keeps it.
public struct StoredDocument: Sendable, Hashable {
    public var id: String
    public var format: DocumentFormat
    public var extracted: ExtractedDocument
    public var analysis: DocumentAnalysis?
    public var origins: [DocumentOrigin]
    public var ingestedAt: Date

    public init(
        id: String, format: DocumentFormat, extracted: ExtractedDocument, analysis: DocumentAnalysis?,
        origins: [DocumentOrigin], ingestedAt: Date
    ) {
        self.id = id
        self.format = format
        self.extracted = extracted
        self.analysis = analysis
        self.origins = origins
        self.ingestedAt = ingestedAt
    }
}

/// A story as listed: the documents it holds and its storyline.
public struct StoryRecord: Sendable, Hashable, Codable {
    public var id: String
    public var storyline: String
    public var title: String
    /// Earliest and latest publication dates of its documents (ISO 8601), when known.
    public var firstPublished: String?
    public var lastPublished: String?
    public var updated: String
    public var documents: [StoryMember]

    public init(
        id: String, storyline: String, title: String, firstPublished: String?, lastPublished: String?, updated: String,
        documents: [StoryMember]
    ) {
        self.id = id
        self.storyline = storyline
        self.title = title
        self.firstPublished = firstPublished
        self.lastPublished = lastPublished
        self.updated = updated
        self.documents = documents
    }
}

/// A document's place in a story.
public struct StoryMember: Sendable, Hashable, Codable {
    public var document: String
    public var duplicateOf: String?

    public init(document: String, duplicateOf: String? = nil) {
        self.document = document
        self.duplicateOf = duplicateOf
    }
}

/// A full-text search result with a highlighted snippet (matches between `[` and `]`
/// markers given by the caller, so renderers can escape the text and then mark it).
public struct SearchHit: Sendable, Hashable {
    public var document: String
    public var title: String?
    public var snippet: String
    public var rank: Double
}

/// Where documents, stories and briefs persist. SQLite (`SQLiteStore`) is the default;
/// the protocol is the seam for a PostgreSQL store when one machine is not enough.
public protocol DocumentStore: Sendable {
    /// Stores a batch in one transaction: new content is inserted, known content gets its
    /// new origin recorded. After a crash, either the whole batch is there or none of it.
    func insert(_ batch: [NewDocument]) throws -> [InsertOutcome]
    func document(id: String) throws -> StoredDocument?
    func documentCount() throws -> Int
    /// Ids of all documents in ingest order.
    func documentIDs() throws -> [String]
    func saveAnalysis(_ analysis: DocumentAnalysis, for id: String) throws
    /// Stores many analyses in one transaction.
    func saveAnalyses(_ analyses: [(id: String, analysis: DocumentAnalysis)]) throws
    /// Ids of the documents not analyzed yet, in ingest order.
    func unanalyzedDocumentIDs() throws -> [String]
    func search(_ query: String, limit: Int, highlight: (open: String, close: String)) throws -> [SearchHit]

    /// Replaces the grouping with a new one (stories, their members) and the clusterer's
    /// state, in one transaction.
    func replaceGrouping(_ stories: [StoryRecord], clustererState: Data?) throws
    func stories() throws -> [StoryRecord]
    func story(id: String) throws -> StoryRecord?
    func clustererState() throws -> Data?

    func saveBrief(_ brief: Brief) throws
    /// Saves many briefs at once (one transaction where the store has them).
    func saveBriefs(_ briefs: [Brief]) throws
    func brief(storyID: String) throws -> Brief?
}

extension DocumentStore {
    public func saveBriefs(_ briefs: [Brief]) throws {
        for brief in briefs { try saveBrief(brief) }
    }
}
