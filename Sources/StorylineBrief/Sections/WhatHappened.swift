import StorylineCore

/// "What's happened": the event in two to four sentences from the reporting, chosen for how
/// central they are to all the coverage, how early they stand in their document, the kind of
/// source, and how many of the story's main entities they bring in that are not yet covered.
enum WhatHappened {
    static func build(_ model: StoryModel, mainEntities: [Int], state: inout SelectionState) -> [BriefSentence] {
        var candidates: [SourceSentence] = []
        for d in model.primaryDocuments where model.kind(d) != .discussion {
            candidates += model.sentences[d].filter { $0.isProse && !SentenceShape.isQuestion($0.text) }
        }
        let main = Set(mainEntities.prefix(5))
        let picked = Selection.pick(
            candidates, limit: 4, maxRedundancy: 0.55, minRelativeScore: 0.45, minimum: 2, state: &state,
            model: model
        ) { s in
            let doc = model.documents[s.doc].extracted
            var score = model.centrality(s) * Selection.kindWeight(doc.kind) * Selection.positionWeight(s.index)
            if doc.lowQuality { score *= 0.6 }
            let covered = s.entities.filter(main.contains).count
            score *= 1 + 0.1 * Double(min(covered, 3))
            // A forecast or hypothesis ("the toll is expected to rise", "talks could resume")
            // says what may happen, not what did.
            if !Timeline.isEvent(s.text) { score *= forecastWeight }
            return score
        }
        return eventFirst(picked)
    }

    static let forecastWeight = 0.6

    /// The section opens with the event: when the best sentence is a forecast and another
    /// chosen sentence states what happened, that one leads (the rest keep their order).
    static func eventFirst(_ sentences: [BriefSentence]) -> [BriefSentence] {
        guard let first = sentences.first, !Timeline.isEvent(first.text),
            let event = sentences.firstIndex(where: { Timeline.isEvent($0.text) })
        else { return sentences }
        var out = sentences
        out.insert(out.remove(at: event), at: 0)
        return out
    }

    /// The story's title: the most central headline among the primary documents, reports first.
    static func title(_ model: StoryModel, fallback: [BriefSentence]) -> String {
        var best: (Double, Int, String)?
        for d in model.primaryDocuments {
            guard let raw = model.documents[d].extracted.title else { continue }
            let title = OutletName.foldedWhitespace(raw)
            guard title.count >= 8, title.count <= 300 else { continue }
            let stems = ContentWords.stemSet(title)
            guard !stems.isEmpty else { continue }
            let n = Double(model.primaryCount)
            // Summed as integers: a floating-point sum over a set would depend on its hash order.
            let frequencies = stems.reduce(0) { $0 + (model.documentFrequency[$1] ?? 1) }
            let centrality = Double(frequencies) / n / Double(stems.count + 2)
            let score = centrality * (model.kind(d) == .discussion ? 0.3 : Selection.kindWeight(model.kind(d)) + 0.2)
            if best == nil || score > best!.0 || (score == best!.0 && d < best!.1) { best = (score, d, title) }
        }
        if let best { return best.2 }
        if let first = fallback.first?.text {
            let words = first.split(separator: " ")
            return words.count > 14 ? words.prefix(14).joined(separator: " ") + "…" : first
        }
        return "Untitled story"
    }
}
