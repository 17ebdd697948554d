import StorylineCore

/// Merges the surface forms of names into entities, by general rules rather than lists:
/// 1. same letters once case, diacritics, hyphens, spaces, periods and titles are folded
///    ("Kim Jong-un" = "Kim Jong Un" = "Mr Kim Jong Un"; "Choe Son-hui" = "Choe Son Hui");
/// 2. transliteration variants: long names one edit apart ("Zelensky" = "Zelenskyy");
/// 3. a person's partial name (surname or family name, any title stripped: "Kim", "Mr Kim",
///    "Zelenskyy") joins the one full name it fits, when it fits only one;
/// 4. an acronym joins the name whose initials it spells ("NIS" = "National Intelligence Service");
/// 5. a capital standing for its government ("Pyongyang said") joins its country when the
///    country is mentioned too (the recognizer marks those forms).
public enum EntityResolver {
    /// One surface form with what is known about its uses.
    public struct Form: Sendable, Hashable {
        public var surface: String
        public var type: EntityType
        public var count: Int
        public var sentences: [Int]
        /// For a capital used as its government: the country it stands for.
        public var standsFor: String?
        /// Order of first appearance (smaller is earlier).
        public var firstSeen: Int

        public init(
            surface: String, type: EntityType, count: Int = 1, sentences: [Int] = [], standsFor: String? = nil,
            firstSeen: Int = 0
        ) {
            self.surface = surface
            self.type = type
            self.count = count
            self.sentences = sentences
            self.standsFor = standsFor
            self.firstSeen = firstSeen
        }
    }

    /// Clusters forms into entities; `cluster[i]` is the entity index of `forms[i]`.
    /// Forms with the same `linked` value (when given) are known to be one entity already.
    public static func resolve(_ forms: [Form], linked: [Int]? = nil) -> (entities: [Entity], cluster: [Int]) {
        let n = forms.count
        var parent = Array(0..<n)
        func find(_ i: Int) -> Int {
            var i = i
            while parent[i] != i {
                parent[i] = parent[parent[i]]
                i = parent[i]
            }
            return i
        }
        func union(_ a: Int, _ b: Int) {
            let ra = find(a)
            let rb = find(b)
            if ra != rb { parent[max(ra, rb)] = min(ra, rb) }
        }
        if let linked {
            var firstOf: [Int: Int] = [:]
            for i in 0..<n {
                if let j = firstOf[linked[i]] { union(i, j) } else { firstOf[linked[i]] = i }
            }
        }
        let tokens = forms.map { NameNormalizer.tokens($0.surface) }
        let compact = tokens.map { $0.joined() }

        // 1. Same folded letters.
        var byKey: [String: Int] = [:]
        for i in 0..<n where !compact[i].isEmpty && forms[i].standsFor == nil {
            let key = "\(compatibilityClass(forms[i].type))|\(compact[i])"
            if let j = byKey[key] { union(i, j) } else { byKey[key] = i }
        }
        // 2. Transliteration variants of long names (same type class, first letter and word count;
        //    compared only within such buckets, so the work stays near-linear).
        var buckets: [String: [Int]] = [:]
        for i in byKey.values where compact[i].count >= 6 {
            let bucket = "\(compatibilityClass(forms[i].type))|\(compact[i].first!)|\(tokens[i].count)"
            buckets[bucket, default: []].append(i)
        }
        for (_, members) in buckets.sorted(by: { $0.key < $1.key }) {
            let sorted = members.sorted { compact[$0] < compact[$1] }
            for a in 0..<sorted.count {
                for b in (a + 1)..<min(sorted.count, a + 200) {
                    let x = compact[sorted[a]]
                    let y = compact[sorted[b]]
                    let limit = min(x.count, y.count) >= 12 ? 2 : 1
                    if NameNormalizer.editDistance(x, y, limit: limit) <= limit { union(sorted[a], sorted[b]) }
                }
            }
        }
        // 3. Partial person names join the one full name they fit. Full names are indexed by the
        //    first letter of each of their words.
        let personLike = forms.map { $0.type == .person }
        var fullByInitial: [Character: [Int]] = [:]
        for j in 0..<n where personLike[j] && tokens[j].count >= 2 {
            for c in Set(tokens[j].compactMap(\.first)) {
                fullByInitial[c, default: []].append(j)
            }
        }
        for i in 0..<n where personLike[i] && forms[i].standsFor == nil {
            let short = tokens[i]
            guard !short.isEmpty, let initial = short[0].first else { continue }
            var targets = Set<Int>()
            for j in fullByInitial[initial] ?? [] where j != i && tokens[j].count > short.count {
                if fits(short, in: tokens[j]) { targets.insert(find(j)) }
                if targets.count > 1 { break }
            }
            if targets.count == 1, let t = targets.first { union(i, t) }
        }
        // 4. Acronyms: full names indexed by their initials.
        var byInitials: [String: [Int]] = [:]
        for j in 0..<n where tokens[j].count >= 2 && forms[j].type != .person {
            let initials = String(tokens[j].filter { !acronymSkips.contains($0) }.compactMap(\.first))
            byInitials[initials, default: []].append(j)
        }
        for i in 0..<n {
            let s = forms[i].surface
            guard s.count >= 2, s.count <= 6, s.unicodeScalars.allSatisfy({ ScalarClass.isUppercase($0) || $0 == "." })
            else { continue }
            let letters = s.lowercased().filter { $0 != "." }
            let targets = Set((byInitials[letters] ?? []).filter { $0 != i }.map(find))
            if targets.count == 1, let t = targets.first { union(i, t) }
        }
        // 5. Capitals standing for their governments.
        var plainByCompact: [String: Int] = [:]
        for j in 0..<n where forms[j].standsFor == nil && plainByCompact[compact[j]] == nil { plainByCompact[compact[j]] = j }
        for i in 0..<n {
            guard let country = forms[i].standsFor else { continue }
            let key = NameNormalizer.tokens(country).joined()
            if let j = plainByCompact[key] {
                union(i, j)
            } else if let j = plainByCompact[compact[i]] {
                union(i, j)  // country not mentioned: it stays the place it names
            }
        }

        // Build entities in order of first appearance.
        var members: [Int: [Int]] = [:]
        for i in 0..<n { members[find(i), default: []].append(i) }
        let roots = members.keys.sorted {
            (members[$0]!.map { forms[$0].firstSeen }.min() ?? 0) < (members[$1]!.map { forms[$0].firstSeen }.min() ?? 0)
        }
        var entities: [Entity] = []
        var cluster = [Int](repeating: 0, count: n)
        for root in roots {
            let m = members[root]!
            // Type: most mentions win; ties go to the earlier type in EntityType order.
            var votes: [EntityType: Int] = [:]
            for i in m where forms[i].standsFor == nil { votes[forms[i].type, default: 0] += forms[i].count }
            if votes.isEmpty { for i in m { votes[forms[i].type, default: 0] += forms[i].count } }
            let order = EntityType.allCases
            let type = votes.max {
                $0.value != $1.value
                    ? $0.value < $1.value : order.firstIndex(of: $0.key)! > order.firstIndex(of: $1.key)!
            }!.key
            // Canonical: the fullest form (most name tokens), then the most used, then the first seen.
            let best = m.filter { forms[$0].standsFor == nil }.min { a, b in
                if tokens[a].count != tokens[b].count { return tokens[a].count > tokens[b].count }
                if forms[a].count != forms[b].count { return forms[a].count > forms[b].count }
                return forms[a].firstSeen < forms[b].firstSeen
            } ?? m[0]
            let name = NameNormalizer.strippingTitles(forms[best].surface)
            var aliases: [String] = []
            var seen: Set<String> = [name]
            for i in m.sorted(by: { forms[$0].firstSeen < forms[$1].firstSeen }) where !seen.contains(forms[i].surface) {
                seen.insert(forms[i].surface)
                aliases.append(forms[i].surface)
            }
            let sentences = Array(Set(m.flatMap { forms[$0].sentences })).sorted()
            for i in m { cluster[i] = entities.count }
            entities.append(
                Entity(
                    name: name, type: type, aliases: aliases, mentions: m.reduce(0) { $0 + forms[$1].count },
                    sentences: sentences))
        }
        return (entities, cluster)
    }

    /// Story level: merges the entities of several documents by the same rules. Sentence
    /// indices are per document, so the merged entities carry none; `sources` says which
    /// document entities each merged entity came from.
    public static func merge(_ analyses: [EntityAnalysis]) -> [Entity] {
        mergeWithSources(analyses).map(\.entity)
    }

    /// A story-level entity and the `(document, entity)` indices it merges.
    public struct StoryEntity: Sendable, Hashable {
        public var entity: Entity
        public var sources: [DocumentEntityRef]
    }

    public struct DocumentEntityRef: Sendable, Hashable {
        public var document: Int
        public var entity: Int

        public init(document: Int, entity: Int) {
            self.document = document
            self.entity = entity
        }
    }

    public static func mergeWithSources(_ analyses: [EntityAnalysis]) -> [StoryEntity] {
        var forms: [Form] = []
        var owner: [DocumentEntityRef] = []
        var linked: [Int] = []
        for (d, analysis) in analyses.enumerated() {
            for (e, entity) in analysis.entities.enumerated() {
                let ref = DocumentEntityRef(document: d, entity: e)
                // The canonical name carries the entity's mentions; aliases only link variants.
                for (k, surface) in ([entity.name] + entity.aliases).enumerated() {
                    forms.append(
                        Form(surface: surface, type: entity.type, count: k == 0 ? entity.mentions : 0, firstSeen: forms.count))
                    owner.append(ref)
                    linked.append(owner.count == 1 ? 0 : (owner[owner.count - 2] == ref ? linked.last! : linked.last! + 1))
                }
            }
        }
        let (entities, cluster) = resolve(forms, linked: linked)
        var out = entities.map { StoryEntity(entity: $0, sources: []) }
        for (i, ref) in owner.enumerated() where !out[cluster[i]].sources.contains(ref) {
            out[cluster[i]].sources.append(ref)
        }
        return out
    }

    /// Persons, organizations and places may be confused by the tagger; groups and other names not.
    static func compatibilityClass(_ t: EntityType) -> Int {
        switch t {
        case .person, .organization, .location: return 0
        case .group: return 1
        case .misc: return 2
        }
    }

    static let acronymSkips: Set<String> = ["of", "the", "and", "for", "de", "du", "la", "le", "des", "del"]

    /// Whether a short name is the family name, surname or a leading part of a full name.
    static func fits(_ short: [String], in full: [String]) -> Bool {
        guard short.count < full.count else { return false }
        // Suffix: "Zelenskyy" in "Volodymyr Zelensky".
        let tail = Array(full.suffix(short.count))
        if zip(short, tail).allSatisfy({ NameNormalizer.sameToken($0, $1) }) { return true }
        // Prefix: "Kim" in "Kim Jong Un" (family name first).
        let head = Array(full.prefix(short.count))
        return zip(short, head).allSatisfy { NameNormalizer.sameToken($0, $1) }
    }
}
