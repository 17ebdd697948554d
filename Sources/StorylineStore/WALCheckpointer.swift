import Foundation
import GRDB

/// Copies the write-ahead log back into the database file on its own thread and connection.
///
/// SQLite's automatic checkpoint runs inside the commit that fills the log: the writer copies
/// pages and waits for the disk (`fdatasync`) while every extracting core waits for the writer.
/// A bulk ingest commits a batch every ~100 ms, and those waits were a seventh of the writer's
/// time. Here the writer's commit only wakes this checkpointer, which runs a PASSIVE checkpoint
/// (it never blocks the writer or readers) on a connection of its own. The writer keeps an
/// automatic checkpoint at a much larger log size as a safety net, for when the disk cannot
/// keep up; a log that the checkpointer has fully copied is reused from its start, so the log
/// stays small.
final class WALCheckpointer: @unchecked Sendable {
    /// The log size (pages) at which the writer checkpoints by itself: 64 MB of 16 KB pages.
    static let writerFallbackPages = 4_096

    private let connection: DatabaseQueue
    private let queue = DispatchQueue(label: "storyline.store.checkpoint")
    private let lock = NSLock()
    // Guarded by `lock`: a checkpoint is queued or running, and whether another was asked for meanwhile.
    private var active = false
    private var again = false

    init(path: String) throws {
        var config = Configuration()
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA busy_timeout = 10000") }
        connection = try DatabaseQueue(path: path, configuration: config)
    }

    /// Called after each committed write: starts a checkpoint, or asks the running one to go again.
    func committed() {
        let start: Bool = lock.withLock {
            if active {
                again = true
                return false
            }
            active = true
            return true
        }
        if start { queue.async { [self] in run() } }
    }

    /// Waits for the checkpoints asked for so far.
    func drain() {
        queue.sync {}
    }

    private func run() {
        while true {
            // A failed passive checkpoint (busy) is harmless: the log is copied by the next one.
            _ = try? connection.inDatabase { db in try db.checkpoint(.passive) }
            let more: Bool = lock.withLock {
                if again {
                    again = false
                    return true
                }
                active = false
                return false
            }
            if !more { return }
        }
    }
}
