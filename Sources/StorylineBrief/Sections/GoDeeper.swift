import StorylineCore

/// "Go deeper": the questions a reader asks next, each asked only when the brief's sources
/// answer it, and tied to the sentences that do. Questions come from templates over what the
/// story holds: disputed numbers, denials, quoted people, explanation, what comes next,
/// background, reaction and the role of a main actor.
enum GoDeeper {
    static let maximum = 5

    struct Context {
        let model: StoryModel
        let mainEntities: [Int]
        let behind: [BriefSentence]
        let papers: [OutletCoverage]
        let disagreements: [Disagreement]
        let timeline: [TimelineEntry]
        let earliestPublished: String?
    }

    static func build(_ c: Context) -> [FollowUpQuestion] {
        var out: [FollowUpQuestion] = []
        func add(_ question: String, _ citations: [Citation]) {
            var seen = Set<String>()
            let unique = citations.filter { seen.insert($0.document + "\u{1}" + $0.quote).inserted }
            guard !unique.isEmpty, out.count < maximum, !out.contains(where: { $0.question == question }) else { return }
            out.append(FollowUpQuestion(question: question, citations: Array(unique.prefix(4))))
        }
        for d in c.disagreements.prefix(2) {
            let cites = d.claims.compactMap(\.sentence.citations.first)
            if d.claims.contains(where: { $0.value == "denied" }) {
                add("Who disputes the reports, and what exactly do they deny?", cites)
            } else {
                add(figureQuestion(d.subject), cites)
            }
        }
        if !c.behind.isEmpty { add("Why does this matter?", c.behind.prefix(3).compactMap(\.citations.first)) }
        if let (name, cites) = quotedPerson(c) { add("What has \(name) said?", cites) }
        let next = sentences(c.model, stems: futureStems, limit: 2, words: ["will", "next"])
        if !next.isEmpty { add("What happens next?", next) }
        if let earliest = c.earliestPublished {
            let background = c.timeline.filter { $0.date < earliest }
            if background.count >= 1 { add("What led up to this?", background.prefix(3).compactMap(\.sentence.citations.first)) }
        }
        let reaction = c.papers.filter { $0.kind == .discussion }.flatMap(\.sentences).compactMap(\.citations.first)
            + sentences(c.model, stems: reactionStems, limit: 2, words: [])
        if !reaction.isEmpty { add("How have people reacted?", reaction) }
        for e in c.mainEntities.prefix(3) {
            let entity = c.model.entities[e]
            guard entity.type != .person else { continue }
            let cites = subjectSentences(c.model, entity: entity)
            if !cites.isEmpty { add("What is \(entity.name)'s role in this?", cites) }
        }
        return out
    }

    /// The question a disputed figure raises, worded for its subject.
    static func figureQuestion(_ subject: String) -> String {
        switch subject {
        case "Death toll": return "How many people died, and who says so?"
        case "Number missing": return "How many people are missing, and who says so?"
        case "Number injured": return "How many people were hurt, and who says so?"
        case "Number rescued": return "How many people were rescued, and who says so?"
        case "Number on board": return "How many people were on board, and who says so?"
        case "Number evacuated": return "How many people had to leave their homes, and who says so?"
        case "Number arrested": return "How many people were arrested, and who says so?"
        default:
            if subject.hasPrefix("Number of ") { return "How many \(subject.dropFirst(10)) are involved, and who says so?" }
            return "What is the right figure for \(subject.prefix(1).lowercased() + subject.dropFirst()), and who says so?"
        }
    }

    static let futureStems = ContentWords.stemSet("expected plans planned scheduled upcoming next later soon")
    static let reactionStems = ContentWords.stemSet("condemned welcomed praised criticised criticized protested reacted outcry backlash")

    /// Prose sentences of primary, non-discussion documents holding any of `stems` or `words`.
    static func sentences(_ model: StoryModel, stems: Set<String>, limit: Int, words: Set<String>) -> [Citation] {
        var found: [(Double, SourceSentence)] = []
        let needles = words.map { Array(" \($0) ".utf8) }
        for d in model.primaryDocuments where model.kind(d) != .discussion {
            for s in model.sentences[d] where s.isProse {
                var hit = StemSets.shares(s.stems, stems)
                if !hit && !needles.isEmpty {
                    var text = s.text
                    hit = text.withUTF8 { b in needles.contains { ByteSearch.contains(b, $0) } }
                }
                if hit { found.append((model.centrality(s), s)) }
            }
        }
        found.sort { ($0.0, $1.1.doc, $1.1.index) > ($1.0, $0.1.doc, $0.1.index) }
        return found.prefix(limit).map { model.citation($0.1) }
    }

    /// The main person with the most direct quotes, and the sentences holding them.
    static func quotedPerson(_ c: Context) -> (String, [Citation])? {
        for e in c.mainEntities where c.model.entities[e].type == .person {
            let entity = c.model.entities[e]
            let names = Set([entity.name] + entity.aliases)
            var cites: [Citation] = []
            for d in c.model.primaryDocuments where c.model.kind(d) != .discussion {
                for q in c.model.documents[d].analysis.quotes where q.direct {
                    guard let speaker = q.speaker, names.contains(speaker), let s = c.model.sentence(d, index: q.sentence) else { continue }
                    cites.append(c.model.citation(s))
                }
            }
            if !cites.isEmpty { return (entity.name, Array(cites.prefix(3))) }
        }
        return nil
    }

    /// Sentences that open with the entity's name or an alias: they say what it did.
    static func subjectSentences(_ model: StoryModel, entity: StoryEntity) -> [Citation] {
        let forms = ([entity.name] + entity.aliases).filter { $0.count >= 3 }
        var out: [Citation] = []
        for d in model.primaryDocuments where model.kind(d) != .discussion {
            for s in model.sentences[d] where s.isProse {
                let opening = s.text.hasPrefix("The ") ? String(s.text.dropFirst(4)) : s.text
                if forms.contains(where: { opening.hasPrefix($0 + " ") || opening.hasPrefix($0 + "'") }) {
                    out.append(model.citation(s))
                    if out.count >= 2 { return out }
                }
            }
        }
        return out
    }
}
