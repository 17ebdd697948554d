/// Who a stretch of text names as a source: a person ("Mr Howell"), an organisation
/// ("South Korea's National Intelligence Service"), a description ("a senior official")
/// or a pronoun still to be resolved.
struct SourceMention: Sendable, Hashable {
    enum Kind: Sendable, Hashable { case person, organisation, description, pronoun }
    /// The name as a source is best reported: title words dropped, honorifics kept until
    /// the name is matched to a full one ("Mr Howell" → "Edward Howell").
    var name: String
    var kind: Kind
    /// Scalar offsets of the phrase in the text it was read from.
    var start: Int
    var end: Int
    /// Where the whole phrase begins, titles and descriptions included ("regional governor Serhiy Lysak").
    var phraseStart: Int = -1
}

/// Reads source phrases around attribution verbs without a parser: a backward scan for the
/// subject ("the region's Governor Vadym Filashkin said"), a forward scan after an inverted
/// verb ("says Sir Laurie Bristow, former …"), appositives and relative clauses skipped.
enum SourcePhrase {
    static let maxWords = 9
    static let particles: Set<String> = ["de", "van", "von", "der", "bin", "al", "al-", "la", "le", "da", "du", "del", "dos", "ibn", "of"]
    static let relativeWords: Set<String> = ["who", "which", "whose", "whom", "where", "whereas"]
    static let personRoles: Set<String> = [
        "official", "spokesperson", "spokesman", "spokeswoman", "analyst", "expert", "officer", "commander",
        "minister", "president", "governor", "mayor", "diplomat", "source", "researcher", "scientist", "doctor",
        "lawyer", "attorney", "prosecutor", "judge", "witness", "resident", "aide", "adviser", "advisor",
        "economist", "strategist", "professor", "fellow", "director", "executive", "chief", "head", "leader",
        "coach", "manager", "founder", "man", "woman", "person", "investigator", "ambassador", "envoy",
        "secretary", "representative", "owner", "student", "teacher", "worker", "employee", "insider",
    ]

    /// The subject of the verb at `verb`, reading back no further than `lower`.
    static func subject(_ t: [WordToken], verb: Int, lower: Int) -> SourceMention? {
        var j = verb - 1
        while j >= lower, t[j].isWord, SpeechLexicon.verbFillers.contains(t[j].key)
            || (!t[j].isCapitalized && t[j].key.hasSuffix("ly") && t[j].key.count > 4),
            !(SpeechLexicon.personPronouns.contains(t[j].key))
        {
            j -= 1
        }
        j = skipParenthetical(t, j, lower)
        // "James Kennedy Jr. said", "Acme Inc. said": the abbreviation's period.
        if j > lower, t[j].text == ".", t[j - 1].isCapitalized, t[j - 1].end == t[j].start, t[j - 1].text.count <= 4 {
            j -= 1
        }
        guard j >= lower else { return nil }
        if t[j].isWord, isPronoun(t[j].key) {
            return SourceMention(name: t[j].text, kind: .pronoun, start: t[j].start, end: t[j].end)
        }
        // "The 56-year-old said": a person described by age stands for the last person named.
        if t[j].key == "year-old", j >= 2, t[j - 1].text == "-", t[j - 2].kind == .number {
            return SourceMention(name: "he", kind: .pronoun, start: t[j].start, end: t[j].end)
        }
        if t[j].isPunctuation(",") {
            // "X, who runs …, which …, argues": walk back over comma-separated segments.
            var segments: [(Int, Int)] = []
            var segmentEnd = j
            var k = j - 1
            while segments.count < 5 {
                if k < lower || t[k].isPunctuation(",") || isHardStop(t[k]) {
                    segments.append((k + 1, segmentEnd))
                    if k < lower || !t[k].isPunctuation(",") { break }
                    segmentEnd = k
                }
                k -= 1
            }
            // Nearest segment first. A description ("the head of …", "Carlineo's attorney") next to a
            // name gives way to the name ("Sergei Davidis, the head of …, said").
            var nearest: SourceMention?
            for (s, e) in segments where e > s {
                let first = t[s]
                if relativeWords.contains(first.key) { continue }
                var opened = s
                while opened < e, SpeechLexicon.sentenceOpeners.contains(t[opened].key), !isNameStart(t[opened]) {
                    opened += 1
                }
                guard let phrase = nounPhrase(t, end: e - 1, lower: s) else {
                    let appositive = !first.isCapitalized || ["the", "a", "an"].contains(first.key) || first.isPossessive
                    if nearest == nil && appositive { continue }
                    break
                }
                let whole = opened < e && phrase.start <= t[opened].start
                let named = phrase.kind == .person && isCapitalizedName(phrase.name)
                if nearest == nil {
                    if opened > s && !whole { continue }  // "According to AFP, …"
                    if !whole { return nil }  // "announced in October, said X": not a subject
                    if named { return phrase }
                    nearest = phrase
                    continue
                }
                if named && whole { return phrase }
                break
            }
            return nearest
        }
        guard t[j].isWord else { return nil }
        if let phrase = nounPhrase(t, end: j, lower: lower) { return phrase }
        return participleSource(t, end: j, lower: lower)
    }

    /// The source named right after an inverted verb or "according to", up to `upper`.
    static func following(_ t: [WordToken], from: Int, upper: Int, loose: Bool = false) -> SourceMention? {
        var i = from
        guard i < upper else { return nil }
        if t[i].isWord, isPronoun(t[i].key) {
            return SourceMention(name: t[i].text, kind: .pronoun, start: t[i].start, end: t[i].end)
        }
        var last = -1
        var count = 0
        while i < upper, count < maxWords {
            let w = t[i]
            if w.kind == .punctuation {
                if w.text == ".", i > from, isTitleOrInitial(t[i - 1]), i + 1 < upper, t[i + 1].isCapitalized {
                    i += 1
                    continue
                }
                break
            }
            if w.kind == .number { break }
            if w.isCapitalized {
                last = i
            } else if roleLinks.contains(w.key), i > from, isRole(t[i - 1]), i + 1 < upper, t[i + 1].isWord {
                // "a user on Weibo", "ambassador to Britain"
            } else if SpeechLexicon.forwardStops.contains(w.key) {
                break
            } else if w.isPossessive {
                // "the state's finances website"
            } else if SpeechLexicon.roleNouns.contains(w.key) {
                last = i
            } else if !(SpeechLexicon.describingWords.contains(w.key) || particles.contains(w.key) || loose) {
                break
            }
            count += 1
            i += 1
        }
        guard last >= from else { return nil }
        return classify(t, from, last)
    }

    /// The noun phrase ending at token `end` (inclusive), read backwards.
    static func nounPhrase(_ t: [WordToken], end: Int, lower: Int) -> SourceMention? {
        guard end >= lower, t[end].isWord else { return nil }
        if isPronoun(t[end].key) {
            return SourceMention(name: t[end].text, kind: .pronoun, start: t[end].start, end: t[end].end)
        }
        var k = end
        var first = end
        var count = 0
        while k >= lower, count < maxWords {
            let w = t[k]
            if w.kind == .punctuation {
                if w.text == ".", k > lower, isTitleOrInitial(t[k - 1]) {
                    k -= 1
                    continue
                }
                if w.text == "&", k > lower, t[k - 1].isCapitalized, k < end, t[k + 1].isCapitalized {
                    k -= 1
                    continue  // "PG&E officials", "AT&T"
                }
                break
            }
            if w.kind == .number { break }
            if w.isCapitalized {
                first = k
            } else if SpeechLexicon.describingWords.contains(w.key) || SpeechLexicon.roleNouns.contains(w.key)
                || particles.contains(w.key) || SpeechLexicon.titles.contains(w.key) || w.isPossessive
            {
                first = k
            } else if roleLinks.contains(w.key), k > lower, isRole(t[k - 1]), k + 1 <= end, t[k + 1].isWord {
                first = k
            } else {
                break
            }
            count += 1
            k -= 1
        }
        // Drop openers and joiners at the front: "But Mr Putin" → "Mr Putin".
        while first <= end {
            let w = t[first]
            if w.isCapitalized, SpeechLexicon.sentenceOpeners.contains(w.key), !isNameStart(w) {
                first += 1
            } else if !w.isCapitalized, ["of", "for", "and"].contains(w.key) || particles.contains(w.key) {
                first += 1
            } else {
                break
            }
        }
        guard first <= end else { return nil }
        return classify(t, first, end)
    }

    /// Turns a phrase (tokens `from...to`) into a source: a titled or plain personal name,
    /// an organisation, or a description headed by a role noun.
    static func classify(_ t: [WordToken], _ from: Int, _ to: Int) -> SourceMention? {
        guard var found = classifyPhrase(t, from, to) else { return nil }
        found.phraseStart = t[from].start
        return found
    }

    private static func classifyPhrase(_ t: [WordToken], _ from: Int, _ to: Int) -> SourceMention? {
        let words = (from...to).filter { t[$0].isWord }
        guard let lastWord = words.last else { return nil }
        // "the port authority of Velmora" is one description; "Dr Ana Ruiz of the Health Department" is Dr Ana Ruiz.
        if let of = words.first(where: {
            $0 > from && $0 < lastWord && (t[$0].key == "of" || t[$0].key == "for" || roleLinks.contains(t[$0].key))
        }),
            t[of - 1].isWord
        {
            let head = t[of - 1]
            if isRole(head) {
                let s = skipArticles(t, from, lastWord)
                return SourceMention(
                    name: text(t, s, lastWord),
                    kind: personRoles.contains(head.key) || SpeechLexicon.titles.contains(head.key) ? .person : .description,
                    start: t[s].start, end: t[lastWord].end)
            }
            if let named = classifyPhrase(t, from, of - 1), named.kind == .person { return named }
        }
        let tail = t[lastWord]
        if !tail.isCapitalized {
            guard SpeechLexicon.roleNouns.contains(tail.key) else { return nil }
            let personal = personRoles.contains(tail.key)
            let s = skipArticles(t, from, lastWord)
            return SourceMention(
                name: text(t, s, lastWord), kind: personal ? .person : .description,
                start: t[s].start, end: t[lastWord].end)
        }
        // The capitalised run at the end, with name particles inside it.
        var runStart = lastWord
        var k = lastWord - 1
        while k >= from {
            let w = t[k]
            if w.isCapitalized { runStart = k } else if w.text == "." || particles.contains(w.key) && k - 1 >= from && t[k - 1].isCapitalized {
            } else { break }
            k -= 1
        }
        while runStart < lastWord, t[runStart].kind != .word || !t[runStart].isCapitalized { runStart += 1 }
        let run = (runStart...lastWord).filter { t[$0].isWord }
        // The last title inside the run ("Foreign Minister Dmytro Kuleba", "Gen Oleksandr Syrskyi").
        var nameStart = runStart
        var titled = false
        var honorific = false
        for idx in run {
            let key = t[idx].key.hasSuffix(".") ? String(t[idx].key.dropLast()) : t[idx].key
            if SpeechLexicon.honorifics.contains(key) {
                nameStart = idx
                titled = true
                honorific = true
            } else if SpeechLexicon.titles.contains(key), !t[idx].isPossessive, idx < lastWord {
                nameStart = idx + 1
                titled = true
                honorific = false
            }
        }
        _ = honorific
        let before = runStart > from ? t[runStart - 1] : nil
        let rolePrefix = before.map { $0.isWord && (SpeechLexicon.titles.contains($0.key) || personRoles.contains($0.key)) } ?? false
        if titled || rolePrefix {
            while nameStart <= lastWord, !t[nameStart].isWord { nameStart += 1 }
            guard nameStart <= lastWord else { return nil }
            return SourceMention(
                name: text(t, nameStart, lastWord), kind: .person, start: t[nameStart].start, end: t[lastWord].end)
        }
        let hasPossessive = (from...to).contains { t[$0].isPossessive }
        let hasOrganisationWord = run.contains { SpeechLexicon.organisationWords.contains(t[$0].stem) }
        if hasPossessive || hasOrganisationWord {
            var s = from
            while s < lastWord, !t[s].isCapitalized { s += 1 }
            return SourceMention(name: text(t, s, lastWord), kind: .organisation, start: t[s].start, end: t[lastWord].end)
        }
        let looksPersonal = run.count >= 2 && run.count <= 4
            && !directionWords.contains(t[run[0]].key) && run.allSatisfy { t[$0].text.count > 1 || t[$0].text == "." || t[$0].isCapitalized }
        return SourceMention(
            name: text(t, runStart, lastWord), kind: looksPersonal ? .person : .organisation,
            start: t[runStart].start, end: t[lastWord].end)
    }

    static let directionWords: Set<String> = [
        "north", "south", "east", "west", "united", "new", "great", "central", "northern", "southern", "eastern",
        "western", "saudi", "sri", "hong", "el", "los", "san", "las", "st", "the",
    ]

    /// Past a leading "the" ("the Kremlin" → "Kremlin"); "a senior official" keeps its article.
    static func skipArticles(_ t: [WordToken], _ from: Int, _ to: Int) -> Int {
        var s = from
        while s < to, t[s].key == "the" { s += 1 }
        return s
    }

    /// "Dmitry Peskov", not "a teacher at Richmond High School" nor "Carlineo's attorney".
    static func isCapitalizedName(_ name: String) -> Bool {
        guard let last = name.split(separator: " ").last, let c = last.unicodeScalars.first,
            let f = name.unicodeScalars.first
        else { return false }
        return c.properties.isUppercase && f.properties.isUppercase
    }

    /// Prepositions that may sit inside a source's description after a role noun
    /// ("ambassador to Britain", "a user on Weibo", "an analyst at Oanda", "authorities in Kyiv").
    static let roleLinks: Set<String> = ["to", "on", "at", "in", "from", "with"]

    static func isRole(_ w: WordToken) -> Bool {
        w.isWord && !w.isCapitalized && (SpeechLexicon.roleNouns.contains(w.key) || SpeechLexicon.titles.contains(w.key))
    }

    static func isPronoun(_ key: String) -> Bool {
        SpeechLexicon.personPronouns.contains(key) || SpeechLexicon.groupPronouns.contains(key)
    }

    static func isNameStart(_ w: WordToken) -> Bool {
        SpeechLexicon.titles.contains(w.key) || SpeechLexicon.honorifics.contains(w.key)
    }

    static func isTitleOrInitial(_ w: WordToken) -> Bool {
        w.isWord && (SpeechLexicon.titles.contains(w.key) || (w.text.count == 1 && w.isCapitalized))
    }

    static func isHardStop(_ w: WordToken) -> Bool {
        guard w.kind == .punctuation, let c = w.text.unicodeScalars.first else { return false }
        return "“”\"«»„;:()[]—–!?".unicodeScalars.contains(c) || c == "."
    }

    static let participleLinks: Set<String> = [
        "familiar", "briefed", "close", "involved", "knowledgeable", "aware", "speaking", "granted", "who",
    ]

    /// "people familiar with the matter", "two people briefed on the talks": a role noun followed
    /// by a participle phrase that ends right before the verb.
    static func participleSource(_ t: [WordToken], end: Int, lower: Int) -> SourceMention? {
        var k = end - 1
        while k >= lower, end - k <= 8, t[k].isWord {
            if SpeechLexicon.roleNouns.contains(t[k].key), k + 1 <= end, participleLinks.contains(t[k + 1].key) {
                guard let head = nounPhrase(t, end: k, lower: lower) else { return nil }
                let s = skipArticles(t, firstToken(t, atOrAfter: head.phraseStart >= 0 ? head.phraseStart : head.start), k)
                var found = SourceMention(
                    name: text(t, s, end), kind: .description, start: t[s].start, end: t[end].end)
                found.phraseStart = t[s].start
                return found
            }
            k -= 1
        }
        return nil
    }

    /// Skips "(KCNA)" right before a verb.
    static func skipParenthetical(_ t: [WordToken], _ j: Int, _ lower: Int) -> Int {
        guard j >= lower, t[j].isPunctuation(")") else { return j }
        var k = j - 1
        while k >= lower, !t[k].isPunctuation("("), j - k < 8 { k -= 1 }
        return k >= lower && t[k].isPunctuation("(") ? k - 1 : j
    }

    static func text(_ t: [WordToken], _ from: Int, _ to: Int) -> String {
        // Rebuild with single spaces, except before a period ("Gen. Smith").
        var out = ""
        for i in from...to {
            if i > from, !(t[i].text == "." || t[i].start == t[i - 1].end) { out += " " }
            out += t[i].text
        }
        return out
    }
}
