import Foundation
import StorylineCore
@testable import StorylineStore
import TestSupport
import Testing

/// The write-ahead log is copied into the database file by the checkpointer, not by the writer;
/// the log must still stay small over a long run of commits.
@Suite struct WALCheckpointTests {
    /// A log that is never reused holds every commit's pages, more than the file itself. One commit
    /// can still be large: the full-text index merges in steps of about a megabyte (FTS5's
    /// automerge work unit), so the documents are large enough for the file to dwarf one step.
    @Test func logStaysSmallOverManyLargeCommits() throws {
        let path = try Fixtures.scratchDirectory("wal").appendingPathComponent("w.sqlite").path
        let store = try SQLiteStore(path: path)
        let paragraph = String(repeating: "The harbour board met again to discuss the ferry timetable. ", count: 80)
        var largestLog = 0
        for batch in 0..<30 {
            let docs = (0..<25).map { k -> NewDocument in
                let text = "Batch \(batch) document \(k). " + paragraph
                return NewDocument(
                    id: ContentKey.id(for: text), origin: DocumentOrigin(location: "\(batch)-\(k).txt"), format: .text,
                    contentBytes: text.utf8.count, extracted: ExtractedDocument(title: "Harbour", blocks: [TextBlock(text)]))
            }
            _ = try store.insert(docs)
            store.waitForCheckpoints()
            let log = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
            largestLog = max(largestLog, log)
        }
        let file = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        #expect(file > 1_000_000, "the documents reached the database file")
        #expect(largestLog < file / 3, "the log is reused once copied (largest \(largestLog) bytes, file \(file) bytes)")
        #expect(try store.documentCount() == 750)
    }
}
