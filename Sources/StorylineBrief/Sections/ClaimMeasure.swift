import StorylineCore

/// What a numeric claim measures, normalized so that claims about the same quantity meet and
/// claims about different quantities do not:
/// - a counted event ("40 dead", "55 people died", "the toll rose to 70") becomes a concept
///   (deaths, missing, injured, rescued, on board, troops …), found from the counted noun or,
///   for a generic noun like "people" or "passengers", from the nearest event word around it;
/// - a unit ("three metres", "24 metres", "5 percent") keeps the thing it measures, the
///   content words next to the number ("waves", "water"); two unit claims pair only when those
///   overlap;
/// - any other counted noun stands for itself ("ferries", "votes").
struct ClaimMeasure: Sendable {
    /// Claims with the same key may be set side by side.
    let key: String
    /// Stem of the counted noun ("soldier" in "North Korean soldiers"): left out of the sentence
    /// context when comparing sentences, since every claim of the group shares it. Its
    /// modifiers stay in the context: "North Korean" is what ties 10,000 soldiers to 12,000 troops.
    let head: String
    /// For units: stems of the words next to the number, the thing being measured.
    let measured: Set<String>
    let isUnit: Bool
    /// A subject line for the disagreement, when the concept has one.
    let label: String?
    /// "counts deaths", "measures waves in metres".
    let description: String

    struct Concept {
        let name: String
        let label: String
        let description: String
        let stems: Set<String>
    }

    /// Event concepts, nearest-first priority when several words appear.
    static let concepts: [Concept] = [
        Concept(
            name: "deaths", label: "Death toll", description: "counts deaths",
            stems: ContentWords.stemSet(
                "dead death deaths died die dies dying killed kill kills killing fatalities fatality bodies toll "
                    + "drowned perished")),
        Concept(
            name: "missing", label: "Number missing", description: "counts people missing",
            stems: ContentWords.stemSet("missing unaccounted disappeared")),
        Concept(
            name: "injured", label: "Number injured", description: "counts people injured",
            stems: ContentWords.stemSet("injured injuries injury wounded hurt hospitalised hospitalized")),
        Concept(
            name: "rescued", label: "Number rescued", description: "counts survivors or people rescued",
            stems: ContentWords.stemSet("survivors survivor survived rescued rescue saved alive")),
        Concept(
            name: "capacity", label: "Capacity", description: "counts what was licensed or allowed",
            stems: ContentWords.stemSet("licence license licensed capacity permitted allowed")),
        Concept(
            name: "aboard", label: "Number on board", description: "counts people on board",
            stems: ContentWords.stemSet("aboard board onboard carrying")),
        Concept(
            name: "evacuated", label: "Number evacuated", description: "counts people evacuated or displaced",
            stems: ContentWords.stemSet("evacuated evacuees evacuation displaced homeless")),
        Concept(
            name: "arrested", label: "Number arrested", description: "counts arrests",
            stems: ContentWords.stemSet("arrested arrests arrest detained detentions")),
        Concept(
            name: "troops", label: "Number of troops", description: "counts troops",
            stems: ContentWords.stemSet("troops troop soldiers soldier personnel servicemen")),
    ]

    /// Nouns that count people without saying what happened to them.
    static let genericPeople = ContentWords.stemSet(
        "people persons person individuals passengers residents civilians men women children adults victims others")

    static let units = ContentWords.stemSet(
        "metres metre meters meter m km kilometres kilometre kilometers kilometer miles mile feet foot ft inches inch "
            + "cm mm percent per cent tonnes tonne tons ton kg kilograms kilogram degrees degree knots knot kph mph "
            + "hectares hectare acres acre litres litre liters liter gallons gallon barrels barrel megawatts mw gw "
            + "dollars dollar euros euro pounds crowns crown yuan yen rupees rubles roubles usd eur gbp hours minutes "
            + "seconds")

    static let numberWords = ContentWords.stemSet(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
            + "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds "
            + "thousand thousands million millions billion billions dozen dozens half")

    /// Verbs of saying around a figure ("…, officials said").
    static let saying = ContentWords.stemSet("said say says saying told according reported reports added")

    /// Hedges and glue that say nothing about what is measured.
    static let hedges = ContentWords.stemSet(
        "least nearly around almost approximately roughly estimated estimate some just over under less fewer "
            + "total totalling reached rose risen fell climbed stood stands figure number put")

    init?(_ claim: NumericClaim, in sentence: String) {
        let counted = ContentWords.stems(claim.counts).filter { !Self.numberWords.contains($0) }
        let currency = !claim.counts.isEmpty && claim.counts.unicodeScalars.allSatisfy { !$0.properties.isAlphabetic }
        // A unit first is what the number is in, whatever follows it: "64 kilometres north" is in
        // kilometres (and never beside "40 miles north"), not a count of "north".
        let leadingUnit = counted.first.flatMap { Self.units.contains($0) ? $0 : nil }
        guard let head = leadingUnit ?? counted.last ?? (currency ? claim.counts : nil) else { return nil }
        let headSet = Set(counted)
        self.head = head
        let window = Self.window(around: claim.valueText, counts: claim.counts, in: sentence)
        if currency || Self.units.contains(head) {
            let unit =
                currency
                ? claim.counts
                : leadingUnit != nil
                    ? String(claim.counts.split(separator: " ").first ?? "").lowercased() : claim.counts.lowercased()
            // Who said it and the verb of saying are not what is measured ("$1 million, authorities said").
            let source = ContentWords.stems(claim.attributedTo ?? "")
            // The thing measured is a word right next to the number: two words each side at most.
            let near = window.prefix(2).filter {
                !Self.units.contains($0.stem) && !Self.hedges.contains($0.stem) && !headSet.contains($0.stem)
                    && !source.contains($0.stem) && !Self.saying.contains($0.stem)
            }
            guard !near.isEmpty else { return nil }  // a measure of nothing named cannot be compared
            key = "unit:" + (currency ? "currency" : head)
            measured = Set(near.map(\.stem))
            isUnit = true
            // Named after the word before the number when there is one ("waves of up to three metres").
            let noun = (near.count > 1 ? near[1] : near[0]).word
            label = noun.prefix(1).uppercased() + noun.dropFirst() + " (\(unit))"
            description = "measures \(noun) in \(unit)"
            return
        }
        measured = []
        isUnit = false
        var key: String
        var label: String?
        var description: String
        if let concept = Self.concepts.first(where: { $0.stems.contains(head) }) {
            key = "concept:" + concept.name
            label = concept.label
            description = concept.description
        } else if Self.genericPeople.contains(head),
            let concept = window.lazy.compactMap({ w in Self.concepts.first { $0.stems.contains(w.stem) } }).first
        {
            key = "concept:" + concept.name
            label = concept.label
            description = concept.description
        } else {
            key = "count:" + head
            label = nil
            description = "counts \(claim.counts.lowercased())"
        }
        // "hundreds of soldiers a day" is a rate: it is set beside other rates, not beside totals.
        if let period = Self.ratePeriod(of: claim, in: sentence) {
            key += ":per-" + period
            label = label.map { "\($0) per \(period)" }
            description += " per \(period)"
        }
        self.key = key
        self.label = label
        self.description = description
    }

    /// Words after the counted noun that make a count a rate ("a day", "per week", "each month").
    static let ratePeriods: Set<String> = ["day", "week", "month", "year", "hour", "night"]
    static let rateWords: Set<String> = ["a", "per", "each", "every", "an"]

    /// The period of a rate ("day" for "500 soldiers a day"), read from the two words after the
    /// counted phrase; nil for a total.
    static func ratePeriod(of claim: NumericClaim, in sentence: String) -> String? {
        guard !claim.valueText.isEmpty, let r = TextSearch.range(of: claim.valueText, in: sentence) else { return nil }
        var after = sentence[r.upperBound...].drop { $0 == " " }
        if after.hasPrefix("of ") { after = after.dropFirst(3).drop { $0 == " " } }  // "hundreds of soldiers"
        if !claim.counts.isEmpty, after.hasPrefix(claim.counts) { after = after.dropFirst(claim.counts.count) }
        let words = letterWords(after.prefix(24)).prefix(2)
        guard words.count == 2, rateWords.contains(words[0]), ratePeriods.contains(words[1]) else { return nil }
        return words[1]
    }

    /// Words before a number that make it an addition to an earlier figure ("another 15
    /// bodies", "a further 20 people"), and words right after it ("15 more bodies").
    static let incrementBefore: Set<String> = ["another", "additional", "further", "extra"]
    static let incrementAfter: Set<String> = ["more", "additional", "further", "extra"]
    /// Verbs of change before "by": "rose by 15", "the toll climbed by 12".
    static let changeVerbs: Set<String> = [
        "rose", "risen", "rise", "rises", "rising", "increased", "increase", "increases", "climbed", "climb", "grew",
        "grown", "jumped", "fell", "fallen", "dropped", "declined", "up", "down",
    ]

    /// Whether the number counts an addition rather than a total ("another 15 bodies were
    /// found", "15 more bodies", "the toll rose by 15"): an increment is not a rival value of
    /// the total it adds to, so it takes no part in a disagreement.
    static func isIncrement(_ claim: NumericClaim, in sentence: String) -> Bool {
        guard !claim.valueText.isEmpty, let r = TextSearch.range(of: claim.valueText, in: sentence) else { return false }
        let words = letterWords
        // Two words each side are all it reads: 40 characters before, 20 after are plenty.
        let near = sentence.index(r.lowerBound, offsetBy: -40, limitedBy: sentence.startIndex) ?? sentence.startIndex
        let far = sentence.index(r.upperBound, offsetBy: 20, limitedBy: sentence.endIndex) ?? sentence.endIndex
        let before = words(sentence[near..<r.lowerBound]).suffix(2)
        if before.contains(where: incrementBefore.contains) { return true }
        if before.last == "by", before.count == 2, changeVerbs.contains(before.first!) { return true }
        let after = words(sentence[r.upperBound..<far]).prefix(1)
        return after.contains(where: incrementAfter.contains)
    }

    /// The index of the `n`th space counted from the end of `text`, if it has that many.
    static func space(_ n: Int, fromEndOf text: Substring) -> String.Index? {
        let utf8 = text.utf8
        var seen = 0
        var i = utf8.endIndex
        while i > utf8.startIndex {
            i = utf8.index(before: i)
            if utf8[i] == 32 {
                seen += 1
                if seen == n { return i }
            }
        }
        return nil
    }

    /// The index of the `n`th space counted from the start of `text`, if it has that many.
    static func space(_ n: Int, fromStartOf text: Substring) -> String.Index? {
        let utf8 = text.utf8
        var seen = 0
        var i = utf8.startIndex
        while i < utf8.endIndex {
            if utf8[i] == 32 {
                seen += 1
                if seen == n { return i }
            }
            i = utf8.index(after: i)
        }
        return nil
    }

    /// Lower-cased runs of letters: the words `isIncrement` and `ratePeriod` read. ASCII
    /// text is split on its bytes; other text by Characters.
    static func letterWords(_ text: Substring) -> [String] {
        var copy = text
        let fast = copy.withUTF8 { b -> [String]? in
            var out: [String] = []
            var start = -1
            for i in 0..<b.count {
                let c = b[i]
                if c >= 0x80 { return nil }
                let isLetter = (c | 0x20) >= 97 && (c | 0x20) <= 122
                if isLetter {
                    if start < 0 { start = i }
                } else if start >= 0 {
                    out.append(lowered(UnsafeBufferPointer(rebasing: b[start..<i])))
                    start = -1
                }
            }
            if start >= 0 { out.append(lowered(UnsafeBufferPointer(rebasing: b[start..<b.count]))) }
            return out
        }
        if let fast { return fast }
        return text.lowercased().split { !$0.isLetter }.map(String.init)
    }

    private static func lowered(_ b: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: b.count) { out in
            for i in 0..<b.count { out[i] = b[i] | 0x20 }
            return b.count
        }
    }

    func isCompatible(with other: ClaimMeasure) -> Bool {
        guard key == other.key else { return false }
        return !isUnit || !measured.isDisjoint(with: other.measured)
    }

    /// Content words around the number, nearest first (after and before alternating),
    /// at most six each side, skipping the counted phrase and number words.
    static func window(around valueText: String, counts: String, in sentence: String) -> [(word: String, stem: String)] {
        guard !valueText.isEmpty, let r = TextSearch.range(of: valueText, in: sentence) else { return [] }
        func words(_ text: Substring) -> [(String, String)] {
            ContentWords.wordsAndStems(text).compactMap { numberWords.contains($0.stem) ? nil : ($0.word, $0.stem) }
        }
        var after = sentence[r.upperBound...]
        let trimmedAfter = after.drop { $0 == " " }
        if !counts.isEmpty, trimmedAfter.hasPrefix(counts) { after = trimmedAfter.dropFirst(counts.count) }
        // A space ends every token and starts the next afresh, so the words of the text on one
        // side of a space are the text's words there: read only the 16 space-separated
        // stretches next to the number when they hold the six words wanted.
        let head = sentence[..<r.lowerBound]
        var beforeWords: [(String, String)]?
        if let cut = Self.space(16, fromEndOf: head) {
            let tail = words(head[head.utf8.index(after: cut)...])
            if tail.count >= 6 { beforeWords = tail }
        }
        var followingWords: [(String, String)]?
        if let cut = Self.space(16, fromStartOf: after) {
            let lead = words(after[..<cut])
            if lead.count >= 6 { followingWords = lead }
        }
        let before = Array((beforeWords ?? words(head)).suffix(6).reversed())
        let following = Array((followingWords ?? words(after)).prefix(6))
        var out: [(word: String, stem: String)] = []
        for i in 0..<max(before.count, following.count) {
            if i < following.count { out.append(following[i]) }
            if i < before.count { out.append(before[i]) }
        }
        return out
    }
}
