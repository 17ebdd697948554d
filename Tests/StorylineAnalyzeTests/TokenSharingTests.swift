@testable import StorylineAnalyze
import StorylineCore
import Testing

/// The analyzer tokenizes each block once and hands every finder its share; these check that
/// the shares equal what tokenizing each sentence on its own gives.
@Suite("Shared tokens")
struct TokenSharingTests {
    static let paragraphs = [
        "Mr. Ødegaard’s team, led by Dr. J. R. Hale, said on Tuesday that 1,500 troops — about 3.5% — left the U.S. base. "
            + "“We won’t stay,” he added.\nOfficials' figures: 12,000km by 2024-10-26... Really?! Yes.",
        "HEADLINE WITHOUT A STOP\nNext line starts here. e.g. lower case follows. Twenty-five people (roughly) came.",
        "  Leading spaces and a soft\u{AD}hyphen. Trailing whitespace\u{2009} \u{A0}",
        "• bullet one\n• bullet two\n1. item one\n2) item two",
    ]

    @Test func sentenceSharesOfBlockTokensEqualTokenizingEachSentence() {
        let blocks = Self.paragraphs.map { TextBlock($0) }
        let sentences = SentenceSplitter().split(blocks)
        #expect(sentences.count > 8)
        let blockTokens = blocks.map { WordTokenizer.tokens(Array($0.text.unicodeScalars)) }
        for s in sentences {
            let shared = WordTokenizer.tokens(
                of: blockTokens[s.block], from: s.start, to: s.start + s.text.unicodeScalars.count)
            let own = WordTokenizer.tokens(Array(s.text.unicodeScalars))
            #expect(shared == own, "sentence \(s.index): \(s.text)")
        }
    }

    @Test func lexiconFlagsSayWhichListsHoldTheKey() {
        let text = "Said says Warned will Yesterday the Seven twenty-five million Thousands USD $ rs page Monday’s May"
        let tokens = WordTokenizer.tokens(Array(text.unicodeScalars))
        let lists: [(LexiconFlags, (String) -> Bool)] = [
            (.speechVerb, { SpeechLexicon.speechVerbs.contains($0) }),
            (.introducingVerb, { SpeechLexicon.introducingVerbs.contains($0) }),
            (.futureMarker, { DateLexicon.futureMarkers.contains($0) }),
            (.dateOpener, { DateFinder.lowercaseOpeners.contains($0) }),
            (.smallNumber, { NumberWords.small[$0] != nil }),
            (.multiplier, { NumberWords.multipliers[$0] != nil }),
            (.vagueNumber, { NumberWords.vague[$0] != nil }),
            (.currency, { ClaimFinder.currencies[$0] != nil }),
            (.listWord, { ClaimFinder.listWords.contains($0) }),
            (.weekday, { DateLexicon.weekdays[$0] != nil }),
            (.month, { DateLexicon.months[$0] != nil }),
        ]
        var seen = 0
        for w in tokens {
            for (flag, holds) in lists {
                #expect(w.lex.contains(flag) == holds(w.key), "\(w.key)")
                if w.lex.contains(flag) { seen += 1 }
            }
        }
        #expect(seen >= 12)
        #expect(DateFinder.weekday(tokens.first { $0.text == "Monday’s" }!) == 0)
    }
}
