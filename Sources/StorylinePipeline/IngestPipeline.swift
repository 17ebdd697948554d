import Foundation
import StorylineCore
import StorylineExtract
import StorylineIngest
import StorylineStore

/// How far an ingest has come, for progress display.
public struct IngestProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var documentsRead: Int
}

/// The outcome of an ingest: counts, and every input that failed, named.
public struct IngestSummary: Sendable {
    public var files = 0
    public var documentsRead = 0
    public var inserted = 0
    public var alreadyStored = 0
    public var failures: [IngestFailure] = []
    /// Ids of the documents stored by this ingest, in input order.
    public var insertedIDs: [String] = []
    /// Warnings per document (replaced bytes, guessed charset, low quality, …).
    public var warnings: [(origin: DocumentOrigin, message: String)] = []
}

/// Ingest → Extract → Store for files and folders. Files are read in a stable order,
/// documents are extracted on all cores and committed in batches, so a crash loses at most
/// the batch in flight and a re-run stores nothing twice.
public struct IngestPipeline: Sendable {
    public var reader = DocumentReader()
    public var extractor = DocumentExtractor()
    /// Documents per transaction.
    public var batchSize = 256

    public init() {}

    public func ingest(
        paths: [String], into store: any DocumentStore, progress: (@Sendable (IngestProgress) -> Void)? = nil
    ) throws -> IngestSummary {
        let listing = FileWalker.files(under: paths)
        var summary = IngestSummary()
        summary.failures = listing.missing
        summary.files = listing.files.count
        var pending: [RawDocument] = []
        var filesDone = 0

        /// Extracts and commits `pending` in batches of `batchSize` (all of it when `all`).
        func flush(all: Bool) throws {
            while pending.count >= batchSize || (all && !pending.isEmpty) {
                let batch = Array(pending.prefix(batchSize))
                pending.removeFirst(batch.count)
                try commit(batch)
            }
        }

        func commit(_ batch: [RawDocument]) throws {
            let extractor = self.extractor
            let prepared = ParallelMap.map(batch) { raw -> NewDocument in
                let extracted = extractor.extract(raw)
                return NewDocument(
                    id: ContentKey.id(for: raw.content), origin: raw.origin, format: raw.format,
                    contentBytes: raw.content.utf8.count, extracted: extracted)
            }
            let outcomes = try store.insert(prepared)
            for (doc, outcome) in zip(prepared, outcomes) {
                switch outcome {
                case .inserted:
                    summary.inserted += 1
                    summary.insertedIDs.append(doc.id)
                    for w in doc.extracted.warnings { summary.warnings.append((doc.origin, w)) }
                case .alreadyStored:
                    summary.alreadyStored += 1
                }
            }
        }

        for file in listing.files {
            let result = reader.read(fileAt: file)
            summary.failures += result.failures
            summary.documentsRead += result.documents.count
            pending += result.documents
            filesDone += 1
            try flush(all: false)
            progress?(IngestProgress(filesDone: filesDone, filesTotal: listing.files.count, documentsRead: summary.documentsRead))
        }
        try flush(all: true)
        return summary
    }
}
