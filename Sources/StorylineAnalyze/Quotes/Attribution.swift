/// "X said", "says X", "according to X": a source tied to a verb of saying in a run of tokens.
struct Attribution: Sendable, Hashable {
    var source: SourceMention
    /// Token index of the verb (or of "according").
    var verb: Int
    /// The verb's lower-cased form ("said", "according").
    var verbKey: String
    /// The source follows the verb ("says Mr Howell", "according to John Foreman").
    var inverted: Bool
}

/// Finds attributions among tokens; shared by quotes, indirect speech and claims.
enum AttributionFinder {
    /// Every attribution in `t[lower..<upper]`, in text order.
    /// `verbs` names the list of verbs to read: speech verbs, or every verb introducing a quote.
    static func find(_ t: [WordToken], lower: Int = 0, upper: Int? = nil, verbs: LexiconFlags = .speechVerb)
        -> [Attribution]
    {
        let end = min(upper ?? t.count, t.count)
        var out: [Attribution] = []
        var i = max(0, lower)
        while i < end {
            let w = t[i]
            guard w.isWord else {
                i += 1
                continue
            }
            if w.key == "according", i + 1 < end, t[i + 1].key == "to" {
                if let source = SourcePhrase.following(t, from: i + 2, upper: end, loose: true) {
                    out.append(Attribution(source: source, verb: i, verbKey: "according", inverted: true))
                }
                i += 2
                continue
            }
            // A capitalised "States" or "Reports" is a name, not a verb.
            if w.lex.contains(verbs), !w.isCapitalized, !isAdjectivalUse(t, i, lower) {
                // "…, warning: …", "… and warned that …": the clause's subject speaks.
                let clauseVerb = i > lower && ((w.key.hasSuffix("ing") && t[i - 1].isPunctuation(",")) || t[i - 1].key == "and")
                if clauseVerb, let source = SourcePhrase.nounPhrase(t, end: firstNounPhraseEnd(t, lower, i), lower: max(0, lower)),
                    source.end <= t[i].start
                {
                    out.append(Attribution(source: source, verb: i, verbKey: w.key, inverted: false))
                } else if var source = SourcePhrase.subject(t, verb: i, lower: max(0, lower)) {
                    // "X issued a statement warning that …": the statement speaks for X.
                    if source.kind == .description, let head = source.name.split(separator: " ").last,
                        documentNouns.contains(head.lowercased())
                    {
                        let k = firstToken(t, atOrAfter: source.phraseStart >= 0 ? source.phraseStart : source.start) - 1
                        if k >= lower, t[k].isWord, !t[k].isCapitalized,
                            let issuer = SourcePhrase.subject(t, verb: k, lower: max(0, lower))
                        {
                            source = issuer
                        }
                    }
                    // "the media reports", "the claims": a plural noun, not a verb of saying.
                    if QuoteFinder.nounLikeVerbs.contains(w.key), source.kind == .description {
                        i += 1
                        continue
                    }
                    out.append(Attribution(source: source, verb: i, verbKey: w.key, inverted: false))
                } else if invertible(t, i, lower), let source = SourcePhrase.following(t, from: i + 1, upper: end) {
                    out.append(Attribution(source: source, verb: i, verbKey: w.key, inverted: true))
                }
            }
            i += 1
        }
        return out
    }

    static let documentNouns: Set<String> = ["statement", "letter", "release", "report", "filing", "tweet", "post", "document", "documents"]

    /// An inverted verb follows a quote, a comma or the start: `,” says Mr Howell`, `Ultimately, says Sir Laurie,`.
    static func invertible(_ t: [WordToken], _ i: Int, _ lower: Int) -> Bool {
        guard i + 1 < t.count, t[i + 1].isWord else { return false }
        if i == lower { return true }
        let p = t[i - 1]
        return p.kind == .punctuation && !p.isPunctuation(".")
    }

    /// "the said agreement", "a reported 500": verbs used as adjectives.
    static func isAdjectivalUse(_ t: [WordToken], _ i: Int, _ lower: Int) -> Bool {
        guard i > lower else { return false }
        return ["the", "a", "an", "was", "were", "is", "are", "been", "be", "being"].contains(t[i - 1].key)
    }

    /// The last token of the sentence's opening noun phrase (its likely subject).
    static func firstNounPhraseEnd(_ t: [WordToken], _ lower: Int, _ upper: Int) -> Int {
        var k = lower
        var last = lower
        while k < upper, k - lower < SourcePhrase.maxWords {
            let w = t[k]
            if w.isCapitalized || (w.isWord && (SpeechLexicon.describingWords.contains(w.key)
                || SpeechLexicon.roleNouns.contains(w.key) || SourcePhrase.particles.contains(w.key) || w.isPossessive))
            {
                last = k
            } else if w.text == "." && k > lower && SourcePhrase.isTitleOrInitial(t[k - 1]) {
            } else {
                break
            }
            k += 1
        }
        return last
    }
}
