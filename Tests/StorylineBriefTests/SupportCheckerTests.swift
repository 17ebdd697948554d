import StorylineBrief
import StorylineCore
import Testing

@Suite struct SupportCheckerTests {
    @Test func contentWordsDropFunctionWordsAndStemInflections() {
        #expect(ContentWords.stems("The troops were sent to the border") == ["troop", "send", "border"])
        #expect(ContentWords.stemSet("troop") == ContentWords.stemSet("troops"))
        #expect(ContentWords.stemSet("deploying") == ContentWords.stemSet("deployed"))
    }

    @Test func numbersWithSeparatorsAreOneToken() {
        #expect(ContentWords.tokens("1,500 troops, 2.5 km") == ["1500", "troops", "25", "km"])
        #expect(ContentWords.tokens("Kim's envoy") == ["kim", "envoy"])
    }

    @Test func fullySupportedSentenceScoresOne() {
        let checker = SupportChecker()
        let source = "Veloria has sent 1,500 troops to neighbouring Marenland, officials said."
        #expect(checker.support(of: "Officials said Veloria sent 1,500 troops to Marenland.", by: [source]) == 1)
    }

    @Test func addedFactsLowerSupportBelowThreshold() {
        let checker = SupportChecker()
        let source = "Veloria has sent 1,500 troops to Marenland."
        let invented = "Veloria secretly sent 9,000 heavily armed paratroopers overnight to Marenland."
        #expect(checker.support(of: invented, by: [source]) < 0.8)
        let sentence = BriefSentence(text: invented, citations: [Citation(document: "d", publisher: nil, quote: source)])
        #expect(!checker.isSupported(sentence))
        #expect(checker.unsupportedWords(of: invented, by: [source]).contains("9000"))
    }

    @Test func sentenceWithoutCitationsIsNeverSupported() {
        #expect(!SupportChecker().isSupported(BriefSentence(text: "Anything at all.", citations: [])))
    }
}
