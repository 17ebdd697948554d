import ArgumentParser
import Foundation
import StorylinePipeline

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract", abstract: "Extract clean text and metadata from one document (no store).")

    @Argument(help: "A web page or text dump.") var file: String
    @Option(help: "json or text.") var format: OutputFormat = .json

    enum OutputFormat: String, ExpressibleByArgument { case json, text }

    func run() throws {
        let read = DocumentReader().read(fileAt: file)
        for failure in read.failures { Stderr.write("storyline: \(failure)\n") }
        guard let raw = read.documents.first else { throw SomeInputsFailed() }
        let doc = DocumentExtractor().extract(raw)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Stdout.write(String(decoding: try encoder.encode(doc), as: UTF8.self) + "\n")
        case .text:
            if let title = doc.title { Stdout.write(title + "\n\n") }
            Stdout.write(doc.text + "\n")
        }
    }
}
