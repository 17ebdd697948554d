import ArgumentParser
import Foundation
import StorylinePipeline

struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories", abstract: "List the stories in the store.")

    @Argument(parsing: .captureForPassthrough, help: .hidden) var rest: [String] = []

    func run() throws {
        throw notAvailableYet("Story listing")
    }
}
