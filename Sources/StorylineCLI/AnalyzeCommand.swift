import ArgumentParser
import Foundation
import StorylinePipeline

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze", abstract: "Analyze one document: sentences, entities, quotes, claims, dates.")

    @Argument(parsing: .captureForPassthrough, help: .hidden) var rest: [String] = []

    func run() throws {
        throw notAvailableYet("Analysis (sentences, entities, quotes, claims, dates)")
    }
}
