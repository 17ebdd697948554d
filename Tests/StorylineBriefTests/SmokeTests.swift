import Foundation
import StorylineBrief
import StorylineCore
import Testing

@Suite struct SmokeTests {
    @Test func printsBrief() throws {
        let story = try FixtureStory.load()
        let brief = BriefWriter().write(story, updated: Date(timeIntervalSince1970: 1_900_000_000))
        print(MarkdownRenderer.render(brief))
        try HTMLRenderer.render(brief).write(toFile: "/tmp/brief-veloria.html", atomically: true, encoding: .utf8)
    }
}
