import StorylineAnalyze
import Testing

@Suite struct NERAugmenterTests {
    let person = NERTagSet.index(of: "B-PERSON")
    let org = NERTagSet.index(of: "B-ORG")
    let place = NERTagSet.index(of: "B-LOC")

    /// Two fictional documents: names in three sentences, none in the fourth.
    var sample: [NERSentence] {
        [
            NERSentence(tokens: ["Anna", "Berg", "visited", "Lisbon", "."], tags: [person, person + 1, 0, place, 0], document: 0),
            NERSentence(tokens: ["Lisbon", "was", "sunny", "."], tags: [place, 0, 0, 0], document: 0),
            NERSentence(tokens: ["It", "rained", "."], tags: [0, 0, 0], document: 0),
            NERSentence(tokens: ["The", "Acme", "Guild", "met", "."], tags: [0, org, org + 1, 0, 0], document: 1),
        ]
    }

    /// The entity types of a sentence's spans, in order.
    func spanTypes(_ tags: [Int]) -> [Int] { tags.filter(NERTagSet.isBegin) }

    @Test func copiesKeepContextsAndTypesButChangeNames() {
        let copies = NERAugmenter.shipped().augment(sample, copies: 2)
        #expect(copies.count == 6)  // the sentence without a name is not copied
        let withNames = sample.filter { !spanTypes($0.tags).isEmpty }
        for (k, copy) in copies.enumerated() {
            let original = withNames[k % withNames.count]
            #expect(copy.tokens.count == copy.tags.count)
            #expect(spanTypes(copy.tags) == spanTypes(original.tags))
            for (i, tag) in copy.tags.enumerated() {
                #expect(NERTagSet.allowed(previous: i == 0 ? -1 : copy.tags[i - 1], current: tag))
                if tag != 0 { #expect(copy.tokens[i].first?.isUppercase == true) }
            }
            // The words outside names are the original's.
            #expect(zip(copy.tokens, copy.tags).filter { $0.1 == 0 }.map(\.0)
                == zip(original.tokens, original.tags).filter { $0.1 == 0 }.map(\.0))
        }
        #expect(copies.contains { $0.tokens != withNames[0].tokens })
    }

    @Test func aRepeatedNameGetsTheSameReplacementWithinADocument() {
        let copies = NERAugmenter.shipped().augment(sample, copies: 1)
        let first = copies[0]
        let second = copies[1]
        let start = first.tags.firstIndex(of: place)!
        var end = start + 1
        while end < first.tags.count, first.tags[end] == place + 1 { end += 1 }
        #expect(Array(second.tokens.prefix(end - start)) == Array(first.tokens[start..<end]))
    }

    @Test func copiesStayInTheirOriginalsCrossValidationFold() {
        let copies = NERAugmenter.shipped().augment(sample, copies: 2, folds: 4)
        let withNames = sample.filter { !spanTypes($0.tags).isEmpty }
        for (k, copy) in copies.enumerated() {
            let original = withNames[k % withNames.count]
            #expect(copy.document != original.document)
            #expect(copy.document % 4 == original.document % 4)
        }
    }

    @Test func augmentationIsDeterministic() {
        let a = NERAugmenter.shipped()
        #expect(a.augment(sample, copies: 2) == a.augment(sample, copies: 2))
        #expect(a.augment(sample, copies: 0).isEmpty)
    }
}
