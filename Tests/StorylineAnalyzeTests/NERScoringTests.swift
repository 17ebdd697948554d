import Foundation
import Testing

@testable import StorylineAnalyze

/// The tagger's fast paths (packed two-stage weight table, per-document scoring, byte-level
/// token facts and name folding) must give exactly what the plain paths give.
@Suite struct NERScoringTests {
    /// The tagger's result computed the plain way: feature arrays, each stage's own dense
    /// weight rows (`NERModel.decode`), window by window.
    static func plainTags(_ tagger: NERTagger, _ sentences: [[String]]) -> [[Int]] {
        let extractor = tagger.extractor
        let pieces = sentences.map { NERTagger.windows($0).map(extractor.infos) }
        var context = NERDocumentContext(pieces.flatMap { $0 })
        let base = pieces.map { $0.map { extractor.baseFeatures($0, context: context) } }
        let firstTags = zip(pieces, base).map { windows, features in
            zip(windows, features).map { w, f in tagger.first.decode(f, tokenCount: w.count) }
        }
        guard let second = tagger.second else {
            return zip(pieces, firstTags).map { windows, tags in zip(windows, tags).flatMap(NERTagger.corrected) }
        }
        context.addVotes(pieces.flatMap { $0 }, tags: firstTags.flatMap { $0 })
        return pieces.indices.map { s in
            pieces[s].indices.flatMap { p in
                let (w, t) = (pieces[s][p], firstTags[s][p])
                if t.allSatisfy({ $0 == NERTagSet.outside }), !w.dropFirst().contains(where: \.titleLike) { return t }
                let features = extractor.stacked(base[s][p], w, context: context, firstStage: t)
                return NERTagger.corrected(w, second.decode(features, tokenCount: w.count))
            }
        }
    }

    static let document: [[String]] = [
        ["Senator", "Mara", "Quillfeather", "met", "officials", "of", "the", "Northbridge", "Shipping", "Company", "in", "Lisbon", "."],
        ["Quillfeather", "said", "the", "Company", "would", "open", "an", "office", "in", "São", "Paulo", "next", "year", "."],
        ["the", "meeting", "ended", "early", ";", "nobody", "was", "named", "."],
        ["Dr.", "Ōtani", "of", "Kyoto", "University", "and", "Ms", "Quillfeather", "spoke", "with", "the", "U.S.", "Navy", "."],
        [],
        ["AESTHETIC", "APPRECIATION", "AND", "SPANISH", "ART", "IN", "MADRID"],
        ["Hello", "World", "from", "Zürich", ",", "Genève", "and", "Pyongyang", "!"],
    ]

    @Test func documentTagsMatchThePlainScoringPath() throws {
        let tagger = try #require(NERTagger.shared)
        let fast = tagger.tagDocument(Self.document)
        #expect(fast == Self.plainTags(tagger, Self.document))
        #expect(fast.map(\.count) == Self.document.map(\.count))
    }

    @Test func longSentenceWindowsMatchThePlainScoringPath() throws {
        let tagger = try #require(NERTagger.shared)
        var long: [String] = []
        for k in 0..<700 { long += k % 7 == 0 ? ["Northbridge", "Company"] : ["and", "then", "Lisbon", "said"] }
        let sentences = [long, ["Quillfeather", "visited", "Northbridge", "."]]
        #expect(tagger.tagDocument(sentences) == Self.plainTags(tagger, sentences))
    }

    @Test func singleStageTaggerMatchesThePlainScoringPath() throws {
        let shipped = try #require(NERTagger.shared)
        let tagger = NERTagger(first: shipped.first)
        #expect(tagger.tagDocument(Self.document) == Self.plainTags(tagger, Self.document))
    }

    @Test func asciiTokenFactsEqualTheScalarPath() {
        let extractor = NERFeatureExtractor(gazetteer: .shared)
        var lower: [UInt8] = []
        var shape: [UInt8] = []
        let tokens = [
            "Quillfeather", "U.S.", "NATO", "iPhone", "1,500", "3.5", "--", "e-mail", "O'Brien", "a", "Ab",
            "x1y2z3a4b5c6d7e8f9g0h", "ABCDEFGHIJ-KLMNOPQRST", "...", "Mr", "mcdonald's", "",
        ]
        for token in tokens {
            let fast = extractor.info(token, &lower, &shape)
            let plain = extractor.scalarInfo(token, &lower, &shape)
            #expect(fast.exact == plain.exact && fast.lower == plain.lower && fast.shape == plain.shape, "\(token)")
            #expect(fast.suffix2 == plain.suffix2 && fast.suffix3 == plain.suffix3 && fast.suffix4 == plain.suffix4, "\(token)")
            #expect(fast.prefix3 == plain.prefix3 && fast.casing == plain.casing, "\(token)")
            #expect(fast.lengthBucket == plain.lengthBucket && fast.titleLike == plain.titleLike, "\(token)")
            #expect(fast.alphabetic == plain.alphabetic && fast.personalName == plain.personalName, "\(token)")
            #expect(fast.wordClass == plain.wordClass && fast.keyword == plain.keyword, "\(token)")
        }
    }

    @Test func asciiNameFoldingEqualsFoundationFolding() {
        let names = [
            "Kim Jong-un", "Mr Kim", "the Pentagon", "U.S. Navy's", "O'Brien", "NATO", "A.B.C. News",
            "  Mr.  Volodymyr   Zelensky ", "Dr. Dre", "President", "The The", "St. Louis", "x", "", " ",
            "Rock'n'Roll Hall", "3M Company", "Jones's", "a b c d",
        ]
        for name in names {
            #expect(NameNormalizer.rawTokens(name) == NameNormalizer.foldedRawTokens(name), "\(name)")
            #expect(NameNormalizer.strippingTitles(name) == NameNormalizer.characterStrippingTitles(name), "\(name)")
        }
    }

    @Test func hashedKeyMapStoresUpdatesAndGrows() {
        var map = HashedKeyMap<Int>(filler: -1, capacity: 2)
        for k in 0..<1000 { map.set(UInt64(k) &* 0x9E37_79B9_7F4A_7C15, k) }
        map.update(0, initial: 7) { $0 += 1 }
        map.update(5 &* 0x9E37_79B9_7F4A_7C15, initial: 0) { $0 += 100 }
        #expect(map[0] == 1)
        #expect(map[5 &* 0x9E37_79B9_7F4A_7C15] == 105)
        #expect(map[999 &* 0x9E37_79B9_7F4A_7C15] == 999)
        #expect(map[12345] == nil)
        #expect(map.value(12345, or: -7) == -7)
        #expect(map.count == 999)
    }
}
