import Foundation
import StorylineBrief
import StorylineCore
import Testing
import TestSupport

@Suite(.serialized) struct ModelBriefWriterTests {
    @Test func keepsSupportedRewritesWithTheirCitationsAndDropsTheRest() async throws {
        let server = try ChatServer()
        let story = try FixtureStory.load()
        let extractive = BriefWriter().write(story, updated: BriefChecks.updated)
        let writer = ModelBriefWriter(endpoint: server.endpoint, model: "test-model")
        let result = try await writer.rewrite(extractive)
        let brief = result.brief

        // Plain sentences come back reworded, with the citations of the sentence they replace.
        let first = try #require(brief.whatHappened.first)
        #expect(first.text == "In short, " + extractive.whatHappened[0].text)
        #expect(first.citations == extractive.whatHappened[0].citations)

        // The invented sentence is dropped and reported.
        let invented = try #require(result.dropped.first { $0.text.contains("50,000") })
        #expect(invented.support < 0.8)
        #expect(invented.reason.contains("unsupported"))
        // An altered quotation is dropped even though its words are supported.
        #expect(result.dropped.contains { $0.reason.contains("altered quotation") })

        // Everything kept passes the support check; public reaction is not reworded.
        let checker = SupportChecker()
        let kept = brief.whatHappened + brief.behindTheHeadline + brief.whatThePapersSay.flatMap(\.sentences)
        #expect(kept.allSatisfy(checker.isSupported))
        #expect(kept.allSatisfy { !$0.text.contains("50,000") && !$0.text.contains("\"truly") })
        let forum = brief.whatThePapersSay.first { $0.kind == .discussion }
        #expect(forum == extractive.whatThePapersSay.first { $0.kind == .discussion })
        // Sections the model does not touch stay extractive.
        #expect(brief.disagreements == extractive.disagreements)
        #expect(brief.howWeGotHere == extractive.howWeGotHere)
    }

    @Test func httpErrorsAreReported() async throws {
        let server = try ChatServer()
        let writer = ModelBriefWriter(endpoint: server.endpoint, model: "")  // the server rejects an empty model
        let brief = BriefWriter().write(try FixtureStory.load(), updated: BriefChecks.updated)
        await #expect(throws: ChatClient.Failure.self) { _ = try await writer.rewrite(brief) }
    }

    @Test func endpointAcceptsRootBaseOrFullURL() {
        let full = "http://127.0.0.1:9/v1/chat/completions"
        #expect(ChatClient(endpoint: URL(string: "http://127.0.0.1:9")!, model: "m").url.absoluteString == full)
        #expect(ChatClient(endpoint: URL(string: "http://127.0.0.1:9/v1")!, model: "m").url.absoluteString == full)
        #expect(ChatClient(endpoint: URL(string: full)!, model: "m").url.absoluteString == full)
    }
}
