import ArgumentParser
import Foundation
import StorylinePipeline

/// `storyline ner FILE`: tags `token<TAB>tag` lines (tags ignored) and prints
/// `token<TAB>predicted-tag` for the same tokens. Hidden options train the model
/// (`scripts/train-ner`) and time the tagger (`bench/analysis.sh`).
struct NERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner", abstract: "Tag token<TAB>tag lines with predicted BIO entity tags.")

    @Argument(help: "A file of token<TAB>tag lines, blank line between sentences ('-' for standard input).")
    var file: String?

    @Option(help: .hidden) var train: String?
    @Option(help: .hidden) var docs: String?
    @Option(help: .hidden) var licenses: String?
    @Option(help: .hidden) var out: String?
    @Option(help: .hidden) var epochs: Int = 12
    @Option(help: .hidden) var passes: Int = 0
    @Option(help: .hidden) var minCount: Int = 1
    @Option(help: .hidden) var augment: Int = 0
    @Option(help: .hidden) var model: String?

    func validate() throws {
        if train == nil && file == nil { throw ValidationError("Give a FILE of token<TAB>tag lines.") }
        if train != nil && out == nil { throw ValidationError("--train needs --out.") }
    }

    func run() throws {
        if let train { return try trainModel(train) }
        if let model {
            guard let data = FileManager.default.contents(atPath: model) else { throw CommandFailure("\(model): cannot read") }
            return try tagAll(try NERTagger(serialized: data))
        }
        guard let tagger = NERTagger.shared else {
            throw CommandFailure(NERTagger.loadError ?? "the entity model could not be loaded")
        }
        try tagAll(tagger)
    }

    private func tagAll(_ tagger: NERTagger) throws {
        let text = try readInput(file ?? "-")
        let sentences = BIOFile.read(text).map(\.tokens)
        if passes > 0 { timePasses(tagger, sentences) }
        var output = ""
        output.reserveCapacity(text.utf8.count + text.utf8.count / 4)
        let tagged = Self.tagInDocuments(tagger, sentences)
        for (tokens, tags) in zip(sentences, tagged) {
            for (token, tag) in zip(tokens, tags) {
                output += token
                output += "\t"
                output += NERTagSet.names[tag]
                output += "\n"
            }
            output += "\n"
        }
        Stdout.write(output)
    }

    /// The input has no document boundaries: runs of this many sentences share casing context
    /// (about the length of a news article).
    static let documentSize = 50

    static func tagInDocuments(_ tagger: NERTagger, _ sentences: [[String]]) -> [[Int]] {
        stride(from: 0, to: sentences.count, by: documentSize).flatMap {
            tagger.tagDocument(Array(sentences[$0..<min(sentences.count, $0 + documentSize)]))
        }
    }

    private func readInput(_ path: String) throws -> String {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let d = FileManager.default.contents(atPath: path) else {
                throw CommandFailure("\(path): cannot read file")
            }
            data = d
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw CommandFailure("\(path): not valid UTF-8")
        }
        return text
    }

    /// Tags everything `passes` times and reports the fastest pass's CPU time on stderr.
    private func timePasses(_ tagger: NERTagger, _ sentences: [[String]]) {
        let tokens = sentences.reduce(0) { $0 + $1.count }
        var best = Double.infinity
        var checksum = 0
        for _ in 0..<passes {
            let start = cpuSeconds()
            checksum &+= Self.tagInDocuments(tagger, sentences).count
            best = min(best, cpuSeconds() - start)
        }
        Stderr.write(
            "ner-timing tokens=\(tokens) cpu_seconds=\(best) tokens_per_second=\(Int(Double(tokens) / best)) checksum=\(checksum)\n"
        )
    }

    private func cpuSeconds() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// Trains on the sentences of the documents whose text licence is allowed.
    private func trainModel(_ path: String) throws {
        let all = BIOFile.read(try readInput(path))
        var chosen = all.enumerated().map {
            NERSentence(tokens: $1.tokens, tags: $1.tags, document: $0 / Self.documentSize)
        }
        if let docs {
            let allowed = Set((licenses ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            chosen = []
            var used: [String] = []
            let table = try readInput(docs)
            for line in table.split(separator: "\n").dropFirst() {
                let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard c.count >= 5, let first = Int(c[3]), let count = Int(c[4]) else { continue }
                guard allowed.contains(c[2]) else { continue }
                guard first >= 0, first + count <= all.count else {
                    throw CommandFailure("\(docs): document \(c[0]) lies outside \(path)")
                }
                chosen += all[first..<(first + count)].map {
                    NERSentence(tokens: $0.tokens, tags: $0.tags, document: used.count)
                }
                used.append(c[0])
            }
            Stderr.write("training on \(used.count) documents (\(allowed.sorted().joined(separator: "; ")))\n")
        }
        if augment > 0 {
            let copies = NERAugmenter.shipped().augment(chosen, copies: augment)
            Stderr.write("added \(copies.count) sentences with names replaced (\(augment) copies)\n")
            chosen += copies
        }
        let tokens = chosen.reduce(0) { $0 + $1.tokens.count }
        Stderr.write("training on \(chosen.count) sentences, \(tokens) tokens, \(epochs) epochs\n")
        let trained = NERTrainer(epochs: epochs, minCount: minCount).trainStacked(chosen) { Stderr.write($0 + "\n") }
        let data = NERTagger.serialized(first: trained.first, second: trained.second)
        try data.write(to: URL(fileURLWithPath: out!))
        Stderr.write("wrote \(out!) (\(data.count) bytes)\n")
    }
}
