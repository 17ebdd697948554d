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

@Suite struct SentenceCleanerReadingTests {
    @Test func stripsWireDatelinesOnly() {
        #expect(
            SentenceCleaner.strippingDateline(
                "PORT AMBREL, Calvera, Oct 15 (Northwind Wire) - Calvera's transport minister resigned late on Tuesday.")
                == "Calvera's transport minister resigned late on Tuesday.")
        #expect(
            SentenceCleaner.strippingDateline("KESSA \u{2014} Floodwater cut the only road into the town on Sunday.")
                == "Floodwater cut the only road into the town on Sunday.")
        let kept = "NATO leaders met in Kessa - officials said the talks went on until late."
        #expect(SentenceCleaner.strippingDateline(kept) == kept)
        let plain = "The ferry sank in a storm - officials said - about two kilometres from the harbour."
        #expect(SentenceCleaner.strippingDateline(plain) == plain)
    }

    @Test func exclamationsOutsideQuotesAreNotProse() {
        #expect(!SentenceShape.isProse("What a time to be alive in this city of ours!"))
        #expect(SentenceShape.isProse("\"Get out of the water now!\" the coastguard officer shouted at the swimmers."))
    }

    @Test func whollyQuotedSentenceIsNotStandalone() {
        let m = SentenceCleanerTests().model(
            ["Ada Korvel spoke to reporters in Kessa on Monday. \"It is slow, but nobody who needs care is turned away.\""],
            people: ["Ada Korvel": []])
        #expect(SentenceCleaner(model: m).clean(m.sentences[0][1]) == nil)
    }

    @Test func timelineEventsAreDatedFactsNotHabitsOrForecasts() {
        #expect(Timeline.isEvent("The ferry capsized off Port Ambrel on Monday night."))
        #expect(!Timeline.isEvent("None of this would bring back the people who drowned on Monday."))
        #expect(!Timeline.isEvent("Three things could be done this month to make the lake safer."))
        #expect(Timeline.isEvent("The minister said on Tuesday: \"We will rebuild the harbour.\""))
        #expect(Timeline.isRecurring("Monday", in: "Crowds return to the island on Monday evenings."))
        #expect(Timeline.isRecurring("Monday", in: "The ferry sails on Mondays and Fridays."))
        #expect(!Timeline.isRecurring("Monday", in: "The ferry sank on Monday, officials said."))
    }
}
