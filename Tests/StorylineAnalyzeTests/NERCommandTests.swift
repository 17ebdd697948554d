import Foundation
import StorylineAnalyze
import Testing
import TestSupport

/// `storyline ner FILE` prints one `token<TAB>tag` line per input token, blank lines between
/// sentences. Runs the built executable when it is there; the library path it uses otherwise.
@Suite struct NERCommandTests {
    static func executable() -> URL? {
        let build = Fixtures.repositoryRoot.appendingPathComponent(".build")
        for path in ["debug/storyline", "x86_64-unknown-linux-gnu/debug/storyline", "release/storyline"] {
            let url = build.appendingPathComponent(path)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    @Test func nerRoundTripsTokensAndSentences() throws {
        let input = Fixtures.url("analyze/ner/tiny.bio")
        let gold = BIOFile.read(try String(contentsOf: input, encoding: .utf8))
        let output: String
        if let exe = Self.executable() {
            let process = Process()
            process.executableURL = exe
            process.arguments = ["ner", input.path]
            let pipe = Pipe()
            process.standardOutput = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
            output = String(decoding: data, as: UTF8.self)
        } else {
            let tagger = try #require(NERTagger.shared)
            let tags = tagger.tagDocument(gold.map(\.tokens))
            output = zip(gold, tags).map { s, t in
                zip(s.tokens, t).map { "\($0)\t\(NERTagSet.names[$1])\n" }.joined() + "\n"
            }.joined()
        }
        let predicted = BIOFile.read(output)
        #expect(predicted.map(\.tokens) == gold.map(\.tokens))
        for line in output.split(separator: "\n") {
            let cols = line.split(separator: "\t")
            #expect(cols.count == 2)
            #expect(NERTagSet.names.contains(String(cols[1])))
        }
    }
}
