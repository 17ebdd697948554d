import ArgumentParser
import Foundation
import StorylinePipeline

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run", abstract: "Ingest, group, and write one brief per story into a folder.")

    @Argument(parsing: .captureForPassthrough, help: .hidden) var rest: [String] = []

    func run() throws {
        throw notAvailableYet("The main job (ingest, group, brief)")
    }
}
