import Foundation

/// Maps an array on all cores, keeping order. Extraction of one document never depends on
/// another, so a batch spreads across cores with no locking beyond the final join.
/// (`@inlinable`: callers in other modules get code specialized for their types.)
public enum ParallelMap {
    @inlinable public static func map<T: Sendable, U: Sendable>(_ items: [T], _ transform: @Sendable (T) -> U) -> [U] {
        if items.count < 2 { return items.map(transform) }
        let workers = min(items.count, max(1, ProcessInfo.processInfo.activeProcessorCount))
        let count = items.count
        return collect(count) { results in
            nonisolated(unsafe) let out = results
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                var i = worker
                while i < count {
                    out[i] = transform(items[i])
                    i += workers
                }
            }
        }
    }

    /// Runs `fill`, which stores one result per index from any thread, and returns the results
    /// in index order. Each index must be written exactly once.
    @inlinable static func collect<U: Sendable>(_ count: Int, _ fill: (UnsafeMutableBufferPointer<U?>) -> Void) -> [U] {
        let results = UnsafeMutableBufferPointer<U?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer {
            // deinitialize first: deallocating alone leaked every result (whole documents)
            _ = results.deinitialize()
            results.deallocate()
        }
        fill(results)
        return results.map { $0! }
    }
}

extension ParallelMap {
    /// Maps an array on `workers` threads (default: all cores), keeping order, for items whose
    /// costs differ widely (stories of 1 to 100 documents, pages of 1 to 500 KB): workers take
    /// the next item as they free up, the costliest first, so no core idles while another
    /// still holds a queue of large items. The result never depends on the scheduling.
    @inlinable public static func mapBalanced<T: Sendable, U: Sendable>(
        _ items: [T], workers: Int? = nil, cost: (T) -> Int = { _ in 1 }, _ transform: @Sendable (T) -> U
    ) -> [U] {
        let threads = min(items.count, max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount))
        if threads < 2 { return items.map(transform) }
        // Costliest first; ties keep input order, so the schedule itself is deterministic.
        let costs = items.map(cost)
        let order = items.indices.sorted { (costs[$0], $1) > (costs[$1], $0) }
        let next = NextIndex()
        return collect(items.count) { results in
            nonisolated(unsafe) let out = results
            DispatchQueue.concurrentPerform(iterations: threads) { _ in
                while let k = next.take(below: order.count) {
                    let i = order[k]
                    out[i] = transform(items[i])
                }
            }
        }
    }

    /// A shared counter handing out 0, 1, 2, … to whichever worker asks first.
    @usableFromInline final class NextIndex: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0  // guarded by `lock`

        @usableFromInline init() {}

        @usableFromInline func take(below limit: Int) -> Int? {
            lock.withLock {
                guard value < limit else { return nil }
                defer { value += 1 }
                return value
            }
        }
    }
}
