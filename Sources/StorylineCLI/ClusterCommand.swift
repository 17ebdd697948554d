import ArgumentParser
import Foundation
import StorylinePipeline

struct ClusterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster", abstract: "Cluster JSON Lines documents into stories and storylines (no store).")

    @Argument(parsing: .captureForPassthrough, help: .hidden) var rest: [String] = []

    func run() throws {
        throw notAvailableYet("Story clustering")
    }
}
