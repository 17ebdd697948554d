import ArgumentParser
import Foundation
import StorylinePipeline

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the web UI and JSON API over the store.")

    @Argument(parsing: .captureForPassthrough, help: .hidden) var rest: [String] = []

    func run() throws {
        throw notAvailableYet("The web server")
    }
}
