import StorylineCore

/// "What's behind the headline": causes, stakes and expert views. Analysis pieces come
/// first; then quoted speakers; then reporting sentences that explain rather than narrate.
enum BehindTheHeadline {
    /// Stems that mark explanation, stakes or expectation rather than narration.
    static let cueStems: Set<String> = ContentWords.stemSet(
        "because reason aims aimed signal signals suggests suggest likely unlikely could risk risks strategy strategic "
            + "stakes means meaning analyst analysts expert experts observers significance implications consequence "
            + "pressure leverage motive motivated why warning warned concern concerns fear fears impact effect "
            + "deepen deepening undermine bolster counter response")
    static let expertStems: Set<String> = ContentWords.stemSet(
        "analyst analysts expert experts professor researcher fellow institute university director former "
            + "think tank scholar economist historian specialist")

    static func build(_ model: StoryModel, state: inout SelectionState) -> [BriefSentence] {
        var out: [BriefSentence] = []
        let analysisDocs = model.primaryDocuments.filter { model.kind($0) == .analysis }
        let fromAnalysis = analysisDocs.flatMap { d in model.sentences[d].filter { $0.isProse && model.isOnTopic($0) } }
        out += Selection.pick(fromAnalysis, limit: 3, maxRedundancy: 0.5, state: &state, model: model) { s in
            (model.centrality(s) + 0.15 * cues(s)) * Selection.positionWeight(s.index, decay: 0.05)
        }
        guard out.count < 4 else { return out }
        var quoted: [SourceSentence] = []
        var explaining: [SourceSentence] = []
        for d in model.primaryDocuments where model.kind(d) != .discussion && model.kind(d) != .analysis {
            let quoteSentences = Set(
                model.documents[d].analysis.quotes.filter { $0.direct && $0.speaker != nil }.map(\.sentence))
            for s in model.sentences[d] where s.isProse && model.isOnTopic(s) {
                if quoteSentences.contains(s.index) {
                    quoted.append(s)
                } else if cues(s) > 0 {
                    explaining.append(s)
                }
            }
        }
        out += Selection.pick(quoted, limit: min(2, 4 - out.count), maxRedundancy: 0.5, state: &state, model: model) {
            s in
            let expert = s.stems.isDisjoint(with: expertStems) ? 0.0 : 0.2
            return model.centrality(s) + expert + 0.05 * cues(s)
        }
        if out.count < 2 {
            out += Selection.pick(explaining, limit: 2 - out.count, maxRedundancy: 0.5, state: &state, model: model) {
                s in model.centrality(s) * (1 + 0.3 * min(cues(s), 3))
            }
        }
        return out
    }

    static func cues(_ s: SourceSentence) -> Double {
        Double(StemSets.sharedCount(s.stems, cueStems)) + (s.stems.isDisjoint(with: expertStems) ? 0 : 1)
    }
}
