import StorylineCore

/// Finds numeric claims: a quantity, what it counts, how it is hedged, and who asserts it
/// ("South Korea's National Intelligence Service said … 1,500 special forces troops").
/// Years, dates, times, ordinals, ages, durations, scores and list or model numbers are not claims.
struct ClaimFinder: Sendable {
    /// Qualifiers, longest first so "up to" wins over "to".
    static let qualifiers: [[String]] = [
        ["as", "many", "as"], ["as", "much", "as"], ["in", "excess", "of"], ["no", "more", "than"],
        ["no", "less", "than"], ["no", "fewer", "than"], ["more", "than"], ["up", "to"], ["at", "least"],
        ["at", "most"], ["fewer", "than"], ["less", "than"], ["close", "to"], ["upwards", "of"], ["just", "over"],
        ["just", "under"], ["well", "over"], ["an", "estimated"], ["nearly"], ["almost"], ["approximately"],
        ["about"], ["around"], ["roughly"], ["some"], ["over"], ["under"], ["estimated"], ["approx"], ["circa"],
        ["several"], ["only"], ["just"],
    ]
    static let timeUnits: Set<String> = [
        "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month",
        "months", "year", "years", "decade", "decades", "century", "centuries", "night", "nights", "weekend",
        "weekends", "a.m.", "p.m.", "am", "pm", "o'clock", "gmt", "bst", "utc", "et", "est", "edt", "pst", "pdt",
        "cet", "year-old", "years-old", "-year-old",
    ]
    static let listWords: Set<String> = [
        "no", "no.", "number", "page", "p", "pp", "chapter", "section", "article", "paragraph", "item", "step",
        "route", "flight", "room", "grade", "level", "phase", "version", "season", "episode", "game", "round",
        "stage", "vs", "v", "aged", "age", "ages", "highway", "interstate", "gate", "platform", "seat", "row",
        "volume", "vol", "issue", "part", "figure", "fig", "table", "line", "verse", "rule", "resolution",
        "week", "day", "top", "class", "category", "tier", "channel", "district", "ward", "unit", "apartment",
        "suite", "building", "block", "lot", "hole", "lane", "exit", "mile", "pier", "berth", "division",
        "number", "act", "scene", "mark", "model", "series", "type", "generation", "gen", "ios", "android",
    ]
    static let counterStops: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "will", "would", "could", "can",
        "may", "might", "should", "must", "shall", "to", "of", "in", "on", "at", "for", "from", "with", "by", "as",
        "that", "who", "which", "whom", "whose", "and", "or", "but", "than", "into", "across", "over", "under",
        "since", "during", "after", "before", "while", "including", "including", "per", "each", "a", "an", "the",
        "this", "these", "those", "it", "they", "he", "she", "we", "i", "you", "there", "here", "not", "no",
        "so", "if", "when", "where", "because", "about", "around", "through", "between", "among", "against",
        "toward", "towards", "within", "without", "out", "up", "down", "off", "more", "less", "than", "also",
        "already", "still", "just", "only", "even", "now", "then", "ago", "said", "says", "say", "told",
        "according", "like", "near", "along", "beyond", "upon", "via", "plus", "minus", "whether", "both",
        "either", "neither", "all", "some", "any", "every", "his", "her", "their", "its", "our", "my", "your",
        "them", "him", "us", "me", "do", "does", "did", "get", "got", "go", "went", "join", "joined", "make",
        "made", "take", "took", "fight", "fighting", "face", "killed", "died", "remain", "remained", "left",
        "last", "next", "yesterday", "today", "tonight", "tomorrow", "earlier", "later", "annually", "daily",
        "weekly", "monthly", "yearly", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
        "sunday",
        // Irregular past tenses: "35 volunteer firefighters came", "200 residents fled".
        "came", "fled", "ran", "saw", "gave", "held", "kept", "lost", "met", "stood", "sat", "became", "began",
        "brought", "bought", "caught", "fought", "found", "heard", "led", "paid", "sent", "spent", "struck",
        "thought", "wrote", "spoke", "rose", "fell", "grew", "knew", "drove", "flew", "broke", "chose", "hid",
        "shot", "stole", "threw", "sought",
    ]
    static let determinersBeforeSmallWords: Set<String> = [
        "the", "these", "those", "both", "all", "its", "their", "his", "her", "our", "my", "your", "first",
        "last", "next", "other", "another", "every", "each",
    ]
    static let currencies: [String: String] = [
        "$": "dollars", "£": "pounds", "€": "euros", "¥": "yen", "₹": "rupees", "₩": "won", "rs": "rupees",
        "rs.": "rupees", "inr": "rupees", "usd": "dollars", "eur": "euros", "gbp": "pounds",
    ]

    /// The currency a token names ("$", "usd"). Every name is its own key (lower case, no
    /// curly apostrophe), so a text that names a currency has a key that does: tokens whose key
    /// is no currency are not looked up.
    static func currency(_ w: WordToken) -> String? {
        guard w.lex.contains(.currency) else { return nil }
        if let c = currencies[w.text] { return c }
        return w.isWord && w.key.utf8.count <= 3 ? currencies[w.key] : nil
    }

    struct Found {
        var value: Double
        var valueText: String
        var counts: String
        var qualifier: String?
        /// Scalar offsets in the sentence.
        var lower: Int
        var upper: Int
    }

    /// Claims of each sentence, attributed with `speech` (quotes and sentence sources).
    func find(_ sentences: [Sentence], dates: [LocatedDate], speech: SpeechAnalysis, tokens: [[WordToken]]? = nil)
        -> [NumericClaim]
    {
        var datesBySentence: [Int: [LocatedDate]] = [:]
        for d in dates { datesBySentence[d.mention.sentence, default: []].append(d) }
        var quotesByBlock: [Int: [LocatedQuote]] = [:]
        for q in speech.quotes where q.quote.direct { quotesByBlock[q.block, default: []].append(q) }
        var out: [NumericClaim] = []
        var lastCounts: (sentence: Int, counts: String)?
        var sentenceCounts: String?
        for s in sentences {
            let t = tokens.map { $0[s.index] } ?? WordTokenizer.tokens(Array(s.text.unicodeScalars))
            let dateSpans = datesBySentence[s.index] ?? []
            sentenceCounts = nil
            if WordTokenizer.looksLikeCode(t) { continue }
            for var found in quantities(t, s.text, dates: dateSpans) {
                if found.counts.isEmpty {
                    // "up to 12,000 believed to be ready": the sentence's (or the last) counted noun.
                    if let first = sentenceCounts {
                        found.counts = first
                    } else if let l = lastCounts, s.index - l.sentence <= 1, found.qualifier != nil {
                        found.counts = l.counts
                    } else if found.qualifier == nil {
                        continue
                    }
                } else {
                    lastCounts = (s.index, found.counts)
                    if sentenceCounts == nil { sentenceCounts = found.counts }
                }
                let source = attribution(of: found, in: s, quotes: quotesByBlock[s.block] ?? [], speech: speech)
                out.append(
                    NumericClaim(
                        value: found.value, valueText: found.valueText, counts: found.counts, qualifier: found.qualifier,
                        attributedTo: source, sentence: s.index))
            }
        }
        return out
    }

    /// Style sheets and scripts leaked into text ("{min-height:389px}") hold numbers, not claims.
    /// Who asserts a figure: the speaker of the quote it sits in, else the sentence's source
    /// nearest before it ("X said … 1,500"), else one after it ("…, officials said").
    func attribution(of found: Found, in s: Sentence, quotes: [LocatedQuote], speech: SpeechAnalysis) -> String? {
        let blockOffset = s.start + found.lower
        for q in quotes where q.lower <= blockOffset && blockOffset < q.upper {
            return q.quote.speaker
        }
        guard s.index < speech.sources.count else { return nil }
        let scalars = Array(s.text.unicodeScalars)
        let candidates = speech.sources[s.index].filter {
            !($0.sourceLower <= found.lower && found.lower < $0.sourceUpper)
                && ($0.verbKey == "according" || SpeechLexicon.reportingVerbs.contains($0.verbKey))
        }
        if let before = candidates.last(where: { $0.verbOffset < found.lower }) {
            // "X told a few thousand teachers that …": the listeners are not X's claim.
            if SpeechLexicon.objectVerbs.contains(before.verbKey) {
                let between = scalars.text(before.verbOffset, found.lower).lowercased()
                let words = between.split(separator: " ").count
                if words <= 6, !between.contains(" that "), !between.contains(","), !between.contains(":") { return nil }
            }
            return before.name
        }
        // A later source only when it closes the sentence: "…, officials said."
        return candidates.first {
            guard !$0.inverted else { return true }
            var k = min($0.phraseLower, $0.sourceLower) - 1
            while k >= 0, scalars[k].properties.isWhitespace { k -= 1 }
            return k >= 0 && (scalars[k] == "," || scalars[k] == "”" || scalars[k] == "\"")
        }?.name
    }

    /// Every counted quantity of a sentence; `text` is its text, read only to cut a value's text.
    func quantities(_ t: [WordToken], _ text: String, dates: [LocatedDate]) -> [Found] {
        var scalars: [Unicode.Scalar]?
        var out: [Found] = []
        var i = 0
        func inDate(_ w: WordToken) -> Bool { dates.contains { $0.lower <= w.start && w.end <= $0.upper } }
        while i < t.count {
            let w = t[i]
            if inDate(w) {
                i += 1
                continue
            }
            var value: Double?
            var first = i
            var last = i
            var vagueQualifier: String?
            var currency: String?
            if i > 0, let c = Self.currency(t[i - 1]),
                t[i - 1].end == w.start || t[i - 1].isWord
            {
                currency = c
                first = i - 1
            }
            if w.kind == .number {
                guard acceptableNumber(t, i) else {
                    i += 1
                    continue
                }
                value = Double(String(w.text.filter { $0 != "," }))
            } else if w.isWord, let v = NumberWords.value(w) {
                let prev = i > 0 ? t[i - 1].key : ""
                if v < 10 && Self.determinersBeforeSmallWords.contains(prev) {
                    i += 1
                    continue
                }
                value = v
            } else if w.isWord, w.lex.contains(.multiplier), let m = NumberWords.multipliers[w.key], w.key.count > 2, i > 0,
                ["several", "few", "a", "many"].contains(t[i - 1].key)
            {
                // "several hundred Russians", "a few thousand", "a million".
                value = m
                first = i - 1
                if t[i - 1].key != "a" {
                    vagueQualifier = (i > 1 && t[i - 2].key == "a" ? "a " : "") + t[i - 1].key + " " + w.key
                    if i > 1, t[i - 2].key == "a" { first = i - 2 }
                }
            } else if w.isWord, w.key == "dozen", i > 0, t[i - 1].key == "a" {
                value = 12
                first = i - 1
            } else if w.isWord, w.lex.contains(.vagueNumber), i + 3 < t.count, t[i + 1].key == "of",
                let v = NumberWords.vague[w.key],
                let v2 = NumberWords.vague[t[i + 2].key], t[i + 3].key == "of"
            {
                // "hundreds of thousands of people"
                value = v * v2
                vagueQualifier = w.key + " of " + t[i + 2].key
                i += 2
            } else if w.isWord, w.lex.contains(.vagueNumber), i + 1 < t.count, t[i + 1].key == "of",
                let v = NumberWords.vague[w.key]
            {
                value = v
                vagueQualifier = w.key
                if i > 1, t[i - 1].key == "of", t[i - 2].key == "tens" || t[i - 2].key == "hundreds" {
                    // "tens of thousands"
                    value = v * (t[i - 2].key == "tens" ? 10 : 100)
                    vagueQualifier = t[i - 2].key + " of " + w.key
                    first = i - 2
                    out.removeAll { $0.lower >= t[i - 2].start }
                }
            }
            guard var v = value else {
                i += 1
                continue
            }
            let valueStart = first
            // A range shares the multiplier of its upper end: "350–375 million".
            if w.kind == .number, i + 3 < t.count, ["–", "-", "to"].contains(t[i + 1].key), t[i + 2].kind == .number,
                let m = NumberWords.multipliers[t[i + 3].key], t[i + 3].key.count > 2
            {
                v *= m
            }
            // Multipliers: "1.5 million", "two hundred", "$3bn", "several hundred".
            var k = i + 1
            while k < t.count, let m = NumberWords.multipliers[t[k].key],
                t[k].key.count > 2 || t[k].start == t[k - 1].end
            {
                v *= m
                last = k
                k += 1
            }
            if vagueQualifier == nil, i > 0, ["several", "few", "many"].contains(t[i - 1].key), last > i {
                vagueQualifier = t[i - 1].key
            }
            // What it counts.
            var counts = ""
            var c = last + 1
            if vagueQualifier != nil, vagueQualifier != "several", vagueQualifier != "few", c < t.count, t[c].key == "of" {
                c += 1
            }
            if c < t.count, t[c].text == "%" {
                counts = "percent"
                last = c
            } else if c < t.count, t[c].key == "percent" || t[c].key == "pc" {
                counts = "percent"
                last = c
            } else if c + 1 < t.count, t[c].key == "per", t[c + 1].key == "cent" {
                counts = "percent"
                last = c + 1
            } else {
                let phrase = counted(t, from: c)
                if let end = phrase.last {
                    counts = phrase.map { t[$0].text }.joined(separator: " ")
                    last = end
                }
            }
            // A range's lower end counts what its upper end counts: "35 to 40 volunteer firefighters".
            // (A lower end above the upper is a score or a record, "a 162-43 record", not a range.)
            if counts.isEmpty, w.kind == .number, last + 2 < t.count, ["–", "-", "to"].contains(t[last + 1].key),
                t[last + 2].kind == .number, let upper = Double(String(t[last + 2].text.filter { $0 != "," })), upper > v
            {
                var u = last + 3
                while u < t.count, NumberWords.multipliers[t[u].key] != nil { u += 1 }
                let phrase = counted(t, from: u)
                if !phrase.isEmpty { counts = phrase.map { t[$0].text }.joined(separator: " ") }
            }
            if let first = counts.split(separator: " ").first, Self.timeUnits.contains(first.lowercased()) {
                i = last + 1
                continue
            }
            if let lastWord = counts.split(separator: " ").last, Self.timeUnits.contains(lastWord.lowercased()) {
                i = last + 1
                continue
            }
            if let currency, counts.isEmpty || NumberWords.multipliers[counts.lowercased()] != nil { counts = currency }
            var qualifier = vagueQualifier
            if qualifier == nil, let q = leadingQualifier(t, before: first) {
                qualifier = q.text
                first = q.first
            }
            if scalars == nil { scalars = Array(text.unicodeScalars) }
            let valueText = (scalars ?? []).text(t[valueStart].start, t[lastNumberToken(t, i)].end)
            out.append(Found(value: v, valueText: valueText, counts: counts, qualifier: qualifier, lower: t[first].start, upper: t[last].end))
            i = last + 1
        }
        return out
    }

    private func lastNumberToken(_ t: [WordToken], _ i: Int) -> Int {
        var k = i
        while k + 1 < t.count, NumberWords.multipliers[t[k + 1].key] != nil,
            t[k + 1].key.count > 2 || t[k + 1].start == t[k].end
        {
            k += 1
        }
        return k
    }

    /// A digit token that counts: not an ordinal, time, score, age, model or list number.
    func acceptableNumber(_ t: [WordToken], _ i: Int) -> Bool {
        let w = t[i]
        // A number token is ASCII digits and separators: one pass over its bytes.
        var digits = 0
        for b in w.text.utf8 {
            if b == UInt8(ascii: ":") || b == UInt8(ascii: "/") || b == UInt8(ascii: "-") { return false }
            if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { digits += 1 }
        }
        if digits > 12 { return false }
        if i > 0 {
            let p = t[i - 1]
            if p.end == w.start, p.isWord || p.text == "-" || p.text == "#" { return false }  // "G7", "COVID-19"
            if p.lex.contains(.listWord) { return false }
            if p.isCapitalized, !p.isPossessive, !p.lex.contains(.currency), !SpeechLexicon.sentenceOpeners.contains(p.key),
                DateLexicon.months[p.key] == nil,
                !Self.qualifiers.contains(where: { $0.count == 1 && $0[0] == p.key }), Self.currencies[p.text] == nil
            {
                return false  // "Apollo 11", "Windows 10"
            }
            if p.text == "(", i > 1, t[i - 2].isWord || t[i - 2].kind == .number { return false }  // "(620 miles)" conversions
            // An age between commas after a name: "Singh Jabarjung, 24, from …".
            if p.isPunctuation(","), i > 1, t[i - 2].isCapitalized, i + 1 < t.count, t[i + 1].isPunctuation(","),
                w.text.count <= 3
            {
                return false
            }
        }
        if i + 1 < t.count {
            let n = t[i + 1]
            if n.start == w.end, ["st", "nd", "rd", "th", "s"].contains(n.key) { return false }  // "3rd", "1990s"
            if ["911", "999", "112"].contains(w.text), ["call", "calls", "emergency", "dispatcher", "operator"].contains(n.key) {
                return false  // emergency numbers
            }
            if n.text == "-" && i + 2 < t.count && t[i + 2].key.hasPrefix("year") { return false }
            if n.start == w.end, n.text == "-" || n.text == "‑", i + 2 < t.count, t[i + 2].start == n.end { return false }  // "4-1", "12-month"
            if Self.timeUnits.contains(n.key) && ["am", "pm", "a.m.", "p.m.", "gmt", "bst", "et", "utc"].contains(n.key) {
                return false
            }
        }
        return true
    }

    /// The counted noun phrase after a quantity: "special forces troops", "North Korean soldiers", "km".
    func counted(_ t: [WordToken], from: Int) -> [Int] {
        var out: [Int] = []
        var k = from
        if k < t.count, t[k].key == "more" || t[k].key == "additional" || t[k].key == "other" { k += 1 }
        while k < t.count, out.count < 4 {
            let w = t[k]
            guard w.isWord else { break }
            if Self.counterStops.contains(w.key) { break }
            if w.key.hasSuffix("ed") || w.key.hasSuffix("ing") {
                // A participle ends the phrase unless it describes a noun that follows ("trained troops").
                let next = k + 1 < t.count ? t[k + 1] : nil
                guard out.isEmpty, let next, next.isWord, !Self.counterStops.contains(next.key),
                    !next.key.hasSuffix("ed")
                else { break }
            }
            if w.isCapitalized && !out.isEmpty && !t[out.last!].isCapitalized { break }
            out.append(k)
            if w.isPossessive { break }
            k += 1
        }
        // A capitalised tail with no noun after it is a name, not a count ("1,500 Russia").
        if let lastIndex = out.last, t[lastIndex].isCapitalized {
            let allCapital = out.allSatisfy { t[$0].isCapitalized }
            let demonym = ["an", "ese", "ish", "i"].contains { t[lastIndex].key.hasSuffix($0) }
            if allCapital && !(t[lastIndex].key.hasSuffix("s") || demonym) { return [] }
        }
        return out
    }

    func leadingQualifier(_ t: [WordToken], before first: Int) -> (text: String, first: Int)? {
        for q in Self.qualifiers {
            let start = first - q.count
            guard start >= 0 else { continue }
            if (0..<q.count).allSatisfy({ t[start + $0].key == q[$0] }) {
                return (q.joined(separator: " "), start)
            }
        }
        return nil
    }
}
