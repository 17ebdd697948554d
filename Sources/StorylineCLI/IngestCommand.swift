import ArgumentParser
import Foundation
import StorylinePipeline

struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest", abstract: "Read files, folders, JSON Lines and feeds into the store.")

    @Argument(parsing: .captureForPassthrough, help: .hidden) var rest: [String] = []

    func run() throws {
        throw notAvailableYet("Ingest")
    }
}
