import StorylineCore

/// Numbers citations in order of first appearance, one number per distinct source sentence,
/// so a renderer can show footnotes.
struct CitationNumbering {
    private(set) var ordered: [Citation] = []
    private var numbers: [String: Int] = [:]

    /// The brief's citations, numbered in reading order of the sections.
    init(_ brief: Brief) {
        for s in brief.whatHappened { add(s.citations) }
        for s in brief.behindTheHeadline { add(s.citations) }
        for o in brief.whatThePapersSay { for s in o.sentences { add(s.citations) } }
        for d in brief.disagreements { for c in d.claims { add(c.sentence.citations) } }
        for t in brief.howWeGotHere { add(t.sentence.citations) }
        for q in brief.goDeeper { add(q.citations) }
    }

    private mutating func add(_ citations: [Citation]) {
        for c in citations where numbers[Self.key(c)] == nil {
            ordered.append(c)
            numbers[Self.key(c)] = ordered.count
        }
    }

    func number(_ c: Citation) -> Int { numbers[Self.key(c)] ?? 0 }

    static func key(_ c: Citation) -> String { c.document + "\u{1}" + c.quote }
}
