import Foundation
import StorylineAnalyze
import StorylineCore
import Testing
import TestSupport

@Suite struct NERTaggerTests {
    @Test func shippedModelLoads() throws {
        #expect(NERTagger.loadError == nil)
        let tagger = try #require(NERTagger.shared)
        #expect(tagger.second != nil)
    }

    @Test func findsObviousEntitiesInFictionalSentences() throws {
        let tagger = try #require(NERTagger.shared)
        let tokens = ["Yesterday", ",", "Maria", "Fernandez", "flew", "from", "Germany", "to", "Brazil", "."]
        let tags = tagger.tag(tokens)
        #expect(tags.count == tokens.count)
        #expect(tags[2] == "B-PERSON")
        #expect(tags[3] == "I-PERSON")
        #expect(tags[6] == "B-LOC")
        #expect(tags[8] == "B-LOC")
        #expect(tags[0] == "O" && tags[4] == "O")
    }

    @Test func personNamesLeaveTheirTitlesOut() throws {
        let tagger = try #require(NERTagger.shared)
        let tokens = ["Senator", "Mara", "Quillfeather", "spoke", "in", "Lisbon", "on", "Monday", "."]
        let tags = tagger.tag(tokens)
        #expect(tags[0] == "O")
        #expect(tags[1] == "B-PERSON")
        #expect(tags[2] == "I-PERSON")
    }

    @Test func aTitleAloneIsNoPerson() throws {
        let tagger = try #require(NERTagger.shared)
        for tokens in [["Madam", "Speaker", ",", "the", "vote", "is", "open", "."], ["Thank", "you", ",", "Mr", "President", "."]] {
            #expect(!tagger.tag(tokens).contains { $0.hasSuffix("PERSON") }, "\(tokens)")
        }
    }

    @Test func tagsRespectTheBIOConstraint() throws {
        let tagger = try #require(NERTagger.shared)
        let sentences = BIOFile.read(try Fixtures.string("analyze/ner/tiny.bio")).map(\.tokens)
        for tags in tagger.tagDocument(sentences) {
            for (i, tag) in tags.enumerated() {
                #expect(NERTagSet.allowed(previous: i == 0 ? -1 : tags[i - 1], current: tag))
            }
        }
    }

    @Test func modelRoundTripsThroughItsBinaryForm() throws {
        var sentences: [NERSentence] = []
        let person = NERTagSet.index(of: "B-PERSON")
        let place = NERTagSet.index(of: "B-LOC")
        for (k, name) in ["Anna", "Boris", "Clara", "Dmitri", "Elena"].enumerated() {
            sentences.append(NERSentence(tokens: [name, "lives", "in", "Lisbon", "."], tags: [person, 0, 0, place, 0], document: k))
        }
        let trained = NERTrainer(epochs: 3).trainStacked(sentences, folds: 2)
        let data = NERTagger.serialized(first: trained.first, second: trained.second)
        let reloaded = try NERTagger(serialized: data)
        let original = NERTagger(first: trained.first, second: trained.second)
        let probe = [["Clara", "lives", "in", "Lisbon", "."], ["Someone", "went", "home", "."]]
        #expect(reloaded.tagDocument(probe) == original.tagDocument(probe))
        #expect(reloaded.tagDocument(probe)[0][0] == person)
    }

    @Test func featuresRarerThanTheCutOffGetNoWeights() {
        let person = NERTagSet.index(of: "B-PERSON")
        let sentences = ["Anna", "Boris", "Clara", "Dmitri"].enumerated().map { k, name in
            NERSentence(tokens: [name, "spoke", "."], tags: [person, 0, 0], document: k)
        }
        let probe = [["Clara", "spoke", "."], ["then", "spoke", "."]]
        let kept = NERTrainer(epochs: 3, minCount: 1).trainStacked(sentences, folds: 2)
        let keptTags = NERTagger(first: kept.first, second: kept.second).tagDocument(probe)
        #expect(keptTags[0][0] == person && keptTags[1][0] == 0)
        // No feature occurs in more than the 12 tokens of the data: no word weighs, only transitions.
        let cut = NERTrainer(epochs: 3, minCount: 13).trainStacked(sentences, folds: 2)
        let cutTags = NERTagger(first: cut.first, second: cut.second).tagDocument(probe)
        #expect(cutTags[0] == cutTags[1])
    }

    @Test func malformedModelIsAnErrorNotACrash() {
        #expect(throws: (any Error).self) { try NERTagger(serialized: Data("not a model".utf8)) }
        #expect(throws: (any Error).self) { try NERModel(serialized: Data()) }
    }

    @Test func bioReaderKeepsTokenCounts() throws {
        let sentences = BIOFile.read(try Fixtures.string("analyze/ner/tiny.bio"))
        #expect(sentences.map(\.tokens.count) == [5, 9, 2])
        #expect(sentences[0].tags[0] == NERTagSet.index(of: "B-PERSON"))
    }

    @Test func bioReaderAcceptsWindowsLineEndingsAndMissingTags() {
        let sentences = BIOFile.read("Anna\tB-PERSON\r\nSmith\tI-PERSON\r\n\r\nspoke\r\nlast")
        #expect(sentences.map(\.tokens) == [["Anna", "Smith"], ["spoke", "last"]])
        #expect(sentences[1].tags == [0, 0])
    }

    @Test func emptyInputGivesNoTags() throws {
        let tagger = try #require(NERTagger.shared)
        #expect(tagger.tagIndices([]).isEmpty)
        #expect(tagger.tagDocument([]).isEmpty)
    }

    @Test func veryLongSentencesAreTaggedInFull() throws {
        let tagger = try #require(NERTagger.shared)
        let tokens = Array(repeating: ["the", "cat", "sat", "."], count: 200).flatMap { $0 }
        #expect(tagger.tagIndices(tokens).count == tokens.count)
    }
}
