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

    func validate() throws {
        if train == nil && file == nil { throw ValidationError("Give a FILE of token<TAB>tag lines.") }
        if train != nil && out == nil { throw ValidationError("--train needs --out.") }
    }

    func run() throws {
        if let train { return try trainModel(train) }
        guard let tagger = NERTagger.shared else {
            throw CommandFailure(NERTagger.loadError ?? "the entity model could not be loaded")
        }
        let text = try readInput(file ?? "-")
        let sentences = BIOFile.read(text).map(\.tokens)
        if passes > 0 { timePasses(tagger, sentences) }
        var output = ""
        output.reserveCapacity(text.utf8.count + text.utf8.count / 4)
        for tokens in sentences {
            let tags = tagger.tagIndices(tokens)
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
            for s in sentences { checksum &+= tagger.tagIndices(s).count }
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
        var chosen = all
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
                chosen += all[first..<(first + count)]
                used.append(c[0])
            }
            Stderr.write("training on \(used.count) documents (\(allowed.sorted().joined(separator: "; ")))\n")
        }
        let tokens = chosen.reduce(0) { $0 + $1.tokens.count }
        Stderr.write("training on \(chosen.count) sentences, \(tokens) tokens, \(epochs) epochs\n")
        let model = NERTrainer(epochs: epochs).train(chosen) { epoch, errors in
            Stderr.write("epoch \(epoch): \(errors) sentences wrong\n")
        }
        let data = model.serialized()
        try data.write(to: URL(fileURLWithPath: out!))
        Stderr.write("wrote \(out!) (\(data.count) bytes)\n")
    }
}
