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

/// Ingest → Extract → Store for files and folders. Files are read in a stable order (a chunk
/// of files at a time, on all cores), documents are extracted on all cores and committed in
/// batches by a writer that works while the next batch is extracted. Each batch is one
/// transaction, so a crash loses at most the batches in flight and a re-run stores nothing twice.
public struct IngestPipeline: Sendable {
    public var reader = DocumentReader()
    public var extractor = DocumentExtractor()
    /// Documents per transaction.
    public var batchSize = 256
    /// Files read together (in parallel) before their documents are batched.
    public var readChunk = 32

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
        let writer = BatchWriter(store: store)
        let extractor = self.extractor
        let reader = self.reader

        /// Extracts `pending` in batches of `batchSize` (all of it when `all`) and hands each
        /// batch to the writer, which commits it while the next one is extracted.
        func flush(all: Bool) throws {
            var start = 0
            while pending.count - start >= batchSize || (all && start < pending.count) {
                let batch = Array(pending[start..<min(pending.count, start + batchSize)])
                start += batch.count
                let prepared = ParallelMap.map(batch) { raw -> NewDocument in
                    let extracted = extractor.extract(raw)
                    return NewDocument(
                        id: ContentKey.id(for: raw.content), origin: raw.origin, format: raw.format,
                        contentBytes: raw.content.utf8.count, extracted: extracted)
                }
                try writer.submit(prepared)
            }
            pending.removeFirst(start)
        }

        var next = 0
        while next < listing.files.count {
            let chunk = Array(listing.files[next..<min(listing.files.count, next + readChunk)])
            next += chunk.count
            let results = ParallelMap.map(chunk) { reader.read(fileAt: $0) }
            for result in results {
                summary.failures += result.failures
                summary.documentsRead += result.documents.count
                pending += result.documents
                filesDone += 1
                progress?(IngestProgress(filesDone: filesDone, filesTotal: listing.files.count, documentsRead: summary.documentsRead))
            }
            try flush(all: false)
        }
        try flush(all: true)
        let written = try writer.finish()
        summary.inserted = written.inserted
        summary.alreadyStored = written.alreadyStored
        summary.insertedIDs = written.insertedIDs
        summary.warnings = written.warnings
        return summary
    }
}
