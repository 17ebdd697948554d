import Foundation
import StorylinePipeline
import TestSupport
import Testing

@Suite(.serialized) struct IngestCommandTests {
    @Test func reingestingTheSameFolderStoresNothingTwice() throws {
        let dir = try Fixtures.scratchDirectory("cli-idem")
        let db = dir.appendingPathComponent("s.sqlite").path
        let inputs = [Fixtures.url("ingest/rss.xml").path, Fixtures.url("ingest/atom.xml").path, Fixtures.url("ingest/feed.json").path]
        let first = try CLIRunner.run(["ingest"] + inputs + ["--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains("8 new"))
        let second = try CLIRunner.run(["ingest"] + inputs + ["--db", db])
        #expect(second.status == 0)
        #expect(second.stderr.contains("0 new, 8 already stored"))
        #expect(try SQLiteStore(path: db).documentCount() == 8)
    }

    @Test func badInputsAreReportedPerDocumentAndTheRestStored() throws {
        let dir = try Fixtures.scratchDirectory("cli-bad")
        let inputs = dir.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data().write(to: inputs.appendingPathComponent("empty.html"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]).write(to: inputs.appendingPathComponent("image.html"))
        try Data(contentsOf: Fixtures.url("ingest/records.jsonl")).write(to: inputs.appendingPathComponent("records.jsonl"))
        try Data(contentsOf: Fixtures.url("ingest/truncated.xml")).write(to: inputs.appendingPathComponent("truncated.xml"))
        try Data(contentsOf: Fixtures.url("ingest/cp1251.html")).write(to: inputs.appendingPathComponent("cp1251.html"))
        try Data("A good plain text note about the harbour.\n\nIt has two paragraphs.".utf8)
            .write(to: inputs.appendingPathComponent("good.txt"))
        let db = dir.appendingPathComponent("s.sqlite").path
        let run = try CLIRunner.run(["ingest", inputs.path, "--db", db])
        #expect(run.status == 1)
        for expected in ["empty.html: empty file", "image.html: binary data", "records.jsonl#3: not valid JSON",
            "records.jsonl#7:", "truncated.xml: feed is truncated"]
        {
            #expect(run.stderr.contains(expected), "stderr should report \(expected): \(run.stderr)")
        }
        // 4 JSON Lines records + 1 feed item + cp1251 page + good.txt
        #expect(try SQLiteStore(path: db).documentCount() == 7)
        let again = try CLIRunner.run(["ingest", inputs.path, "--db", db])
        #expect(again.status == 1)
        #expect(try SQLiteStore(path: db).documentCount() == 7)
    }

    @Test func usageErrorsExitWithTwo() throws {
        #expect(try CLIRunner.run(["ingest"]).status == 2)
        #expect(try CLIRunner.run(["no-such-command"]).status == 2)
        #expect(try CLIRunner.run(["ingest", "--help"]).status == 0)
    }

    /// Kills the CLI with SIGKILL in the middle of a large ingest, then re-runs it: every
    /// committed batch survives, and the re-run finishes with each document stored once.
    @Test func ingestResumesAfterSigkillWithNoDuplicates() throws {
        let dir = try Fixtures.scratchDirectory("cli-crash")
        let input = dir.appendingPathComponent("stream.jsonl")
        let total = 10_000
        var lines = ""
        lines.reserveCapacity(total * 400)
        for i in 0..<total {
            lines += "{\"id\": \"d\(i)\", \"title\": \"Harbour bulletin \(i)\", \"publisher\": \"The Harbour Ledger\", "
            lines += "\"text\": \"Bulletin number \(i) reports that \(i % 97) boats left Vellmark harbour before dawn. "
            lines += "The harbour master counted \(i % 13) arrivals and \(i * 7 % 101) departures.\"}\n"
        }
        try Data(lines.utf8).write(to: input)
        let db = dir.appendingPathComponent("s.sqlite").path

        let (process, _, _) = try CLIRunner.start(["ingest", input.path, "--db", db])
        var committed = 0
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, Date() < deadline {
            if FileManager.default.fileExists(atPath: db), let n = try? SQLiteStore(path: db, readOnly: true).documentCount(), n > 0 {
                committed = n
                break
            }
            usleep(2_000)
        }
        let killedMidway = process.isRunning
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let afterCrash = try SQLiteStore(path: db).documentCount()
        #expect(killedMidway, "the ingest should still be running when the first batch is visible")
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(afterCrash >= committed && afterCrash < total, "only whole batches survive: \(afterCrash)")
        let rerun = try CLIRunner.run(["ingest", input.path, "--db", db])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let store = try SQLiteStore(path: db)
        #expect(try store.documentCount() == total)
        #expect(try store.originCount() == total)
        #expect(rerun.stderr.contains("\(total - afterCrash) new, \(afterCrash) already stored"))
    }
}
