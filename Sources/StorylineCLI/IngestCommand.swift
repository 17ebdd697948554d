import ArgumentParser
import Foundation
import StorylinePipeline

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read files, folders, JSON Lines and feeds into the store.",
        discussion: """
            Reads .html/.htm, .txt, .md, .jsonl, RSS/Atom (.xml/.rss/.atom) and JSON Feed (.json) files; folders \
            are read recursively. The same content ingested twice is stored once (both origins are recorded). \
            Inputs that cannot be read are reported on stderr; the rest are stored (exit status 1).
            """)

    @Argument(help: "Files and folders to ingest.") var paths: [String]
    @Option(help: "The store (SQLite file).") var db: String = StoreLocation.defaultPath
    @Flag(help: "Print a warning line per document with warnings.") var verbose = false

    func run() throws {
        let store = try StoreLocation.open(db)
        let summary = try IngestRunner.ingest(paths: paths, into: store, verbose: verbose)
        if !summary.failures.isEmpty { throw SomeInputsFailed() }
    }
}

/// Shared by `ingest` and `run`: runs the ingest with a progress bar and reports failures.
enum IngestRunner {
    static func ingest(paths: [String], into store: any DocumentStore, verbose: Bool) throws -> IngestSummary {
        let bar = ProgressBar(label: "ingest")
        let started = Date()
        let summary = try IngestPipeline().ingest(paths: paths, into: store) { p in
            bar.update(done: p.filesDone, total: p.filesTotal, unit: "files", extra: "\(p.documentsRead) docs")
        }
        bar.finish()
        for failure in summary.failures { Stderr.write("storyline: \(failure)\n") }
        if verbose {
            for (origin, message) in summary.warnings { Stderr.write("warning: \(origin): \(message)\n") }
        }
        let seconds = Date().timeIntervalSince(started)
        Stderr.write(
            "ingested \(summary.documentsRead) document(s) from \(summary.files) file(s): \(summary.inserted) new, "
                + "\(summary.alreadyStored) already stored, \(summary.failures.count) failed"
                + String(format: " (%.1fs)\n", seconds))
        return summary
    }
}

/// Where the store lives: `--db FILE` (default ./storyline.sqlite); `postgres://…` is reserved
/// for the PostgreSQL store.
enum StoreLocation {
    static let defaultPath = "storyline.sqlite"

    static func open(_ location: String) throws -> SQLiteStore {
        if location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") {
            throw notAvailableYet("The PostgreSQL store")
        }
        do {
            return try SQLiteStore(path: location)
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
