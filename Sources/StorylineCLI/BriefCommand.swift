import ArgumentParser
import Foundation
import StorylinePipeline

struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief", abstract: "Print the brief of one story (see `storyline stories` for ids).")

    @Argument(help: "The story id.") var storyID: String
    @Option(help: "The store (SQLite file).") var db: String = StoreLocation.defaultPath
    @Option(help: "md, html or json.") var format: BriefFormat = .md
    @OptionGroup var writer: WriterOptions

    func validate() throws { try writer.validate() }

    enum BriefFormat: String, ExpressibleByArgument { case md, html, json }

    func run() throws {
        guard FileManager.default.fileExists(atPath: db) else {
            throw CommandFailure("no store at \(db); run `storyline run PATH --out DIR --db \(db)` first")
        }
        let store = try StoreLocation.open(db)
        guard var brief = try store.brief(storyID: storyID) else {
            if try store.story(id: storyID) != nil {
                throw CommandFailure("story \(storyID) has no brief yet; run `storyline run` to write briefs")
            }
            throw CommandFailure("no story \(storyID) in \(db)")
        }
        if let modelWriter = writer.modelWriter() {
            brief = WriterOptions.rewrite([brief], with: modelWriter)[0]
        }
        switch format {
        case .md: Stdout.write(MarkdownRenderer.render(brief))
        case .html: Stdout.write(HTMLRenderer.render(brief))
        case .json: Stdout.write(JSONRenderer.string(brief) + "\n")
        }
    }
}
