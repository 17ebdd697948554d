import ArgumentParser
import Foundation
import StorylinePipeline

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Ingest, group, and write one brief per story into a folder.",
        discussion: """
            The main job. Reads PATHs (files and folders, recursively), analyzes and groups the documents \
            into stories and storylines, and writes DIR/<story>.md, .html and .json per story plus \
            DIR/index.html. The store is DIR/storyline.sqlite unless --db names another; running again \
            with more documents updates it.
            """)

    @Argument(help: "Files and folders to read.") var paths: [String]
    @Option(help: "The folder to write briefs into.") var out: String
    @Option(help: "The store (SQLite file); default DIR/storyline.sqlite.") var db: String?
    @Flag(help: "Print a warning line per document with warnings.") var verbose = false

    func run() throws {
        let outDir = URL(fileURLWithPath: out)
        let store = try StoreLocation.open(db ?? outDir.appendingPathComponent("storyline.sqlite").path)
        let summary = try IngestRunner.ingest(paths: paths, into: store, verbose: verbose)
        let result = try StoryRunner.run(store: store, out: outDir)
        Stderr.write("wrote \(result.briefs) brief(s) in \(result.storylines) storyline(s) to \(outDir.path)/index.html\n")
        if !summary.failures.isEmpty { throw SomeInputsFailed() }
    }
}

/// Analyze → group → brief over a store, then the output folder. Shared by `run`.
enum StoryRunner {
    static func run(store: SQLiteStore, out: URL) throws -> (briefs: Int, storylines: Int) {
        let bar = ProgressBar(label: "analyze")
        try AnalysisPipeline().analyzePending(in: store) { done, total in bar.update(done: done, total: total, unit: "docs") }
        bar.finish()
        let now = Date()
        let stories = try GroupingPipeline().regroup(store, updated: now)
        let briefs = try BriefPipeline().writeBriefs(for: stories, in: store, updated: now)
        do {
            for brief in briefs { try BriefFiles.write(brief, to: out) }
            try BriefFiles.writeIndex(briefs, to: out)
        } catch {
            throw CommandFailure("cannot write briefs to \(out.path): \(error.localizedDescription)")
        }
        return (briefs.count, Set(stories.map(\.storyline)).count)
    }
}
