import ArgumentParser
import Foundation
import StorylinePipeline

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Extract clean text and metadata from one document (no store).")

    @Argument(help: "A web page or text dump (several for benchmarking).") var files: [String]
    @Option(help: "json or text.") var format: OutputFormat = .json
    @Option(help: "Benchmark: extract every file N times and print per-page minimum CPU time.")
    var timings: Int?
    @Option(help: "Benchmark: write {name: {articleBody}} for all files to this path.")
    var articlesJSON: String?
    @Option(help: .hidden) var domTextJSON: String?

    enum OutputFormat: String, ExpressibleByArgument { case json, text }

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one FILE") }
        if files.count > 1 && timings == nil && articlesJSON == nil && domTextJSON == nil {
            throw ValidationError("several files need --timings or --articles-json")
        }
    }

    func run() throws {
        var raws: [RawDocument] = []
        var failed = false
        for file in files {
            let read = DocumentReader().read(fileAt: file)
            for failure in read.failures { Stderr.write("storyline: \(failure)\n") }
            if read.documents.isEmpty { failed = true }
            raws.append(contentsOf: read.documents)
        }
        if files.count == 1 && articlesJSON == nil && timings == nil && domTextJSON == nil {
            guard let raw = raws.first else { throw SomeInputsFailed() }
            print(DocumentExtractor().extract(raw))
            return
        }
        if let path = articlesJSON {
            var out: [String: [String: String]] = [:]
            for raw in raws {
                let doc = DocumentExtractor().extract(raw)
                out[Self.pageName(raw.origin.location)] = ["articleBody": doc.text]
            }
            try writeJSON(out, to: path)
        }
        if let path = domTextJSON {
            var out: [String: String] = [:]
            for raw in raws {
                let dom = HTMLParser.parse(raw.content)
                out[Self.pageName(raw.origin.location)] = HTMLTextContent.bodyText(dom)
            }
            try writeJSON(out, to: path)
        }
        if let passes = timings { time(raws, passes: max(1, passes)) }
        if failed { throw SomeInputsFailed() }
    }

    private func print(_ doc: ExtractedDocument) {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            if let data = try? encoder.encode(doc) { Stdout.write(String(decoding: data, as: UTF8.self) + "\n") }
        case .text:
            if let title = doc.title { Stdout.write(title + "\n\n") }
            Stdout.write(doc.text + "\n")
        }
    }

    /// Per page, the minimum thread CPU time over `passes` extractions; prints the sum.
    private func time(_ raws: [RawDocument], passes: Int) {
        var best = [Double](repeating: .infinity, count: raws.count)
        var bytes = 0
        for raw in raws { bytes += raw.content.utf8.count }
        let extractor = DocumentExtractor()
        for _ in 0..<passes {
            for (k, raw) in raws.enumerated() {
                let t0 = Self.threadCPUTime()
                let doc = extractor.extract(raw)
                let t1 = Self.threadCPUTime()
                if doc.blocks.count < 0 { Stderr.write("") }
                best[k] = min(best[k], t1 - t0)
            }
        }
        let total = best.reduce(0, +)
        let pagesPerSecond = Double(raws.count) / max(total, 1e-9)
        let mbPerSecond = Double(bytes) / 1_000_000 / max(total, 1e-9)
        Stdout.write(
            String(
                format: "pages %d  cpu_seconds %.6f  pages_per_s %.1f  mb_per_s %.1f\n", raws.count, total,
                pagesPerSecond, mbPerSecond))
    }

    static func threadCPUTime() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// The file name without folders and extensions (`/x/abc.html` → `abc`).
    static func pageName(_ path: String) -> String {
        var name = (path as NSString).lastPathComponent
        while let dot = name.lastIndex(of: "."), dot != name.startIndex { name = String(name[..<dot]) }
        return name
    }

    private func writeJSON<T: Encodable>(_ value: T, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        try encoder.encode(value).write(to: URL(fileURLWithPath: path))
    }
}
