import ArgumentParser
import Foundation
import StorylinePipeline

struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief", abstract: "Print the brief of one story.")

    @Argument(parsing: .captureForPassthrough, help: .hidden) var rest: [String] = []

    func run() throws {
        throw notAvailableYet("Brief writing")
    }
}
