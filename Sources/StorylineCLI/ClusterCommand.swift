import ArgumentParser
import Foundation
import StorylinePipeline

/// `storyline cluster FILE.jsonl[.gz]`: the Group stage alone, for benchmarks and checks.
/// Documents are clustered in the order given; one JSON line per document on stdout.
/// The input is streamed, so memory grows with the clusterer's state, not the file.
/// It runs the same `StoryClusterer` and feature extractor as the ingest pipeline.
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
    @Option(help: .hidden) var centroidTerms: Int?
    @Option(help: .hidden) var storylineThreshold: Float?
    @Option(help: .hidden) var storylineNameShare: Float?
    @Option(help: .hidden) var candidateWords: Int?
    @Option(help: .hidden) var candidateNames: Int?
    @Option(help: .hidden) var titleWeight: Float?
    @Flag(help: .hidden) var explain = false
    /// Print each document's features (stemmed title and text words, numbers, names) instead.
    @Flag(help: .hidden) var dumpFeatures = false

    func run() throws {
        var parameters = ClusterParameters()
        if let v = storyThreshold { parameters.storyThreshold = v }
        if let v = nameWeight { parameters.nameWeight = v }
        if let v = numberWeight { parameters.numberWeight = v }
        if let v = graceDays { parameters.graceDays = v }
        if let v = shortlist { parameters.shortlist = max(1, v) }
        if let v = decayDays { parameters.decayDays = v }
        if let v = centroidTerms { parameters.centroidTerms = max(8, v) }
        if let v = titleWeight { parameters.titleWeight = v }
        if let v = storylineThreshold { parameters.storylineThreshold = v }
        if let v = storylineNameShare { parameters.storylineNameShare = v }
        if let v = candidateWords { parameters.candidateWords = max(1, v) }
        if let v = candidateNames { parameters.candidateNames = max(1, v) }
        var clusterer = StoryClusterer(parameters: parameters)
        var out = ""
        out.reserveCapacity(1 << 20)
        let errors: [ClusterInput.LineError]
        do {
            errors = try ClusterInput.stream(path: file) { doc in
                if dumpFeatures {
                    out += FeatureDump.line(doc)
                } else {
                    out += clusterer.add(doc).jsonLine
                    if explain, let c = clusterer.lastCandidate {
                        Stderr.write("\(doc.id): best story \(c.story) similarity \(c.similarity)\n")
                    }
                }
                out += "\n"
                if out.utf8.count > 1 << 20 {
                    Stdout.write(out)
                    out.removeAll(keepingCapacity: true)
                }
            }
        } catch let e as ClusterInput.LineError {
            throw CommandFailure(e.reason)
        } catch {
            throw CommandFailure("\(file): \(error)")
        }
        Stdout.write(out)
        var failed = false
        for e in errors {
            Stderr.write("storyline: \(file): \(e)\n")
            if !e.reason.hasSuffix("ignored") { failed = true }
        }
        if failed { throw SomeInputsFailed() }
    }
}

/// `--dump-features`: what the clusterer sees of a document, as one JSON line (for tuning).
enum FeatureDump {
    /// Words are stemmed; `#` marks a number, `^` a word counted as a proper name.
    static func line(_ doc: ClusterDocument) -> String {
        let titleTokens = WordTokenizer.tokenize(doc.title)
        let textTokens = WordTokenizer.tokenize(doc.text)
        let names = ProperNames.confirmed(textTokens.isEmpty ? titleTokens : textTokens)
        func words(_ tokens: [WordToken], confirmed: Bool) -> [String] {
            tokens.filter { !$0.junk }.map { t in
                let w = String(decoding: t.lowered, as: UTF8.self)
                if t.numeric { return "#" + w }
                if t.lowered.count < 2 || StopWords.english.contains(t.lowered) { return "" }
                let name = ProperNames.isCandidate(t)
                    && (!confirmed || names.contains(TermHash.hash(t.lowered, salt: FeatureKind.names.salt)))
                return (name ? "^" : "") + String(decoding: EnglishStemmer.stem(t.lowered), as: UTF8.self)
            }.filter { !$0.isEmpty }
        }
        let object: [String: Any] = ["id": doc.id, "title": words(titleTokens, confirmed: false), "text": words(textTokens, confirmed: true)]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
