import ArgumentParser
import Foundation
import StorylinePipeline

struct NERCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ner", abstract: "Tag token<TAB>tag lines with predicted BIO entity tags.")

    @Argument(parsing: .captureForPassthrough, help: .hidden) var rest: [String] = []

    func run() throws {
        throw notAvailableYet("Named-entity tagging")
    }
}
