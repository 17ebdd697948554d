import Foundation
import Testing

@testable import StorylineBrief
import StorylineCore

@Suite struct SentenceCleanerTests {
    /// A one-document story built from blocks and person entities found by string search.
    func model(_ blocks: [String], people: [String: [String]] = [:], quotes: [(String, String)] = []) -> StoryModel {
        let sentences = FixtureStory.split(blocks)
        let entities = people.keys.sorted().map { name -> Entity in
            let forms = [name] + people[name]!
            let hits = sentences.filter { s in forms.contains { s.text.contains($0) } }.map(\.index)
            return Entity(name: name, type: .person, aliases: people[name]!, mentions: hits.count, sentences: hits)
        }
        let q = quotes.compactMap { (speaker, text) in
            sentences.first { $0.text.contains(text) }.map { Quote(speaker: speaker, text: text, sentence: $0.index) }
        }
        let doc = StoryDocument(
            id: "d1", extracted: ExtractedDocument(publisher: "Test Post", blocks: blocks.map { TextBlock($0) }),
            analysis: DocumentAnalysis(sentences: sentences, entities: entities, quotes: q))
        return StoryModel(StoryInput(id: "s", storylineID: "l", documents: [doc]))
    }

    @Test func dropsDanglingLeadingConnective() throws {
        let m = model(["Markets opened calmly in Kessa today. However, officials in Veloria have not confirmed the numbers."])
        let cleaned = try #require(SentenceCleaner(model: m).clean(m.sentences[0][1]))
        #expect(cleaned.text == "Officials in Veloria have not confirmed the numbers.")
        #expect(cleaned.sources.count == 1)
    }

    @Test func resolvesLeadingPronounToNamedPersonAndCitesThatSentence() throws {
        let m = model(
            ["President Ada Korvel signed the pact in June. She said the pact was \"a shield for both nations.\""],
            people: ["Ada Korvel": ["Korvel"]])
        let cleaned = try #require(SentenceCleaner(model: m).clean(m.sentences[0][1]))
        #expect(cleaned.text == "Ada Korvel said the pact was \"a shield for both nations.\"")
        #expect(cleaned.sources.map(\.index) == [1, 0])
    }

    @Test func resolvesPossessivePronoun() throws {
        let m = model(["Tomas Reyl arrived in Kessa on Monday. His visit lasted three days in total."], people: ["Tomas Reyl": []])
        let cleaned = try #require(SentenceCleaner(model: m).clean(m.sentences[0][1]))
        #expect(cleaned.text == "Tomas Reyl's visit lasted three days in total.")
    }

    @Test func prefersQuotedSpeakerOverFirstNamedPerson() throws {
        let m = model(
            ["Ada Korvel met prime minister Tomas Reyl in Kessa. He said the alliance would \"never bend to outside pressure.\""],
            people: ["Ada Korvel": [], "Tomas Reyl": []], quotes: [("Tomas Reyl", "never bend to outside pressure.")])
        let cleaned = try #require(SentenceCleaner(model: m).clean(m.sentences[0][1]))
        #expect(cleaned.text.hasPrefix("Tomas Reyl said"))
    }

    @Test func replacesTrailingHeSaidOutsideQuotesOnly() throws {
        let m = model(
            ["Ada Korvel spoke to reporters in Kessa on Monday. \"He said he would come back next spring,\" he said."],
            people: ["Ada Korvel": []])
        let cleaned = try #require(SentenceCleaner(model: m).clean(m.sentences[0][1]))
        #expect(cleaned.text == "\"He said he would come back next spring,\" Ada Korvel said.")
    }

    @Test func unresolvablePronounOrContextualOpeningIsRejected() {
        let m = model(["The weather in Kessa was mild all week. He said nothing more about the plan. They left the city at dawn."])
        let cleaner = SentenceCleaner(model: m)
        #expect(cleaner.clean(m.sentences[0][1]) == nil)
        #expect(cleaner.clean(m.sentences[0][2]) == nil)
        #expect(cleaner.clean(m.sentences[0][0]) != nil)
    }
}
