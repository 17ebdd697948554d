import StorylineAnalyze
import StorylineCore
import Testing

@Suite("Quotes and their speakers")
struct QuoteFinderTests {
    func quotes(_ doc: ExtractedDocument) -> [Quote] {
        DocumentAnalyzer().analyze(doc).quotes
    }

    func direct(_ doc: ExtractedDocument, startingWith prefix: String) -> Quote? {
        quotes(doc).first { $0.direct && $0.text.hasPrefix(prefix) }
    }

    @Test func pronounAfterQuoteResolvesToThePersonNamedBefore() throws {
        let doc = try InfoFixture.document()
        #expect(direct(doc, startingWith: "We have no cranes")?.speaker == "Marta Quillon")
    }

    @Test func secondQuoteOfAParagraphKeepsTheSpeaker() throws {
        let doc = try InfoFixture.document()
        #expect(direct(doc, startingWith: "Whatever the ministry promises")?.speaker == "Marta Quillon")
    }

    @Test func standaloneQuoteTakesTheSourceOfThePreviousSentence() throws {
        let doc = try InfoFixture.document()
        #expect(direct(doc, startingWith: "The ministry wants calm")?.speaker == "Lena Vosk")
    }

    @Test func pronounSkipsNamesInsideQuotesAndFindsTheLastPerson() throws {
        let doc = try InfoFixture.document()
        #expect(direct(doc, startingWith: "If the terminal stays shut")?.speaker == "Lena Vosk")
    }

    @Test func honorificAndSurnameResolveToTheFullName() throws {
        let doc = try InfoFixture.document()
        #expect(direct(doc, startingWith: "Nothing has changed")?.speaker == "Lena Vosk")
        #expect(direct(doc, startingWith: "The backlog is the same")?.speaker == "Lena Vosk")
        #expect(direct(doc, startingWith: "we will clear the backlog")?.speaker == "Oskar Brandt")
    }

    @Test func quoteTextIsVerbatimWithoutMarks() throws {
        let doc = try InfoFixture.document()
        let analysis = DocumentAnalyzer().analyze(doc)
        let direct = analysis.quotes.filter(\.direct)
        #expect(direct.count == 7)
        for q in direct {
            #expect(!q.text.contains("“") && !q.text.contains("”"))
            let block = doc.blocks[analysis.sentences[q.sentence].block].text
            #expect(block.contains(q.text))
        }
        #expect(direct.contains { $0.text == "The ministry wants calm before the vote. It shows how little room they have." })
    }

    @Test func indirectSpeechNamesItsSource() throws {
        let doc = try InfoFixture.document()
        let indirect = quotes(doc).filter { !$0.direct }
        #expect(indirect.contains { $0.speaker == "Customs officials" && $0.text.hasPrefix("more than 300 inspectors") })
        #expect(indirect.contains { $0.speaker == "Marta Quillon" && $0.text.hasPrefix("the delays are unlikely") })
    }

    @Test func titledSpeakerBeforeVerbDropsTheTitle() {
        let doc = InfoFixture.document([
            "“The bridge will reopen once the inspectors are satisfied,” the region’s Governor Ada Pellin said."
        ])
        #expect(direct(doc, startingWith: "The bridge will reopen")?.speaker == "Ada Pellin")
    }

    @Test func appositiveNameBeforeVerbIsTheSpeaker() {
        let doc = InfoFixture.document([
            "“There was no such meeting at all,” the council spokesperson, Ivo Marek, said when asked."
        ])
        #expect(direct(doc, startingWith: "There was no such meeting")?.speaker == "Ivo Marek")
    }

    @Test func organisationCanSpeak() {
        let doc = InfoFixture.document([
            "“All flights will resume on schedule tomorrow,” the Harbour Transit Authority said in a statement."
        ])
        #expect(direct(doc, startingWith: "All flights will resume")?.speaker == "Harbour Transit Authority")
    }

    @Test func scareQuotesAreNotQuotes() {
        let doc = InfoFixture.document(["Critics called the plan “a joke” and the budget “pure fiction”."])
        #expect(quotes(doc).filter(\.direct).isEmpty)
    }

    @Test func unresolvablePronounLeavesTheSpeakerEmpty() {
        let doc = InfoFixture.document(["“We are not going anywhere this winter,” he said."])
        #expect(direct(doc, startingWith: "We are not going anywhere")?.speaker == nil)
    }
}

@Suite("Quotes with recognised entities")
struct QuoteEntityTests {
    @Test func speakerIsNormalisedToTheEntityName() {
        let blocks = [
            TextBlock("Kim Jong-un inspected the troops on Monday."),
            TextBlock("“Our forces are ready for any task,” Mr Kim said."),
        ]
        let sentences = SentenceSplitter().split(blocks)
        let kim = Entity(name: "Kim Jong Un", type: .person, aliases: ["Kim Jong-un", "Mr Kim", "Kim"], mentions: 2)
        let entities = EntityAnalysis(
            mentions: [
                EntityMention(sentence: 0, start: 0, text: "Kim Jong-un", type: .person, entity: 0),
                EntityMention(sentence: 1, start: 42, text: "Mr Kim", type: .person, entity: 0),
            ],
            entities: [kim])
        let quotes = QuoteFinder().find(blocks: blocks, sentences: sentences, entities: entities)
        #expect(quotes.first { $0.direct }?.speaker == "Kim Jong Un")
    }

    @Test func pronounFindsARecognisedPersonWhoIsNotASpeaker() {
        let blocks = [
            TextBlock("Officials met Anna Lind at the border crossing near the old mill."),
            TextBlock("“The gates will stay open all night,” she said."),
        ]
        let sentences = SentenceSplitter().split(blocks)
        let entities = EntityAnalysis(
            mentions: [EntityMention(sentence: 0, start: 14, text: "Anna Lind", type: .person, entity: 0)],
            entities: [Entity(name: "Anna Lind", type: .person)])
        let quotes = QuoteFinder().find(blocks: blocks, sentences: sentences, entities: entities)
        #expect(quotes.first { $0.direct }?.speaker == "Anna Lind")
    }
}
