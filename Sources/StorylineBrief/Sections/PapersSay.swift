import Foundation
import StorylineCore

/// "What the papers say": one entry per outlet with its angle (its most central opening
/// sentence), what it adds that no other outlet reports (the sentence richest in words only
/// it uses) and whom it quotes. Forum threads become public reaction, drawn from their
/// best-scored comments; reprints are not separate outlets (their original stands for them).
enum PapersSay {
    static func build(_ model: StoryModel, state: inout SelectionState) -> [OutletCoverage] {
        var outlets: [String: [Int]] = [:]
        var names: [String: String] = [:]
        var unattributed: [Int] = []
        for d in model.primaryDocuments {
            if model.outlets[d] == nil && model.kind(d) != .discussion {
                unattributed.append(d)
                continue
            }
            let name = model.publisher(d)
            let key = name.lowercased()
            outlets[key, default: []].append(d)
            if names[key] == nil { names[key] = name }
        }
        // Texts that name no outlet at all (no publisher, site or title suffix: an archive of
        // bare texts) are one entry, not one entry per text under its first words.
        if unattributed.count == 1 {
            let name = model.publisher(unattributed[0])
            outlets[name.lowercased(), default: []].append(unattributed[0])
            names[name.lowercased()] = name
        } else if unattributed.count > 1 {
            outlets[Self.unattributedKey] = unattributed
            names[Self.unattributedKey] = "\(unattributed.count) unattributed texts"
        }
        // How many outlets use each word, to tell what only one outlet says.
        var outletFrequency: [String: Int] = [:]
        // With one document per outlet, outlets using a word are the primary documents using it.
        let onePerOutlet = outlets.values.allSatisfy { $0.count == 1 }
        if onePerOutlet { outletFrequency = model.documentFrequency }
        for docs in outlets.values where !onePerOutlet {
            let stems = docs.count == 1
                ? model.documentStems[docs[0]] : docs.reduce(into: Set<String>(), { $0.formUnion(model.documentStems[$1]) })
            for w in stems {
                outletFrequency[w, default: 0] += 1
            }
        }
        var entries: [(order: (Int, Int, String), coverage: OutletCoverage)] = []
        for key in outlets.keys.sorted() {
            let docs = outlets[key]!.sorted { (kindRank(model.kind($0)), $0) < (kindRank(model.kind($1)), $1) }
            let primaryKind = model.kind(docs[0])
            let sentences: [BriefSentence]
            if primaryKind == .discussion {
                sentences = reaction(docs, model: model, state: &state)
            } else {
                // texts from unknown sources may be many sources: a lead from each of up to three
                sentences = coverage(
                    docs, outletFrequency: outlets.count > 1 ? outletFrequency : [:],
                    angles: key == Self.unattributedKey ? min(3, docs.count) : 1, model: model, state: &state)
            }
            guard !sentences.isEmpty else { continue }
            // named outlets first (most documents first), then the unattributed texts, then forums
            let order = (key == Self.unattributedKey ? 1 : primaryKind == .discussion ? 2 : 0, -docs.count, key)
            entries.append((order, OutletCoverage(publisher: names[key]!, kind: primaryKind, sentences: sentences)))
        }
        entries.sort { $0.order < $1.order }
        return entries.map(\.coverage)
    }

    /// The entry of texts that name no outlet (sorts after every outlet's name).
    static let unattributedKey = "\u{10FFFF}unattributed"

    static func kindRank(_ kind: DocumentKind) -> Int {
        [.report, .analysis, .briefing, .aggregator, .blog, .discussion].firstIndex(of: kind) ?? 9
    }

    static func coverage(
        _ docs: [Int], outletFrequency: [String: Int], angles: Int = 1, model: StoryModel, state: inout SelectionState
    ) -> [BriefSentence] {
        let prose = docs.flatMap { d in
            model.sentences[d].filter { $0.isProse && !SentenceShape.isQuestion($0.text) && model.isOnTopic($0) }
        }
        var local = state
        local.chosenStems = []
        var out: [BriefSentence] = []
        // Angle: the outlet's own lead, as central to the story as possible.
        out += Selection.pick(prose, limit: angles, state: &local, model: model) { s in
            (model.centrality(s) + 0.05) * Selection.positionWeight(s.index, decay: 0.25)
        }
        // Adds: the sentence with the largest share of words no other outlet uses.
        if !outletFrequency.isEmpty {
            out += Selection.pick(prose, limit: 1, maxRedundancy: 0.5, state: &local, model: model) { s in
                guard !s.stems.isEmpty else { return 0 }
                let unique = Double(s.stems.reduce(0) { $0 + (outletFrequency[$1] == 1 ? 1 : 0) }) / Double(s.stems.count)
                guard unique >= 0.25 else { return 0 }
                let hasNumber = s.stems.contains { $0.first?.isNumber ?? false }
                return unique * (1 + (hasNumber ? 0.3 : 0) + 0.1 * Double(min(s.entities.count, 3)))
                    * Selection.positionWeight(s.index, decay: 0.05)
            }
        }
        // Whom it quotes: the first sentence with a direct quote from a named speaker.
        var quoteSentences = Set<SentenceKey>()
        for d in docs {
            for q in model.documents[d].analysis.quotes where q.direct && q.speaker != nil {
                quoteSentences.insert(SentenceKey(doc: d, index: q.sentence))
            }
        }
        if !quoteSentences.isEmpty {
            let quoted = prose.filter { quoteSentences.contains(SelectionState.key($0)) }
            out += Selection.pick(quoted, limit: 1, maxRedundancy: 0.7, state: &local, model: model) { s in
                Selection.positionWeight(s.index, decay: 0.05)
            }
        }
        state.usedSources.formUnion(local.usedSources)
        return out
    }

    /// Public reaction: the first sentence of the highest-scored comments (ties by order),
    /// or, for a thread without comments, the post's own most central sentence.
    static func reaction(_ docs: [Int], model: StoryModel, state: inout SelectionState) -> [BriefSentence] {
        var out: [BriefSentence] = []
        for d in docs {
            let doc = model.documents[d]
            let ranked = doc.extracted.comments.enumerated().sorted {
                ($0.element.score ?? 0, $1.offset) > ($1.element.score ?? 0, $0.offset)
            }
            let postText = doc.extracted.text
            for (_, comment) in ranked where out.count < 2 {
                // A comment's own words only: not a line it quotes from the post or another comment.
                guard let sentence = CommentSentences.first(in: comment.text, skipping: { candidate in
                    postText.contains(candidate) || comment.quoted.contains { $0.contains(candidate) }
                }) else { continue }
                let citation = Citation(document: doc.id, publisher: model.publisher(d), quote: sentence)
                out.append(BriefSentence(text: sentence, citations: [citation]))
            }
        }
        if out.isEmpty {
            let prose = docs.flatMap { d in model.sentences[d].filter(\.isProse) }
            var local = state
            local.chosenStems = []
            out = Selection.pick(prose, limit: 1, state: &local, model: model) { model.centrality($0) + 0.01 }
            state.usedSources.formUnion(local.usedSources)
        }
        return out
    }
}

/// Sentences of a forum comment, cut at sentence-final punctuation followed by a space, each
/// a verbatim substring of the comment.
enum CommentSentences {
    static func first(in text: String, skipping skip: (String) -> Bool = { _ in false }) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        var start = trimmed.startIndex
        var i = trimmed.startIndex
        while i < trimmed.endIndex {
            let c = trimmed[i]
            let next = trimmed.index(after: i)
            let atEnd = next == trimmed.endIndex
            if atEnd || ((c == "." || c == "!" || c == "?") && trimmed[next].isWhitespace) || c == "\n" {
                let end = (c == "\n") ? i : next
                let candidate = trimmed[start..<end].trimmingCharacters(in: .whitespacesAndNewlines)
                let words = candidate.split(separator: " ").count
                if words >= 5, words <= 60, SentenceShape.quotesBalanced(candidate), trimmed.contains(candidate),
                    !skip(candidate)
                {
                    return candidate
                }
                start = next
            }
            i = next
        }
        return nil
    }
}
