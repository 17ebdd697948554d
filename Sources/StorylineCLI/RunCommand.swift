import ArgumentParser
import Foundation
import StorylineCore
import StorylinePipeline
import Synchronization

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
    @Flag(help: "Print how long each stage took (wall clock and CPU) on stderr.") var timings = false
    @OptionGroup var writer: WriterOptions

    func validate() throws { try writer.validate() }

    func run() throws {
        let outDir = URL(fileURLWithPath: out)
        let store = try StoreLocation.open(db ?? outDir.appendingPathComponent("storyline.sqlite").path)
        let clock = StageClock(enabled: timings)
        // The models load beside the ingest instead of holding up the analysis.
        _ = BackgroundWork { SharedResources.load() }
        let summary = try IngestRunner.ingest(paths: paths, into: store, verbose: verbose)
        clock.lap("ingest")
        let result = try StoryRunner.run(store: store, out: outDir, modelWriter: writer.modelWriter(), clock: clock)
        Stderr.write("wrote \(result.briefs) brief(s) in \(result.storylines) storyline(s) to \(outDir.path)/index.html\n")
        if !summary.failures.isEmpty { throw SomeInputsFailed() }
    }
}

/// Analyze → group → brief over a store, then the output folder. Shared by `run`.
enum StoryRunner {
    static func run(store: SQLiteStore, out: URL, modelWriter: ModelBriefWriter? = nil, clock: StageClock = StageClock(enabled: false)) throws
        -> (briefs: Int, storylines: Int)
    {
        let bar = ProgressBar(label: "analyze")
        let analysis = AnalysisPipeline()
        // Every document is read and decoded once, here, and shared by grouping and briefs.
        let stored = try analysis.storedDocuments(in: store)
        let now = Date()
        // Grouping reads only the extracted text, so it runs beside the analysis (the clusterer
        // is serial; the analysis uses every core but leaves gaps between batches).
        let grouping = BackgroundWork { () -> (stories: [StoryRecord], wall: Double, cpu: Double) in
            let (wall, cpu) = (Date(), StageClock.threadCPUSeconds())
            let stories = try GroupingPipeline().regroup(store, updated: now, loaded: stored)
            return (stories, Date().timeIntervalSince(wall), StageClock.threadCPUSeconds() - cpu)
        }
        let documents = try analysis.analyzed(stored, in: store) { done, total in
            bar.update(done: done, total: total, unit: "docs")
        }
        bar.finish()
        let grouped = try grouping.value()
        let stories = grouped.stories
        clock.lap("analyze+group")
        clock.report("group (beside analyze)", wall: grouped.wall, cpu: grouped.cpu)
        var briefs = try BriefPipeline().writeBriefs(for: stories, in: store, updated: now, loaded: documents)
        clock.lap("brief")
        if let modelWriter {
            briefs = WriterOptions.rewrite(briefs, with: modelWriter)
            for brief in briefs { try store.saveBrief(brief) }
        }
        do {
            // Rendering and writing are per brief and independent: all cores.
            let failures = ParallelMap.mapBalanced(briefs, cost: { $0.documents.count }) { brief -> String? in
                do {
                    try BriefFiles.write(brief, to: out)
                    return nil
                } catch {
                    return error.localizedDescription
                }
            }
            if let failure = failures.lazy.compactMap({ $0 }).first { throw CommandFailure("cannot write briefs to \(out.path): \(failure)") }
            try BriefFiles.writeIndex(briefs, to: out)
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("cannot write briefs to \(out.path): \(error.localizedDescription)")
        }
        clock.lap("files")
        return (briefs.count, Set(stories.map(\.storyline)).count)
    }
}

/// `--writer extractive|openai --endpoint URL --model NAME [--api-key KEY]`, shared by `run`
/// and `brief`. The default writer is extractive and needs nothing else.
struct WriterOptions: ParsableArguments {
    enum Writer: String, ExpressibleByArgument { case extractive, openai }

    @Option(help: "extractive (default, no model) or openai (rewrite prose through a chat endpoint).")
    var writer: Writer = .extractive
    @Option(help: "OpenAI-compatible endpoint for --writer openai (e.g. http://127.0.0.1:8080/v1).")
    var endpoint: String?
    @Option(help: "Model name for --writer openai.") var model: String?
    @Option(help: "API key for --writer openai; default $OPENAI_API_KEY.") var apiKey: String?

    func validate() throws {
        guard writer == .openai else {
            if endpoint != nil || model != nil { throw ValidationError("--endpoint and --model need --writer openai") }
            return
        }
        guard let endpoint, let url = URL(string: endpoint), let scheme = url.scheme, ["http", "https"].contains(scheme)
        else { throw ValidationError("--writer openai needs --endpoint http(s)://HOST[:PORT]/v1") }
        guard let model, !model.isEmpty else { throw ValidationError("--writer openai needs --model NAME") }
    }

    /// The model writer when one was asked for.
    func modelWriter() -> ModelBriefWriter? {
        guard writer == .openai, let endpoint, let url = URL(string: endpoint), let model else { return nil }
        let key = apiKey ?? ProcessInfo.processInfo.environment["OPENAI_API_KEY"]
        return ModelBriefWriter(endpoint: url, model: model, apiKey: key)
    }

    /// Rewrites `briefs` through the model writer (blocking: the commands run synchronously),
    /// reporting each dropped sentence and each failed request on stderr.
    static func rewrite(_ briefs: [Brief], with writer: ModelBriefWriter) -> [Brief] {
        let outcome = Mutex<[Brief]>(briefs)
        let done = DispatchSemaphore(value: 0)
        Task {
            let report = await ModelRewritePipeline(writer: writer).rewrite(briefs)
            for (story, d) in report.dropped {
                Stderr.write(
                    "dropped (story \(story), \(d.section), support \(String(format: "%.2f", d.support))): "
                        + "\(d.reason): \(d.text)\n")
            }
            for (story, message) in report.failures {
                Stderr.write("model writer failed for story \(story), kept the extractive brief: \(message)\n")
            }
            let dropped = report.dropped.count
            Stderr.write("model writer: \(report.briefs.count - report.failures.count) brief(s) rewritten, \(dropped) unsupported sentence(s) dropped\n")
            outcome.withLock { $0 = report.briefs }
            done.signal()
        }
        done.wait()
        return outcome.withLock { $0 }
    }
}

/// Wall-clock and CPU time per stage of `run`, printed on stderr with `--timings`.
final class StageClock: Sendable {
    let enabled: Bool
    private let last: Mutex<(wall: Date, cpu: Double)>

    init(enabled: Bool) {
        self.enabled = enabled
        last = Mutex((Date(), Self.cpuSeconds()))
    }

    func lap(_ stage: String) {
        guard enabled else { return }
        let now = (wall: Date(), cpu: Self.cpuSeconds())
        let before = last.withLock { previous in
            defer { previous = now }
            return previous
        }
        Stderr.write(
            String(format: "time %@: %.2f s wall, %.2f s cpu\n", stage, now.wall.timeIntervalSince(before.wall), now.cpu - before.cpu))
    }

    /// A stage that ran beside another and timed itself (its CPU is included in the lap).
    func report(_ stage: String, wall: Double, cpu: Double) {
        guard enabled else { return }
        Stderr.write(String(format: "time %@: %.2f s wall, %.2f s cpu\n", stage, wall, cpu))
    }

    /// User + system CPU time of the calling thread so far.
    static func threadCPUSeconds() -> Double {
        var usage = rusage()
        // RUSAGE_THREAD (1 on Linux) is a GNU extension the Glibc module does not export.
        getrusage(1, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// User + system CPU time of the whole process so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
