import StorylineGroup
import Testing

@Suite("Proper names without a recogniser")
struct ProperNamesTests {
    func names(_ text: String) -> Set<String> {
        let tokens = WordTokenizer.tokenize(text)
        let confirmed = ProperNames.confirmed(tokens)
        return Set(
            tokens.filter { ProperNames.isCandidate($0) && confirmed.contains(TermHash.hash($0.lowered, salt: FeatureKind.names.salt)) }
                .map { String(decoding: $0.lowered, as: UTF8.self) })
    }

    @Test func capitalsInsideASentenceAreNames() {
        let found = names("The ferry left Ostrin harbour with Captain Ilse Varga at the helm.")
        #expect(found.isSuperset(of: ["ostrin", "captain", "ilse", "varga"]))
        #expect(!found.contains("ferry"))
    }

    @Test func aSentenceInitialCapitalNeedsAMidSentenceMention() {
        let found = names("Rescuers searched all night. Varga said the crew was safe. Officials thanked Varga.")
        #expect(found.contains("varga"))
        #expect(!found.contains("rescuers"))
        #expect(!found.contains("officials"))
    }

    @Test func daysMonthsAndShoutedWordsAreNotNames() {
        let found = names("The council met on Friday in March and the FBI joined. It was a DISASTER for Kelmoor.")
        #expect(!found.contains("friday"))
        #expect(!found.contains("march"))
        #expect(!found.contains("disaster"))
        #expect(found.contains("fbi"))
        #expect(found.contains("kelmoor"))
    }

    @Test func aCapitalAfterAQuoteIsNotConfirmedByItself() {
        let found = names("He shouted \"Everyone out\" and ran toward Brenholm.")
        #expect(!found.contains("everyone"))
        #expect(found.contains("brenholm"))
    }
}
