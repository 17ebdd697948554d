import ArgumentParser
import Foundation
import StorylinePipeline

struct StoriesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories", abstract: "List the stories in the store, newest first.")

    @Option(help: "The store (SQLite file).") var db: String = StoreLocation.defaultPath
    @Option(help: "text or json.") var format: ListFormat = .text

    enum ListFormat: String, ExpressibleByArgument { case text, json }

    func run() throws {
        guard FileManager.default.fileExists(atPath: db) else {
            throw CommandFailure("no store at \(db); run `storyline ingest PATH --db \(db)` first")
        }
        let store = try StoreLocation.open(db)
        let stories = try store.stories()
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Stdout.write(String(decoding: try encoder.encode(stories), as: UTF8.self) + "\n")
        case .text:
            if stories.isEmpty {
                let count = try store.documentCount()
                Stderr.write("no stories yet (\(count) document(s) stored; stories are formed by `storyline run`)\n")
            }
            for story in stories {
                let span = [story.firstPublished, story.lastPublished].compactMap { $0?.prefix(10) }.map(String.init)
                let dates = span.isEmpty ? "undated" : Array(Set(span)).sorted().joined(separator: " – ")
                Stdout.write("\(story.id)  \(dates)  \(story.documents.count) doc(s)  storyline \(story.storyline)  \(story.title)\n")
            }
        }
    }
}
