import Foundation
import StorylineCore
import Testing

@testable import StorylineBrief

/// The byte-level fast paths of the brief stage give exactly the answers of the general
/// (Character, Foundation) code they stand in for, including on text that sends them back
/// to that code.
@Suite struct FastPathTests {
    /// Sentences that exercise ASCII and non-ASCII text, quotes, digit separators,
    /// apostrophes, combining marks and the reader-addressing checks.
    static let texts = [
        "Officials in Kessa said 1,500 troops crossed the bridge on Monday.",
        "\"Sign up for our newsletter,\" the page said, and you'll get the latest.",
        "Sign up today and never miss a story from the Valley Herald.",
        "Registered voters in Orn queued for hours; the polls closed at 8 p.m.",
        "Kim's rivals didn't say whether 2.5 million people had left the city.",
        "Café owners in Brenholm — among them Zoë Marsh — said the flood cost €2 million.",
        "Cafe\u{301} owners said the 3\u{301} boats were lost, and 3 more were found.",
        "“You can read more on our app,” said the editor of the Coast Post.",
        "Read the full story: the toll rose by 15 to 70, officials said.",
        "YOUR support keeps us going. Subscribe to our feed.",
        "İstanbul’s mayor said the K-9 units found 12 people alive.",
        "  -- Click here to continue reading the coverage of the floods.",
        "The dam, which was built in 1962, could fail within hours, engineers warned.",
        "Floods cut off Orn | The Valley Herald – Live | Coast Post",
        "“Sign up now,” the banner said.",
        "— Sign in to read more.",
        "«Subscribe» was all it said.",
        "",
    ]

    @Test func stemsMatchTheGeneralTokenizer() {
        for text in Self.texts {
            let general = ContentWords.tokens(text).compactMap { token -> String? in
                if ContentWords.stopwords.contains(token) { return nil }
                if token.count < 2, !(token.first?.isNumber ?? false) { return nil }
                return ContentWords.stem(token)
            }
            #expect(ContentWords.stems(text) == general, "\(text)")
        }
    }

    @Test func wordsAndStemsMatchTheGeneralTokenizer() {
        for text in Self.texts {
            let general = ContentWords.tokens(text).compactMap { t -> String? in
                guard !ContentWords.stopwords.contains(t), t.count >= 2, !(t.first?.isNumber ?? false) else { return nil }
                return t + "/" + ContentWords.stem(t)
            }
            #expect(ContentWords.wordsAndStems(Substring(text)).map { $0.word + "/" + $0.stem } == general, "\(text)")
        }
    }

    @Test func textSearchMatchesFoundation() {
        let needles = [
            "1,500", "3", "said", " he ", "K-9", "–", "—", " – ", " | ", "€2", "more", "e", "Cafe", "Café", "zzz", ";", "é",
        ]
        for text in Self.texts {
            for needle in needles {
                let ours = TextSearch.range(of: needle, in: text)
                let foundation = text.range(of: needle)
                #expect(ours.map { text[$0] } == foundation.map { text[$0] }, "\(needle) in \(text)")
                #expect(
                    ours.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
                        == foundation.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) })
                let oursLast = TextSearch.lastRange(of: needle, in: text)
                let foundationLast = text.range(of: needle, options: .backwards)
                #expect(
                    oursLast.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) }
                        == foundationLast.map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) },
                    "last \(needle) in \(text)")
            }
        }
    }

    @Test func callToActionMatchesTheCharacterWalk() {
        for text in Self.texts {
            #expect(PageChrome.isCallToAction(text) == PageChrome.isCallToActionByCharacters(text), "\(text)")
            #expect(
                PageChrome.hasWordOutsideQuotes(text) == !PageChrome.wordsOutsideQuotes(text.lowercased()).isEmpty, "\(text)")
            #expect(PageChrome.wordsOutsideQuotes(lowercasing: text) == PageChrome.wordsOutsideQuotes(text.lowercased()))
            #expect(SentenceShape.holdsJunk(Array(text.utf8)) == SentenceShape.junkBytes.contains { marker in
                ByteSearch.contains(Array(text.utf8).map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }, marker)
            })
        }
        #expect(PageChrome.isCallToAction("Sign up today and never miss a story from the Valley Herald."))
        #expect(!PageChrome.isCallToAction("Registered voters in Orn queued for hours."))
    }

    @Test func foldingMatchesTheCharacterSplit() {
        for text in Self.texts + ["  Floods\tcut\r\noff \u{B}Orn\u{C} ", "\n", "", "Zo\u{EB}\u{2003}Marsh  "] {
            #expect(OutletName.foldedWhitespace(text) == text.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        }
    }

    @Test func trimmingMatchesFoundation() {
        for text in Self.texts + [" Coast Post ", "Coast Post\n", "\u{A0}Post", "Post\u{2003}", "x", "\t", "(AFP)"] {
            #expect(Trimmed.whitespaceAndNewlines(text) == text.trimmingCharacters(in: .whitespacesAndNewlines))
            #expect(Trimmed.whitespace(text) == text.trimmingCharacters(in: .whitespaces))
        }
    }

    @Test func jsonIsByteForByteFoundations() {
        var brief = RendererTests.hostileBrief()
        brief.title = "Control \u{1} \u{1F} \u{7F} tab\t cr\r lf\n bs\u{8} ff\u{C} quote\" backslash\\ slash/ \u{2028} é 🌊"
        brief.topics.append(TopicCard(name: "Orn", type: .location, aliases: [], description: nil, mentions: 12))
        brief.disagreements.append(
            Disagreement(
                subject: "Death toll",
                claims: [ConflictingClaim(value: "40", attributedTo: nil, sentence: BriefSentence(text: "x", citations: []))],
                basis: nil))
        brief.documents.append(BriefDocument(id: "d9", title: nil, publisher: nil, kind: .blog, published: nil))
        #expect(JSONRenderer.render(brief) == JSONRenderer.foundationRender(brief))
        let empty = Brief(id: "e", title: "", storyline: "s", updated: "2031-01-01T00:00:00Z", documents: [])
        #expect(JSONRenderer.render(empty) == JSONRenderer.foundationRender(empty))
    }
}
