import StorylineAnalyze
import Testing

@Suite struct TokenizerTests {
    let tokenizer = Tokenizer()

    func texts(_ s: String) -> [String] { tokenizer.tokenize(s).map(\.text) }

    @Test func offsetsPointAtTheTokenText() {
        let text = "Mr. Ødegaard’s team doesn’t “win” 1,500 games — at 3.5 pts."
        let scalars = Array(text.unicodeScalars)
        for token in tokenizer.tokenize(text) {
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[token.start..<token.end])
            #expect(String(v) == token.text)
        }
    }

    @Test func splitsContractionsAndPossessives() {
        #expect(texts("Kim's aides don't know; they'll see.") == [
            "Kim", "'s", "aides", "do", "n't", "know", ";", "they", "'ll", "see", ".",
        ])
        #expect(texts("The parents' view") == ["The", "parents", "'", "view"])
        #expect(texts("O'Brien can't") == ["O'Brien", "ca", "n't"])
    }

    @Test func keepsNumbersWhole() {
        #expect(texts("About 1,500 troops, 3.5% of 12,000.") == [
            "About", "1,500", "troops", ",", "3.5", "%", "of", "12,000", ".",
        ])
    }

    @Test func splitsHyphensAndPunctuation() {
        #expect(texts("Kim Jong-un (right) said: \"No.\"") == [
            "Kim", "Jong", "-", "un", "(", "right", ")", "said", ":", "\"", "No", ".", "\"",
        ])
        #expect(texts("Wait... what?!") == ["Wait", "...", "what", "?", "!"])
    }

    @Test func keepsAbbreviationsInitialsAndAcronyms() {
        #expect(texts("Mr. Smith met J. R. R. Tolkien in the U.S. capital.") == [
            "Mr.", "Smith", "met", "J.", "R.", "R.", "Tolkien", "in", "the", "U.S.", "capital", ".",
        ])
        #expect(texts("Acme Inc. sells e.g. bread.") == ["Acme", "Inc.", "sells", "e.g.", "bread", "."])
    }

    @Test func keepsLinksAndEmailsWhole() {
        #expect(texts("See https://example.org/a-b?c=1, or mail jo.ann@example.com.") == [
            "See", "https://example.org/a-b?c=1", ",", "or", "mail", "jo.ann@example.com", ".",
        ])
        #expect(texts("(www.example.com)") == ["(", "www.example.com", ")"])
    }

    @Test func emptyAndWhitespaceTextGiveNoTokens() {
        #expect(tokenizer.tokenize("").isEmpty)
        #expect(tokenizer.tokenize(" \n\t ").isEmpty)
    }
}
