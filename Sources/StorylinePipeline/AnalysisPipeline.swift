import Foundation
import StorylineAnalyze
import StorylineCore
import StorylineStore

/// Analyzes every stored document that has no analysis yet, on all cores, and stores the
/// results. Analysis is a pure function of the extracted document, so it is done once.
public struct AnalysisPipeline: Sendable {
    public var analyzer = DocumentAnalyzer()
    public var batchSize = 256

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
}
