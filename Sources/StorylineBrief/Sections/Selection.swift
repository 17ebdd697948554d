import StorylineCore

/// What the sections have chosen so far, so that later sections add rather than repeat.
struct SelectionState: Sendable {
    /// Stems of every sentence already in the brief.
    var chosenStems: [Set<String>] = []
    /// "doc:index" of every source sentence already used as a sentence's main source.
    var usedSources: Set<SentenceKey> = []

    static func key(_ s: SourceSentence) -> SentenceKey { SentenceKey(doc: s.doc, index: s.index) }

    func isUsed(_ s: SourceSentence) -> Bool { usedSources.contains(Self.key(s)) }

    /// The largest overlap (shared stems over the smaller set) with any chosen sentence.
    func redundancy(_ stems: Set<String>) -> Double {
        var worst = 0.0
        for other in chosenStems {
            let smaller = min(stems.count, other.count)
            guard smaller > 0 else { continue }
            worst = max(worst, Double(StemSets.sharedCount(stems, other)) / Double(smaller))
        }
        return worst
    }

    mutating func record(_ s: SourceSentence) {
        chosenStems.append(s.stems)
        usedSources.insert(Self.key(s))
    }
}

/// A source sentence by document and sentence index (the "doc:index" of a sentence).
struct SentenceKey: Hashable, Sendable {
    let doc: Int
    let index: Int
}

/// Counting on sets of stems without building new sets.
enum StemSets {
    /// `a.intersection(b).count`: the smaller set's members looked up in the larger.
    static func sharedCount(_ a: Set<String>, _ b: Set<String>) -> Int {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var n = 0
        for w in small where large.contains(w) { n += 1 }
        return n
    }

    /// `!a.isDisjoint(with: b)`, stopping at the first shared stem.
    static func shares(_ a: Set<String>, _ b: Set<String>) -> Bool {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        for w in small where large.contains(w) { return true }
        return false
    }
}

/// Helpers shared by the section builders.
enum Selection {
    /// Favors the opening of a document, where news writing states the event.
    static func positionWeight(_ index: Int, decay: Double = 0.12) -> Double { 1 / (1 + decay * Double(index)) }

    static func kindWeight(_ kind: DocumentKind) -> Double {
        switch kind {
        case .report: return 1.0
        case .aggregator: return 0.85
        case .briefing: return 0.8
        case .analysis: return 0.6
        case .blog: return 0.5
        case .discussion: return 0
        }
    }

    /// A brief sentence from a cleaned sentence: cites its sources, plus other primary
    /// documents that carry the very same main sentence (wire copy), up to three in all.
    static func briefSentence(_ clean: CleanSentence, model: StoryModel) -> BriefSentence {
        var citations = clean.sources.map(model.citation)
        if let main = clean.sources.first {
            for other in model.primaryDocuments where other != main.doc && citations.count < 3 {
                guard model.publisher(other) != model.publisher(main.doc),
                    let twin = model.sentences[other].first(where: { $0.text == main.text })
                else { continue }
                citations.append(model.citation(twin))
            }
        }
        return BriefSentence(text: clean.text, citations: citations)
    }

    /// Greedy pick of up to `limit` sentences by `score`, skipping sentences too close to
    /// anything already chosen and sentences that cannot stand alone. Ties break on
    /// document order and sentence index, so the result never depends on hashing.
    static func pick(
        _ candidates: [SourceSentence], limit: Int, maxRedundancy: Double = 0.6, minRelativeScore: Double = 0,
        minimum: Int = 0, state: inout SelectionState, model: StoryModel, score: (SourceSentence) -> Double
    ) -> [BriefSentence] {
        let cleaner = SentenceCleaner(model: model)
        var pool = candidates.map { ($0, score($0)) }.filter { $0.1 > 0 && !state.isUsed($0.0) }
        pool.sort { ($0.1, $1.0.doc, $1.0.index) > ($1.1, $0.0.doc, $0.0.index) }
        var out: [BriefSentence] = []
        var firstScore: Double?
        while out.count < limit {
            var bestIndex: Int?
            var bestValue = 0.0
            for (i, (s, base)) in pool.enumerated() {
                if base <= bestValue { break }  // sorted: no later candidate can win
                let redundancy = state.redundancy(s.stems)
                guard redundancy <= maxRedundancy else { continue }
                let value = base * (1 - 0.5 * redundancy)
                if value > bestValue {
                    bestValue = value
                    bestIndex = i
                }
            }
            guard let i = bestIndex else { break }
            let (s, _) = pool.remove(at: i)
            if out.count >= minimum, let firstScore, bestValue < firstScore * minRelativeScore { break }
            guard let clean = cleaner.clean(s) else { continue }
            if firstScore == nil { firstScore = bestValue }
            state.record(s)
            out.append(briefSentence(clean, model: model))
        }
        return out
    }
}
