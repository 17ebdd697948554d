import Foundation
import StorylineAnalyze
import StorylineCore
import StorylineStore

/// Analyzes every stored document that has no analysis yet, on all cores, and stores the
/// results. Analysis is a pure function of the extracted document, so it is done once.
public struct AnalysisPipeline: Sendable {
    public var analyzer = DocumentAnalyzer()
    public var batchSize = 256
    /// Threads for loading and analysis; nil means all cores (1 gives the serial run that
    /// the parallel one must match byte for byte).
    public var workers: Int?

    public init() {}

    /// Returns how many documents were analyzed.
    @discardableResult
    public func analyzePending(in store: any DocumentStore, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> Int {
        let pending = try store.unanalyzedDocumentIDs()
        var done = 0
        for start in stride(from: 0, to: pending.count, by: batchSize) {
            let ids = Array(pending[start..<min(pending.count, start + batchSize)])
            let documents = try ids.compactMap { try store.document(id: $0) }
            let analyzer = self.analyzer
            let analyses = ParallelMap.map(documents) { analyzer.analyze($0.extracted) }
            try store.saveAnalyses(zip(documents, analyses).map { (id: $0.id, analysis: $1) })
            done += documents.count
            progress?(done, pending.count)
        }
        return done
    }

    /// Every stored document with its analysis, in store order, for a caller that goes on to
    /// group and brief them all (`storyline run`): `storedDocuments` then `analyzed`.
    public func analyzedDocuments(in store: any DocumentStore, progress: (@Sendable (Int, Int) -> Void)? = nil) throws
        -> [StoredDocument]
    {
        try analyzed(storedDocuments(in: store), in: store, progress: progress)
    }

    /// Every stored document, in store order, read and decoded on all cores. Each document is
    /// decoded once and shared by analysis, grouping and briefs.
    public func storedDocuments(in store: any DocumentStore) throws -> [StoredDocument] {
        let ids = try store.documentIDs()
        let read = ParallelMap.mapBalanced(ids, workers: workers) { id in Result { try store.document(id: id) } }
        return try read.compactMap { try $0.get() }
    }

    /// `documents`, each with its analysis: those without one are analyzed on all cores, in
    /// batches, and the new analyses are saved on a writer thread while the next batch is
    /// analyzed. `progress` gets (analyzed so far, to analyze in all).
    public func analyzed(
        _ documents: [StoredDocument], in store: any DocumentStore, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws -> [StoredDocument] {
        let pendingCount = documents.reduce(0) { $0 + ($1.analysis == nil ? 1 : 0) }
        let analyzer = self.analyzer
        let saver = AnalysisSaver(store: store)
        var out: [StoredDocument] = []
        out.reserveCapacity(documents.count)
        var analyzed = 0
        // Longest texts first, so no core idles at the end of a batch.
        let cost: (StoredDocument) -> Int = { d in d.analysis != nil ? 0 : d.extracted.blocks.reduce(1) { $0 + $1.text.utf8.count } }
        for start in stride(from: 0, to: documents.count, by: batchSize) {
            let batch = Array(documents[start..<min(documents.count, start + batchSize)])
            let done = ParallelMap.mapBalanced(batch, workers: workers, cost: cost) { document -> (StoredDocument, Bool) in
                guard document.analysis == nil else { return (document, false) }
                var document = document
                document.analysis = analyzer.analyze(document.extracted)
                return (document, true)
            }
            var fresh: [(id: String, analysis: DocumentAnalysis)] = []
            for (document, isNew) in done {
                out.append(document)
                if isNew, let analysis = document.analysis { fresh.append((document.id, analysis)) }
            }
            if !fresh.isEmpty {
                try saver.submit(fresh)
                analyzed += fresh.count
                progress?(analyzed, pendingCount)
            }
        }
        try saver.finish()
        return out
    }
}

/// Saves batches of analyses on its own thread, in order, so encoding and the SQLite write
/// of one batch overlap the analysis of the next. The first error stops it and is thrown.
private final class AnalysisSaver: @unchecked Sendable {
    private let store: any DocumentStore
    private let queue = DispatchQueue(label: "storyline.analysis.saver")
    private let lock = NSLock()
    private var error: (any Error)?  // guarded by `lock`

    init(store: any DocumentStore) { self.store = store }

    func submit(_ batch: [(id: String, analysis: DocumentAnalysis)]) throws {
        try rethrow()
        queue.async { [self] in
            guard lock.withLock({ error == nil }) else { return }
            do { try store.saveAnalyses(batch) } catch { lock.withLock { self.error = error } }
        }
    }

    func finish() throws {
        queue.sync {}
        try rethrow()
    }

    private func rethrow() throws {
        if let error = lock.withLock({ self.error }) { throw error }
    }
}
