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

/// Ingest → Extract → Store for files and folders. Files are read in a stable order, a chunk
/// at a time on all cores; a file that holds one document (a page, a dump) is extracted by
/// the same task that read it (no barrier between reading and extracting, and the text is
/// still in cache), while the many documents of a container (JSON Lines, feeds) are extracted
/// in parallel batches. Documents go to a writer that commits a batch while the next ones are
/// prepared. Each batch is one transaction, so a crash loses at most the batches in flight and
/// a re-run stores nothing twice; batches keep input order, so the first copy of a content wins.
public struct IngestPipeline: Sendable {
    public var reader = DocumentReader()
    public var extractor = DocumentExtractor()
    /// Documents per transaction. Larger transactions mean fewer, larger full-text index
    /// segments (less merging) and fewer commits; a crash still loses only uncommitted batches.
    /// (2,048 rather than 1,024 cut the store's CPU by about a tenth.)
    public var batchSize = 2048
    /// Files read (and single documents extracted) together, in parallel.
    public var readChunk = 256

    public init() {}

    /// A document on its way to the writer: already extracted, or still to be.
    private enum Pending: Sendable {
        case ready(NewDocument)
        case raw(RawDocument)
    }

    /// Relative cost of making a pending document ready: its size when it is still raw.
    private static func extractionCost(_ item: Pending) -> Int {
        switch item {
        case .ready: return 0
        case .raw(let raw): return raw.content.utf8.count
        }
    }

    private func prepare(_ raw: RawDocument) -> NewDocument {
        var doc = NewDocument(
            id: ContentKey.id(for: raw.content), origin: raw.origin, format: raw.format,
            contentBytes: raw.content.utf8.count, extracted: extractor.extract(raw))
        doc.encode()  // here, on all cores, rather than on the store's one writer thread
        return doc
    }

    public func ingest(
        paths: [String], into store: any DocumentStore, progress: (@Sendable (IngestProgress) -> Void)? = nil
    ) throws -> IngestSummary {
        let listing = FileWalker.files(under: paths)
        var summary = IngestSummary()
        summary.failures = listing.missing
        summary.files = listing.files.count
        var pending: [Pending] = []
        var filesDone = 0
        let writer = BatchWriter(store: store, depth: 4)
        let reader = self.reader

        /// Hands `pending` to the writer in batches of `batchSize` (all of it when `all`),
        /// extracting the documents of containers first, on all cores.
        func flush(all: Bool) throws {
            var start = 0
            while pending.count - start >= batchSize || (all && start < pending.count) {
                let batch = Array(pending[start..<min(pending.count, start + batchSize)])
                start += batch.count
                let prepareItem: @Sendable (Pending) -> NewDocument = { item in
                    switch item {
                    case .ready(let doc): return doc
                    case .raw(let raw): return prepare(raw)
                    }
                }
                let needsExtraction = batch.contains { if case .raw = $0 { true } else { false } }
                // records differ in size by orders of magnitude: the largest go first, and a
                // worker takes the next one as it frees up, so no core waits for another's share
                let prepared =
                    needsExtraction
                    ? ParallelMap.mapBalanced(batch, cost: Self.extractionCost, prepareItem) : batch.map(prepareItem)
                try writer.submit(prepared)
            }
            pending.removeFirst(start)
        }

        var next = 0
        while next < listing.files.count {
            let chunk = Array(listing.files[next..<min(listing.files.count, next + readChunk)])
            next += chunk.count
            // files are taken one at a time by whichever worker is free (pages of 1 KB next to
            // pages of 500 KB left one core idle at every chunk's end when each worker was dealt
            // a fixed share)
            let results = ParallelMap.mapBalanced(chunk) { path -> (failures: [IngestFailure], documents: [Pending]) in
                let result = reader.read(fileAt: path)
                if result.documents.count == 1 {
                    return (result.failures, [.ready(prepare(result.documents[0]))])
                }
                return (result.failures, result.documents.map { .raw($0) })
            }
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
