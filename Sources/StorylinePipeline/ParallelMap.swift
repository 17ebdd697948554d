import Foundation

/// Maps an array on all cores, keeping order. Extraction of one document never depends on
/// another, so a batch spreads across cores with no locking beyond the final join.
public enum ParallelMap {
    public static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        if items.count < 2 { return items.map(transform) }
        let results = UnsafeMutableBufferPointer<U?>.allocate(capacity: items.count)
        results.initialize(repeating: nil)
        defer {
            // deinitialize first: deallocating alone leaked every result (whole documents)
            _ = results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let out = results
        let workers = min(items.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        let count = items.count
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var i = worker
            while i < count {
                out[i] = transform(items[i])
                i += workers
            }
        }
        return results.map { $0! }
    }
}
