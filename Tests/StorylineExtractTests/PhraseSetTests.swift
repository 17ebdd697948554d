import Testing

@testable import StorylineExtract

/// The phrase and word tables the dump and style passes use answer like plain searches.
@Suite struct PhraseSetTests {
    let samples = [
        "According to the Herald, the mayor said it is time to act. I think we must. The papers say so.",
        "THE TRUTH IS that Reports vary; the Courier reports that 300 left. Let's see, let us wait.",
        "unaccording to nobody; shouldbe; the real questions remain",
        "abc", "", "in my opinion", "The Lesson: what this means for you",
    ]
    let phrases = ["according to", "the papers say", " reports ", "it is time", "i think", "we must", "let's", "let us",
                   "the truth is", "should be", "the real question", "the lesson", "what this means", "in my opinion"]

    @Test func fourByteFilterCountsWhatAPlainSearchCounts() {
        let set = PhraseSet(phrases)
        let reference = phrases.map { Array($0.utf8) }
        for s in samples {
            let lower = ByteText.lowercased(Array(s.utf8))
            #expect(set.count(in: lower) == ByteText.countPhrases(reference, in: lower), "\(s)")
            let mixed = Array(s.utf8).withUnsafeBufferPointer { set.count(inMixedCase: $0) }
            #expect(mixed == set.count(in: lower), "\(s)")
        }
    }

    @Test func groupsAreCountedSeparatelyInOnePass() {
        let set = PhraseSet(groups: [["i think", "we must"], ["according to", " reports "]])
        let text = Array("I think so, according to the Post, which reports that we must.".utf8)
        var counts = [0, 0]
        counts.withUnsafeMutableBufferPointer { c in text.withUnsafeBufferPointer { set.counts(inMixedCase: $0, into: c) } }
        #expect(counts == [2, 2])
    }

    @Test func wordCountsCountAndFindWords() {
        var words = WordCounts()
        let text = Array("tide Tide tide boat Malcolm tide".utf8)
        text.withUnsafeBufferPointer { p in
            ByteText.forEachWord(p) { start, end in words.add(p, start, end) }
        }
        #expect(words["tide"] == 3)
        #expect(words["Tide"] == 1)
        #expect(words.contains("Malcolm"))
        #expect(!words.contains("malcolm"))
        #expect(words["ship"] == nil)
        var many = WordCounts()
        let list = (0..<5000).map { "w\($0)" }
        let joined = Array(list.joined(separator: " ").utf8)
        joined.withUnsafeBufferPointer { p in ByteText.forEachWord(p) { s, e in many.add(p, s, e) } }
        #expect(many.count == 5000)
        #expect(list.allSatisfy { many[$0] == 1 })
    }
}
