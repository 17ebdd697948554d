import Foundation
import StorylineCore

/// "Where sources disagree": numeric claims that count the same thing in the same context
/// with different values (1,500 vs 10,000 vs 12,000 troops), each with who asserted it and
/// where; and a denial set against the report it denies.
enum Disagreements {
    struct Claim {
        let claim: NumericClaim
        let source: SourceSentence
        var context: Set<String>
        let head: String
    }

    static let maxClaimsPerHead = 120
    static let maxDenialsExamined = 24

    static func build(_ model: StoryModel) -> [Disagreement] {
        numeric(model) + denials(model)
    }

    /// Numeric disagreements: claims grouped by the stem of what they count, linked when their
    /// sentences share context, kept when at least two values come from two different sources.
    static func numeric(_ model: StoryModel) -> [Disagreement] {
        var claims: [Claim] = []
        for d in model.primaryDocuments where model.kind(d) != .discussion {
            let byIndex = Dictionary(model.sentences[d].map { ($0.index, $0) }, uniquingKeysWith: { a, _ in a })
            for c in model.documents[d].analysis.claims {
                guard let s = byIndex[c.sentence], c.value.isFinite, c.value > 0 else { continue }
                let head = ContentWords.stems(c.counts).last ?? ""
                guard !head.isEmpty, !isYearLike(c) else { continue }
                var context = s.stems
                context.remove(head)
                context = context.filter { !($0.first?.isNumber ?? false) }
                claims.append(Claim(claim: c, source: s, context: context, head: head))
            }
        }
        var groups: [String: [Claim]] = [:]
        for c in claims { groups[c.head, default: []].append(c) }
        var out: [Disagreement] = []
        for head in groups.keys.sorted() {
            // Bounded work on huge stories: the first claims in document order suffice.
            let group = Array(groups[head]!.prefix(maxClaimsPerHead))
            for cluster in linkedClusters(group, model: model) {
                if let d = disagreement(cluster, model: model) { out.append(d) }
            }
        }
        return out
    }

    /// Single-link clusters of claims whose sentences are about the same thing.
    static func linkedClusters(_ claims: [Claim], model: StoryModel) -> [[Claim]] {
        var parent = Array(claims.indices)
        func find(_ x: Int) -> Int { parent[x] == x ? x : find(parent[x]) }
        for i in claims.indices {
            for j in claims.indices where j > i && compatible(claims[i], claims[j]) {
                let a = find(i), b = find(j)
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var byRoot: [Int: [Claim]] = [:]
        for i in claims.indices { byRoot[find(i), default: []].append(claims[i]) }
        return byRoot.keys.sorted().map { byRoot[$0]! }
    }

    static func compatible(_ a: Claim, _ b: Claim) -> Bool {
        let shared = a.context.intersection(b.context)
        let smaller = min(a.context.count, b.context.count)
        guard smaller > 0 else { return false }
        let sharedEntities = !Set(a.source.entities).isDisjoint(with: b.source.entities)
        return (sharedEntities && shared.count >= 1) || Double(shared.count) / Double(smaller) >= 0.3
            || shared.count >= 4
    }

    static func disagreement(_ cluster: [Claim], model: StoryModel) -> Disagreement? {
        // One claim per value and source, in a stable order.
        var seen = Set<String>()
        var kept: [Claim] = []
        let ordered = cluster.sorted {
            ($0.claim.value, model.documents[$0.source.doc].id, $0.source.index)
                < ($1.claim.value, model.documents[$1.source.doc].id, $1.source.index)
        }
        for c in ordered {
            let who = attribution(c, model: model)
            let key = "\(c.claim.value)|\(who.lowercased())"
            if seen.insert(key).inserted { kept.append(c) }
        }
        let values = Set(kept.map(\.claim.value))
        let sources = Set(kept.map { attribution($0, model: model).lowercased() + "|" + model.publisher($0.source.doc) })
        guard values.count >= 2, sources.count >= 2 else { return nil }
        let subject = subjectPhrase(kept)
        let cleaner = SentenceCleaner(model: model)
        let claims = kept.prefix(8).map { c in
            let text = cleaner.clean(c.source)?.text ?? c.source.text
            let sentence = BriefSentence(text: text, citations: (cleaner.clean(c.source)?.sources ?? [c.source]).map(model.citation))
            let value = [c.claim.qualifier, c.claim.valueText].compactMap { $0 }.joined(separator: " ")
            return ConflictingClaim(value: value, attributedTo: attribution(c, model: model), sentence: sentence)
        }
        return Disagreement(subject: subject, claims: claims)
    }

    /// Who asserts the number: the claim's own attribution, else the outlet that prints it.
    static func attribution(_ c: Claim, model: StoryModel) -> String {
        if let a = c.claim.attributedTo?.trimmingCharacters(in: .whitespacesAndNewlines), !a.isEmpty { return a }
        return model.publisher(c.source.doc)
    }

    /// "Number of troops": the most common written form of what is counted.
    static func subjectPhrase(_ claims: [Claim]) -> String {
        var counts: [String: Int] = [:]
        for c in claims { counts[c.claim.counts.lowercased(), default: 0] += 1 }
        let phrase = counts.keys.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }.first ?? claims[0].head
        return "Number of \(phrase)"
    }

    /// Four-digit values that count nothing but years ("in 2024").
    static func isYearLike(_ c: NumericClaim) -> Bool {
        let digits = c.valueText.filter(\.isNumber)
        return digits.count == 4 && !c.valueText.contains(",") && (1800...2100).contains(Int(c.value))
            && ["year", "years", ""].contains(c.counts.lowercased())
    }

    // MARK: Denials

    /// The person or organization named first in the sentence (the one doing the denying).
    static func actor(in s: SourceSentence, model: StoryModel) -> String? {
        var best: (Int, String)?
        for e in s.entities {
            let entity = model.entities[e]
            guard entity.type == .person || entity.type == .organization || entity.type == .group else { continue }
            for form in [entity.name] + entity.aliases {
                guard let r = s.text.range(of: form) else { continue }
                let offset = s.text.distance(from: s.text.startIndex, to: r.lowerBound)
                if best == nil || offset < best!.0 { best = (offset, entity.name) }
            }
        }
        return best?.1
    }

    static let denialStems = ContentWords.stemSet("deny denied denies denial dismissed rejected refuted false baseless untrue")

    /// A sentence that denies something (an actor "denied" / "rejected" it) set against the
    /// report it answers: a sentence of another document that shares its main content words.
    static func denials(_ model: StoryModel) -> [Disagreement] {
        var out: [Disagreement] = []
        var usedReports = Set<String>()
        var examined = 0
        for d in model.primaryDocuments where model.kind(d) != .discussion {
            for s in model.sentences[d] where s.isProse && !s.stems.isDisjoint(with: denialStems) {
                examined += 1
                if examined > maxDenialsExamined { return out }
                let content = s.stems.subtracting(denialStems).subtracting(ContentWords.stemSet("said say told"))
                guard content.count >= 3 else { continue }
                var best: (Double, SourceSentence)?
                for other in model.primaryDocuments where other != d && model.kind(other) != .discussion {
                    for r in model.sentences[other] where r.isProse && r.stems.isDisjoint(with: denialStems) {
                        let shared = Double(content.intersection(r.stems).count)
                        let overlap = shared / Double(min(content.count, max(1, r.stems.count)))
                        guard shared >= 3, overlap >= 0.4, !usedReports.contains(SelectionState.key(r)) else { continue }
                        if best == nil || overlap > best!.0 { best = (overlap, r) }
                    }
                }
                guard let (_, report) = best else { continue }
                usedReports.insert(SelectionState.key(report))
                let denier = model.documents[d].analysis.quotes.first { $0.sentence == s.index }?.speaker
                    ?? actor(in: s, model: model) ?? model.publisher(d)
                let reporter = model.publisher(report.doc)
                let topic = report.entities.first.map { "Reports about \(model.entities[$0].name)" } ?? "A disputed report"
                out.append(
                    Disagreement(
                        subject: topic,
                        claims: [
                            ConflictingClaim(
                                value: "reported", attributedTo: reporter,
                                sentence: BriefSentence(text: report.text, citations: [model.citation(report)])),
                            ConflictingClaim(
                                value: "denied", attributedTo: denier,
                                sentence: BriefSentence(text: s.text, citations: [model.citation(s)])),
                        ]))
                if out.count >= 2 { return out }
            }
        }
        return out
    }
}
