import ArgumentParser
import Foundation
import StorylinePipeline

/// `storyline cluster FILE.jsonl[.gz]`: the Group stage alone, for benchmarks and checks.
/// Documents are clustered in the order given; one JSON line per document on stdout.
struct ClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster", abstract: "Cluster JSON Lines documents into stories and storylines (no store).")

    @Argument(help: "JSON Lines with id, title, text, date?, source? (optionally gzip-compressed).") var file: String

    @Option(help: .hidden) var storyThreshold: Float?
    @Option(help: .hidden) var nameWeight: Float?
    @Option(help: .hidden) var numberWeight: Float?
    @Option(help: .hidden) var graceDays: Double?
    @Option(help: .hidden) var decayDays: Double?
    @Option(help: .hidden) var shortlist: Int?
    @Flag(help: .hidden) var explain = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw CommandFailure("cannot read \(file)")
        }
        let parsed: (documents: [ClusterDocument], errors: [ClusterInput.LineError])
        do {
            parsed = try ClusterInput.parse([UInt8](data))
        } catch {
            throw CommandFailure("\(file): \(error)")
        }
        var parameters = ClusterParameters()
        if let v = storyThreshold { parameters.storyThreshold = v }
        if let v = nameWeight { parameters.nameWeight = v }
        if let v = numberWeight { parameters.numberWeight = v }
        if let v = graceDays { parameters.graceDays = v }
        if let v = shortlist { parameters.shortlist = max(1, v) }
        if let v = decayDays { parameters.decayDays = v }
        var clusterer = StoryClusterer(parameters: parameters)
        var out = ""
        out.reserveCapacity(parsed.documents.count * 64)
        for doc in parsed.documents {
            out += clusterer.add(doc).jsonLine
            if explain, let c = clusterer.lastCandidate {
                Stderr.write("\(doc.id): best story \(c.story) similarity \(c.similarity)\n")
            }
            out += "\n"
            if out.utf8.count > 1 << 20 {
                Stdout.write(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        Stdout.write(out)
        var failed = false
        for e in parsed.errors {
            Stderr.write("storyline: \(file): \(e)\n")
            if !e.reason.hasSuffix("ignored") { failed = true }
        }
        if failed { throw SomeInputsFailed() }
    }
}
