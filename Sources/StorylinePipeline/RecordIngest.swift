import Foundation
import StorylineCore
import StorylineExtract
import StorylineIngest
import StorylineStore

/// What happened to one submitted record.
public struct RecordIngestResult: Sendable {
    public var id: String
    public var outcome: InsertOutcome
    public var extracted: ExtractedDocument
    /// Reading and extraction warnings for this document (Extract carries the reading ones over).
    public var warnings: [String]
}

/// Why a submitted record was not stored.
public struct RecordIngestError: Error, Sendable, CustomStringConvertible {
    public var description: String
}

extension IngestPipeline {
    /// Ingests one JSON Lines record (`id?, url?, title?, publisher?, published?, html | text`)
    /// arriving through an API rather than a file, by the same reader, extractor and store
    /// insert as `ingest(paths:)`. `origin` names where it came from and must be unique per
    /// submission, since the store keys origins by location.
    public func ingest(jsonRecord: Data, origin: DocumentOrigin, into store: any DocumentStore) throws -> RecordIngestResult {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: jsonRecord, options: [])
        } catch {
            throw RecordIngestError(description: "the body is not valid JSON")
        }
        guard object is [String: Any] else {
            throw RecordIngestError(description: "the body must be a JSON object")
        }
        // Re-serialized compactly so it is exactly one JSON Lines record (no raw newlines).
        let line = try JSONSerialization.data(withJSONObject: object, options: [])
        let result = reader.read(bytes: [UInt8](line), origin: DocumentOrigin(location: "submitted.jsonl"))
        if let failure = result.failures.first {
            throw RecordIngestError(description: failure.message)
        }
        guard var raw = result.documents.first, result.documents.count == 1 else {
            throw RecordIngestError(description: "the body holds no document")
        }
        raw.origin = origin
        let extracted = extractor.extract(raw)
        let document = NewDocument(
            id: ContentKey.id(for: raw.content), origin: origin, format: raw.format,
            contentBytes: raw.content.utf8.count, extracted: extracted)
        let outcome = try store.insert([document]).first ?? .alreadyStored
        return RecordIngestResult(
            id: document.id, outcome: outcome, extracted: extracted, warnings: extracted.warnings)
    }
}
