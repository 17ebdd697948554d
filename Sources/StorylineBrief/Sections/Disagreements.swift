import Foundation
import StorylineCore

/// "Where sources disagree": numeric claims that count the same thing with different values
/// (1,500 vs 10,000 vs 12,000 troops), each with who asserted it and where; and a denial set
/// against the report it denies. Claims are paired only when they measure the same quantity
/// (see `ClaimMeasure`): "up to three metres" of waves and "about 24 metres" of water are not
/// a disagreement, nor are 40 dead and 96 rescued. Each disagreement says why its claims
/// were paired (`basis`).
enum Disagreements {
    struct Claim {
        let claim: NumericClaim
        let source: SourceSentence
        var context: Set<String>
        let measure: ClaimMeasure
    }

    static let maxClaimsPerHead = 120
    static let maxDenialsExamined = 24
    static let maxDisagreements = 4

    static func build(_ model: StoryModel) -> [Disagreement] {
        numeric(model) + denials(model)
    }

    /// Numeric disagreements: claims grouped by the quantity they measure, linked when their
    /// sentences share context, kept when two different values come from two different
    /// sources; the ones with the most sources first.
    static func numeric(_ model: StoryModel) -> [Disagreement] {
        var claims: [Claim] = []
        for d in model.primaryDocuments where model.kind(d) != .discussion {
            for c in model.documents[d].analysis.claims {
                guard let s = model.sentence(d, index: c.sentence), c.value.isFinite, c.value > 0, !isYearLike(c),
                    !ClaimMeasure.isIncrement(c, in: s.text), let measure = ClaimMeasure(c, in: s.text)
                else { continue }
                var context = s.stems
                context.remove(measure.head)
                context = context.filter { !($0.first?.isNumber ?? false) && !ClaimMeasure.numberWords.contains($0) }
                claims.append(Claim(claim: c, source: s, context: context, measure: measure))
            }
        }
        var groups: [String: [Claim]] = [:]
        for c in claims { groups[c.measure.key, default: []].append(c) }
        var found: [(rank: (Int, Int), disagreement: Disagreement)] = []
        for key in groups.keys.sorted() {
            // Bounded work on huge stories: the first claims in document order suffice.
            let group = Array(groups[key]!.prefix(maxClaimsPerHead))
            for cluster in linkedClusters(group, model: model) {
                if let d = disagreement(cluster, model: model) { found.append(d) }
            }
        }
        // Stable: sorted by rank, then by the order found (keys sorted).
        let ranked = found.enumerated().sorted {
            ($0.element.rank.0, $0.element.rank.1, -$0.offset) > ($1.element.rank.0, $1.element.rank.1, -$1.offset)
        }
        return ranked.prefix(maxDisagreements).map(\.element.disagreement)
    }

    /// Single-link clusters of claims whose sentences are about the same thing.
    static func linkedClusters(_ claims: [Claim], model: StoryModel) -> [[Claim]] {
        var parent = Array(claims.indices)
        func find(_ x: Int) -> Int { parent[x] == x ? x : find(parent[x]) }
        // Each claim's context as sorted stem numbers, so pairs are compared without hashing.
        var number: [String: Int] = [:]
        let contexts = claims.map { c in
            c.context.map { w in
                if let k = number[w] { return k }
                number[w] = number.count
                return number.count - 1
            }.sorted()
        }
        for i in claims.indices {
            for j in claims.indices where j > i && compatible(claims[i], claims[j], contexts[i], contexts[j]) {
                let a = find(i), b = find(j)
                if a != b { parent[max(a, b)] = min(a, b) }
            }
        }
        var byRoot: [Int: [Claim]] = [:]
        for i in claims.indices { byRoot[find(i), default: []].append(claims[i]) }
        return byRoot.keys.sorted().map { byRoot[$0]! }
    }

    /// Same quantity (already grouped by key), same measured thing for units, and sentences
    /// that share what they are about.
    /// (The claims' contexts come as sorted arrays of distinct stem numbers.)
    static func compatible(_ a: Claim, _ b: Claim, _ contextA: [Int], _ contextB: [Int]) -> Bool {
        guard a.measure.isCompatible(with: b.measure) else { return false }
        let smaller = min(contextA.count, contextB.count)
        guard smaller > 0 else { return false }
        var shared = 0
        var x = 0
        var y = 0
        while x < contextA.count && y < contextB.count {
            if contextA[x] == contextB[y] {
                shared += 1
                x += 1
                y += 1
            } else if contextA[x] < contextB[y] {
                x += 1
            } else {
                y += 1
            }
        }
        let sharedEntities = a.source.entities.contains(where: b.source.entities.contains)
        let ratio = Double(shared) / Double(smaller)
        return (sharedEntities && (shared >= 2 || ratio >= 0.2)) || ratio >= 0.3 || shared >= 4
    }

    static func disagreement(_ cluster: [Claim], model: StoryModel) -> (rank: (Int, Int), disagreement: Disagreement)? {
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
        // A true conflict: two different values from two different outlets, or from two
        // different named sources (one outlet reporting that officials and rescuers differ).
        let outlets = Set(kept.map { model.publisher($0.source.doc) })
        let values = Set(kept.map(\.claim.value))
        func named(_ c: Claim) -> String? {
            c.claim.attributedTo.map { Trimmed.whitespace($0).lowercased() }.flatMap { $0.isEmpty ? nil : $0 }
        }
        var conflict = false
        outer: for a in kept {
            for b in kept where a.claim.value != b.claim.value {
                let otherOutlet = model.publisher(a.source.doc) != model.publisher(b.source.doc)
                // Two named sources in one outlet count only from two sentences: one sentence
                // holding two figures ("received 52 bodies … could reach 70") is not a dispute.
                let otherSource = named(a) != nil && named(b) != nil && named(a) != named(b)
                    && (a.source.doc != b.source.doc || a.source.index != b.source.index)
                if otherOutlet || otherSource {
                    conflict = true
                    break outer
                }
            }
        }
        guard conflict else { return nil }
        // Keep the claims readable: one per value and source, at most eight.
        var perSourceValue = Set<String>()
        kept = kept.filter {
            perSourceValue.insert("\($0.claim.value)|\(model.publisher($0.source.doc))|\(named($0) ?? "")").inserted
        }
        let cleaner = SentenceCleaner(model: model)
        let claims = kept.prefix(8).map { c in
            let clean = cleaner.clean(c.source)
            let sentence = BriefSentence(
                text: clean?.text ?? c.source.text, citations: (clean?.sources ?? [c.source]).map(model.citation))
            return ConflictingClaim(value: c.claim.displayValue, attributedTo: attribution(c, model: model), sentence: sentence)
        }
        var result = Disagreement(subject: subjectPhrase(kept), claims: Array(claims))
        result.basis = basis(kept, model: model)
        return ((outlets.count, values.count), result)
    }

    /// Why these claims were set side by side, in words.
    static func basis(_ claims: [Claim], model: StoryModel) -> String {
        var shared = claims[0].context
        for c in claims.dropFirst() { shared.formIntersection(c.context) }
        var entityCounts: [Int: Int] = [:]
        for c in claims { for e in Set(c.source.entities) { entityCounts[e, default: 0] += 1 } }
        let commonEntities = entityCounts.filter { $0.value >= 2 }.keys.sorted {
            (entityCounts[$0]!, $1) > (entityCounts[$1]!, $0)
        }.prefix(3).map { model.entities[$0].name }
        let outlets = Set(claims.map { model.publisher($0.source.doc) }).count
        var text = "Each claim \(claims[0].measure.description)"
        if !commonEntities.isEmpty {
            text += "; the sentences concern " + commonEntities.joined(separator: ", ")
        } else if !shared.isEmpty {
            text += "; the sentences share the words " + shared.sorted().prefix(4).joined(separator: ", ")
        }
        text += "; \(Set(claims.map(\.claim.value)).count) different values from \(outlets) outlet\(outlets == 1 ? "" : "s")."
        return text
    }

    /// Who asserts the number: the claim's own attribution, else the outlet that prints it.
    static func attribution(_ c: Claim, model: StoryModel) -> String {
        if let a = c.claim.attributedTo.map(Trimmed.whitespaceAndNewlines), !a.isEmpty { return a }
        return model.publisher(c.source.doc)
    }

    /// "Number of troops", "Death toll", "Waves (metres)": what the claims measure.
    static func subjectPhrase(_ claims: [Claim]) -> String {
        if let label = claims[0].measure.label { return label }
        var counts: [String: Int] = [:]
        for c in claims { counts[c.claim.counts.lowercased(), default: 0] += 1 }
        let phrase = counts.keys.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }.first ?? claims[0].measure.key
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
                guard let r = TextSearch.range(of: form, in: s.text) else { continue }
                let offset = s.text.distance(from: s.text.startIndex, to: r.lowerBound)
                if best == nil || offset < best!.0 { best = (offset, entity.name) }
            }
        }
        return best?.1
    }

    static let denialStems = ContentWords.stemSet("deny denied denies denial dismissed rejected refuted false baseless untrue")
    static let retractionStems = ContentWords.stemSet("acknowledged acknowledging admitted admitting conceded")
    static let sayingStems = ContentWords.stemSet("said say told")

    /// Stems found in at least three documents and in more than half of the story's: what the
    /// whole story is about, which no pair of sentences can be matched on alone. (Any stem a
    /// pair shares is in two documents already, so two never makes a stem story-wide.)
    static func storyWideStems(_ model: StoryModel) -> Set<String> {
        let docs = model.primaryDocuments
        guard docs.count >= 3 else { return [] }
        // The model's document frequencies count exactly the primary documents holding a stem.
        return Set(model.documentFrequency.filter { $0.value >= 3 && $0.value * 2 > docs.count }.keys)
    }

    /// A sentence that denies something (an actor "denied" / "rejected" it) set against the
    /// report it answers: a sentence of another document that shares its main content words.
    static func denials(_ model: StoryModel) -> [Disagreement] {
        var out: [Disagreement] = []
        var usedReports = Set<SentenceKey>()
        var examined = 0
        // Only needed once a denial turns up, which most stories never hold.
        var common: Set<String>?
        for d in model.primaryDocuments where model.kind(d) != .discussion {
            for s in model.sentences[d] where s.isProse && !s.stems.isDisjoint(with: denialStems) {
                examined += 1
                if examined > maxDenialsExamined { return out }
                // "denied and later acknowledged" tells of a denial taken back, not one that stands.
                guard s.stems.isDisjoint(with: retractionStems) else { continue }
                let content = s.stems.subtracting(denialStems).subtracting(sayingStems)
                guard content.count >= 3 else { continue }
                let storyWide = common ?? storyWideStems(model)
                common = storyWide
                var best: (Double, SourceSentence)?
                for other in model.primaryDocuments where other != d && model.kind(other) != .discussion {
                    for r in model.sentences[other] where r.isProse && r.stems.isDisjoint(with: denialStems) {
                        let shared = Double(StemSets.sharedCount(content, r.stems))
                        let overlap = shared / Double(min(content.count, max(1, r.stems.count)))
                        guard shared >= 3, overlap >= 0.4 else { continue }
                        // Sharing only what the whole story is about ("North Korea", "Russia") does
                        // not make one sentence the answer to another: two specific words must meet.
                        let specific = content.reduce(0) { $0 + (r.stems.contains($1) && !storyWide.contains($1) ? 1 : 0) }
                        guard specific >= 2, !usedReports.contains(SelectionState.key(r)) else { continue }
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
