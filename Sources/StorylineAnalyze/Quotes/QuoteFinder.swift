import StorylineCore

/// A quote with where it sits in its block.
struct LocatedQuote: Sendable, Hashable {
    var quote: Quote
    var block: Int
    /// Scalar offsets of the quoted text in the block.
    var lower: Int
    var upper: Int
}

/// A source a sentence attributes something to, with where the attribution sits.
struct SentenceSource: Sendable, Hashable {
    var name: String
    /// Scalar offsets in the sentence of the verb and of the source phrase.
    var verbOffset: Int
    var sourceLower: Int
    var sourceUpper: Int
    var inverted: Bool
    var verbKey: String
    /// Where the whole source phrase begins ("the officials", "regional governor Serhiy Lysak").
    var phraseLower: Int
}

/// Who says what in a document: direct quotes, indirect speech, and each sentence's sources.
struct SpeechAnalysis: Sendable {
    var quotes: [LocatedQuote]
    /// For each sentence (by index), the sources it attributes something to.
    var sources: [[SentenceSource]]
}

/// Finds direct quotes and indirect speech and tells who said them. The speaker is read from
/// the attribution after the quote (`,” he adds`, `,” says Mr Howell`), before it (`X said: “…`,
/// `says Sir Laurie, “…`), or — for a quote standing alone — from the sentence just before
/// (`… according to John Foreman.` / the previous quote). Pronouns go to the last person named
/// outside quotes; short forms go to full names.
public struct QuoteFinder: Sendable {
    /// Quotes shorter than this are scare quotes or titles ("pure fiction"), not reported speech.
    public static let minimumWords = 4
    static let maximumQuotesPerBlock = 400
    /// An attribution after a quote must come within this many tokens of it.
    static let attributionReach = 24

    /// Verbs that are as often plural nouns ("media reports", "the claims"): only a named
    /// source makes them attributions.
    static let nounLikeVerbs: Set<String> = [
        "reports", "claims", "estimates", "notes", "states", "comments", "remarks", "tweets", "warns", "report",
        "claim", "estimate", "note", "comment", "remark", "tweet", "state",
    ]

    public init() {}

    public func find(blocks: [TextBlock], sentences: [Sentence], entities: EntityAnalysis = EntityAnalysis()) -> [Quote] {
        analyze(blocks: blocks, sentences: sentences, entities: entities).quotes.map(\.quote)
    }

    struct SentenceSpan {
        var block: Int
        var lower: Int
        var upper: Int
        var tokenLower: Int
        var tokenUpper: Int
    }

    struct LastSource {
        var name: String
        var kind: SourceMention.Kind
        var sentence: Int
        var block: Int
    }

    /// `blockScalars` and `blockTokens`, when given, hold each block's scalars and tokens
    /// (shared with the other finders).
    func analyze(
        blocks: [TextBlock], sentences: [Sentence], entities: EntityAnalysis,
        blockScalars: [[Unicode.Scalar]]? = nil, blockTokens: [[WordToken]]? = nil
    ) -> SpeechAnalysis {
        let scalars = blockScalars ?? blocks.map { Array($0.text.unicodeScalars) }
        let tokens = blockTokens ?? scalars.map { WordTokenizer.tokens($0) }
        var spans: [SentenceSpan] = []
        for s in sentences {
            guard s.block < blocks.count else {
                spans.append(SentenceSpan(block: 0, lower: 0, upper: 0, tokenLower: 0, tokenUpper: 0))
                continue
            }
            let lower = s.start
            let upper = s.start + s.text.unicodeScalars.count
            let t = tokens[s.block]
            let tl = firstToken(t, atOrAfter: lower)
            let tu = firstToken(t, atOrAfter: upper)
            spans.append(SentenceSpan(block: s.block, lower: lower, upper: upper, tokenLower: tl, tokenUpper: tu))
        }
        // Quote spans of speech length, per block.
        var quoteSpans: [[QuoteSpans.Span]] = []
        var directory = SourceDirectory(entities: entities, sentences: sentences)
        for (b, s) in scalars.enumerated() {
            // Bounded: a pathological block with thousands of marks gets its first quotes only.
            let found = QuoteSpans.find(s).prefix(Self.maximumQuotesPerBlock).filter { span in
                let t = tokens[b]
                var words = 0
                var k = firstToken(t, atOrAfter: span.open + 1)
                while k < t.count, t[k].end <= span.close, words < Self.minimumWords {
                    if t[k].isWord { words += 1 }
                    k += 1
                }
                return words >= Self.minimumWords
            }
            quoteSpans.append(found)
            if !found.isEmpty { directory.quoted[b] = found.map { ($0.open, $0.close) } }
            directory.noteTitledNames(tokens[b], block: b)
            directory.noteNames(tokens[b], block: b)
        }
        // First pass: every named source, so pronouns and short forms can be resolved. Each
        // sentence's attributions are found once and read again by the second pass.
        var attributions: [[Attribution]] = Array(repeating: [], count: spans.count)
        for (index, span) in spans.enumerated() where span.tokenUpper > span.tokenLower {
            attributions[index] = AttributionFinder.find(tokens[span.block], lower: span.tokenLower, upper: span.tokenUpper)
            for a in attributions[index] {
                directory.note(a.source, at: .init(block: span.block, offset: a.source.start))
            }
        }
        directory.sortAll()
        directory.noteSurnames(tokens)
        directory.sortAll()

        var quotes: [LocatedQuote] = []
        var sources: [[SentenceSource]] = Array(repeating: [], count: sentences.count)
        var last: LastSource?

        func resolve(_ source: SourceMention, block: Int, sentence: Int) -> String? {
            if source.kind == .pronoun {
                let key = source.name.lowercased()
                if SpeechLexicon.personPronouns.contains(key) {
                    // The speaker of the sentence before is a likelier antecedent than a name in passing.
                    if let l = last, l.kind == .person, sentence - l.sentence <= 1, !l.name.isEmpty { return l.name }
                    return directory.lastPerson(before: .init(block: block, offset: source.start))
                }
                if let l = last, sentence - l.sentence <= 2, !l.name.isEmpty { return l.name }
                return nil
            }
            return directory.resolve(source, at: .init(block: block, offset: source.start))
        }

        for (index, span) in spans.enumerated() where span.tokenUpper > span.tokenLower {
            let b = span.block
            let t = tokens[b]
            let here = quoteSpans[b].enumerated().filter { $0.element.open >= span.lower && $0.element.open < span.upper }
            // Sources of the sentence (outside its quotes), for claims and indirect speech.
            let inQuote: (Int) -> Bool = { offset in
                quoteSpans[b].contains { $0.open < offset && offset < $0.close }
            }
            for a in attributions[index] where !inQuote(t[a.verb].start) {
                guard let name = resolve(a.source, block: b, sentence: index) else { continue }
                sources[index].append(
                    SentenceSource(
                        name: name, verbOffset: t[a.verb].start - span.lower, sourceLower: a.source.start - span.lower,
                        sourceUpper: a.source.end - span.lower, inverted: a.inverted, verbKey: a.verbKey,
                        phraseLower: (a.source.phraseStart >= 0 ? a.source.phraseStart : a.source.start) - span.lower))
            }
            let overlapsQuote = quoteSpans[b].contains { $0.open < span.upper && $0.close > span.lower }
            if here.isEmpty, overlapsQuote {
                continue
            }
            if here.isEmpty {
                if let speech = indirectSpeech(
                    t, scalars[b], span: span, found: attributions[index], index: index, resolve: resolve)
                {
                    quotes.append(speech.quote)
                    last = LastSource(name: speech.quote.quote.speaker ?? "", kind: speech.kind, sentence: index, block: b)
                } else if let first = sources[index].first, let a = attributions[index].first {
                    last = LastSource(name: first.name, kind: a.source.kind, sentence: index, block: b)
                }
                continue
            }
            for (n, q) in here {
                let openToken = firstToken(t, atOrAfter: q.open)
                let closeToken = firstToken(t, atOrAfter: q.close)
                let closeSentence = sentenceIndex(containing: q.close - 1, block: b, from: index, spans)
                let closeSpan = spans[closeSentence]
                let previousClose = n > 0 ? quoteSpans[b][n - 1].close : -1
                let nextOpen = n + 1 < quoteSpans[b].count ? quoteSpans[b][n + 1].open : Int.max
                let beforeLower = max(span.tokenLower, firstToken(t, atOrAfter: previousClose + 1))
                let afterLower = min(closeToken + 1, t.count)
                let afterUpper = min(closeSpan.tokenUpper, firstToken(t, atOrAfter: nextOpen))

                // Before: `X said: “…`, `says Sir Laurie, “…`, `X said that “…`.
                let before = beforeLower < openToken
                    ? AttributionFinder.find(
                        t, lower: beforeLower, upper: openToken,
                        verbs: .introducingVerb
                    ).last : nil
                let introduced = before.map { openToken - $0.verb <= 6 || $0.source.end >= t[max(openToken - 3, 0)].start } ?? false
                // After: `,” he adds`, `,” says Mr Howell`, but not the next sentence.
                var after: Attribution?
                let endsSentence = q.close > q.contentLower && ".?!".unicodeScalars.contains(scalars[b][q.close - 1])
                let nextIsLower = afterLower < afterUpper && t[afterLower].isWord && !t[afterLower].isCapitalized
                if afterLower < afterUpper, !endsSentence || nextIsLower || startsWithAttribution(t, afterLower, afterUpper),
                    let a = AttributionFinder.find(t, lower: afterLower, upper: afterUpper).first,
                    a.verb - afterLower <= Self.attributionReach
                {
                    after = a
                }
                var source: SourceMention?
                if introduced, let before {
                    source = before.source
                } else if let after {
                    source = after.source
                } else if let before {
                    source = before.source
                }
                var speaker = source.flatMap { resolve($0, block: b, sentence: index) }
                var kind = source?.kind ?? .person
                if source == nil, let l = last, index - l.sentence <= 1, b - l.block <= 1, !l.name.isEmpty {
                    speaker = l.name
                    kind = l.kind
                }
                var lower = q.contentLower
                var upper = q.close
                while lower < upper, scalars[b][lower].properties.isWhitespace { lower += 1 }
                while upper > lower, scalars[b][upper - 1].properties.isWhitespace || scalars[b][upper - 1] == "," {
                    upper -= 1
                }
                let quote = Quote(speaker: speaker, text: scalars[b].text(lower, upper), sentence: index, direct: true)
                quotes.append(LocatedQuote(quote: quote, block: b, lower: lower, upper: upper))
                if let speaker {
                    last = LastSource(
                        name: speaker, kind: kind == .pronoun ? .person : kind, sentence: closeSentence, block: b)
                }
            }
        }
        return SpeechAnalysis(quotes: quotes, sources: sources)
    }

    /// "X said (that) …", "X told Reuters …", "…, according to X": the reported clause and its source.
    private func indirectSpeech(
        _ t: [WordToken], _ s: [Unicode.Scalar], span: SentenceSpan, found: [Attribution], index: Int,
        resolve: (SourceMention, Int, Int) -> String?
    ) -> (quote: LocatedQuote, kind: SourceMention.Kind)? {
        // Questions ("What did the prosecutors say?") report nothing.
        if span.upper > span.lower, s[span.upper - 1] == "?" { return nil }
        for a in found where a.verbKey == "according" || SpeechLexicon.reportingVerbs.contains(a.verbKey) {
            guard let speaker = resolve(a.source, span.block, index) else { continue }
            var lower: Int
            var upper: Int
            if Self.nounLikeVerbs.contains(a.verbKey), a.source.kind == .description { continue }
            let afterWords = t[min(a.verb + 1, span.tokenUpper)..<span.tokenUpper].filter(\.isWord)
            let trailing = afterWords.count < 6 && !afterWords.contains { $0.key == "that" }
                && ["on", "in", "at", "during", "via", "through", "to", "from", "after", "before", "when", "while"]
                    .contains(afterWords.first?.key ?? "")
            // "…, state media reported on Tuesday, weeks after …": a short adverbial then a comma.
            var comma = a.verb + 1
            while comma < span.tokenUpper, comma - a.verb <= 5, !t[comma].isPunctuation(","), t[comma].key != "that" {
                comma += 1
            }
            let adverbialOnly = comma < span.tokenUpper && comma - a.verb <= 5 && t[comma].isPunctuation(",")
                && a.source.start > span.lower
            let parenthetical = a.verb + 1 >= span.tokenUpper || t[a.verb + 1].kind == .punctuation || trailing
                || adverbialOnly
            if a.inverted || (parenthetical && a.source.start > span.lower) {
                // The reported words come before: "…, according to X" / "…, says X".
                lower = span.lower
                var k = a.inverted ? a.verb - 1 : firstToken(t, atOrAfter: a.source.start) - 1
                while k >= span.tokenLower, t[k].kind == .punctuation { k -= 1 }
                guard k >= span.tokenLower else { continue }
                upper = t[k].end
            } else {
                var k = a.verb + 1
                if SpeechLexicon.objectVerbs.contains(a.verbKey) {
                    var n = 0
                    while k < span.tokenUpper, n < 4, t[k].isWord,
                        t[k].isCapitalized || ["reporters", "journalists", "him", "her", "them", "us", "me", "the", "a",
                            "lawmakers", "parliament", "congress", "investigators", "police", "officials", "media"].contains(t[k].key)
                    {
                        k += 1
                        n += 1
                    }
                }
                if k + 1 < span.tokenUpper, t[k].key == "on" || t[k].key == "in",
                    DateLexicon.weekdays[t[k + 1].key] != nil
                {
                    k += 2
                } else if k < span.tokenUpper, DateLexicon.weekdays[t[k].key] != nil {
                    k += 1
                }
                if k < span.tokenUpper, t[k].key == "that" || t[k].isPunctuation(":") || t[k].isPunctuation(",") { k += 1 }
                guard k < span.tokenUpper else { continue }
                lower = t[k].start
                upper = span.upper
                while upper > lower, s[upper - 1] == "." || s[upper - 1].properties.isWhitespace { upper -= 1 }
                if a.source.end > lower && a.source.start < upper { continue }
            }
            let words = t[span.tokenLower..<span.tokenUpper].filter { $0.isWord && $0.start >= lower && $0.end <= upper }
            guard words.count >= 4 else { continue }
            let quote = Quote(speaker: speaker, text: s.text(lower, upper), sentence: index, direct: false)
            return (LocatedQuote(quote: quote, block: span.block, lower: lower, upper: upper), a.source.kind)
        }
        return nil
    }

    /// `” Smith said.`: a capitalised name and a verb of saying right after a quote.
    private func startsWithAttribution(_ t: [WordToken], _ lower: Int, _ upper: Int) -> Bool {
        var k = lower
        while k < upper, k - lower < 5, t[k].isWord {
            if SpeechLexicon.speechVerbs.contains(t[k].key) { return true }
            k += 1
        }
        return false
    }

    private func sentenceIndex(containing offset: Int, block: Int, from: Int, _ spans: [SentenceSpan]) -> Int {
        var i = from
        while i + 1 < spans.count, spans[i + 1].block == block, spans[i + 1].lower <= offset { i += 1 }
        return i
    }
}

/// Index of the first token starting at or after `offset`.
func firstToken(_ t: [WordToken], atOrAfter offset: Int) -> Int {
    var lo = 0
    var hi = t.count
    while lo < hi {
        let mid = (lo + hi) / 2
        if t[mid].start < offset { lo = mid + 1 } else { hi = mid }
    }
    return lo
}
