import StorylineAnalyze
import StorylineCore
import Testing

@Suite struct SentenceSplitterTests {
    let splitter = SentenceSplitter()

    func sentences(_ text: String) -> [String] { splitter.split(text: text).map(\.text) }

    @Test func splitsPlainSentences() {
        #expect(sentences("The talks ended. Both sides left! Was it over? Nobody knew.") == [
            "The talks ended.", "Both sides left!", "Was it over?", "Nobody knew.",
        ])
    }

    @Test func titlesAndInitialsDoNotEndSentences() {
        #expect(sentences("Mr. Harlow met Dr. Veen and Gen. Oduya. J. R. R. Tolkien wrote it.") == [
            "Mr. Harlow met Dr. Veen and Gen. Oduya.", "J. R. R. Tolkien wrote it.",
        ])
        #expect(sentences("Lt. Col. Brandt spoke to Mrs. Aalto.").count == 1)
    }

    @Test func abbreviationsEndSentencesOnlyBeforeAnOpener() {
        #expect(sentences("Troops left the U.S. Army base. They returned.") == [
            "Troops left the U.S. Army base.", "They returned.",
        ])
        #expect(sentences("He works for Brindle Inc. The firm grew.") == [
            "He works for Brindle Inc.", "The firm grew.",
        ])
        #expect(sentences("Talks with the U.K. Foreign Office went on.").count == 1)
    }

    @Test func decimalsAndNumbersStayInside() {
        #expect(sentences("Growth was 3.5 percent in 2024. Prices rose 1,500 points.") == [
            "Growth was 3.5 percent in 2024.", "Prices rose 1,500 points.",
        ])
    }

    @Test func ellipsesEndBeforeACapital() {
        #expect(sentences("He paused... Then he spoke. It went on... and on.") == [
            "He paused...", "Then he spoke.", "It went on... and on.",
        ])
    }

    @Test func sentenceEndsInsideClosingQuotesAndBrackets() {
        #expect(sentences("\"We will not leave.\" She smiled. (It was late.) They slept.") == [
            "\"We will not leave.\"", "She smiled.", "(It was late.)", "They slept.",
        ])
        #expect(sentences("“Is it true?” he asked.") == ["“Is it true?” he asked."])
    }

    @Test func headingsAndBulletsAreTheirOwnSentences() {
        let blocks = [
            TextBlock("Border talks resume", role: .heading),
            TextBlock("Key points\n- Talks resume on Monday\n- Both delegations attend\nThe mood is calm."),
        ]
        let out = splitter.split(blocks).map(\.text)
        #expect(out == [
            "Border talks resume", "Key points", "- Talks resume on Monday", "- Both delegations attend",
            "The mood is calm.",
        ])
    }

    @Test func offsetsPointIntoTheBlock() {
        let blocks = [TextBlock("  First one.  Second one here. "), TextBlock("Third.")]
        let out = splitter.split(blocks)
        #expect(out.map(\.index) == [0, 1, 2])
        #expect(out.map(\.block) == [0, 0, 1])
        for s in out {
            let scalars = Array(blocks[s.block].text.unicodeScalars)
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[s.start..<(s.start + s.text.unicodeScalars.count)])
            #expect(String(v) == s.text)
        }
    }

    @Test func emptyBlocksGiveNoSentences() {
        #expect(splitter.split([TextBlock(""), TextBlock("   \n ")]).isEmpty)
    }
}
