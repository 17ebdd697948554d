import StorylineCore

/// "How we got here": dated events, oldest first, from sentences whose date Analyze resolved
/// from the text, plus the dated events of earlier stories of the storyline.
enum Timeline {
    static let limit = 10

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as precise as the text allowed.
    static func isResolvedDate(_ text: String) -> Bool {
        let b = Array(text.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { b[$0] >= 48 && b[$0] <= 57 } }
        switch b.count {
        case 4: return digits(0..<4)
        case 7: return digits(0..<4) && b[4] == 45 && digits(5..<7)
        case 10: return digits(0..<4) && b[4] == 45 && digits(5..<7) && b[7] == 45 && digits(8..<10)
        default: return false
        }
    }

    /// Candidate events of this story: per resolved date, the sentences that carry it, scored.
    static func events(_ model: StoryModel) -> [(date: String, score: Double, sentence: BriefSentence)] {
        let cleaner = SentenceCleaner(model: model)
        var out: [(String, Double, BriefSentence)] = []
        for d in model.primaryDocuments where model.kind(d) != .discussion {
            // Each sentence is dated once, by its most precise date ("on Tuesday" over "a 2022 warning").
            var dateOf: [Int: String] = [:]
            for mention in model.documents[d].analysis.dates {
                guard let date = mention.resolved, isResolvedDate(date), let s = model.sentence(d, index: mention.sentence), s.isProse,
                    !isRecurring(mention.text, in: s.text), !(mention.relative && date.count < 10)
                else { continue }
                if let current = dateOf[s.index], current.count >= date.count { continue }
                dateOf[s.index] = date
            }
            for index in dateOf.keys.sorted() {
                guard let date = dateOf[index], let s = model.sentence(d, index: index), isEvent(s.text), let clean = cleaner.clean(s)
                else { continue }
                let score = model.centrality(s) * Selection.positionWeight(s.index, decay: 0.05)
                out.append((date, score, Selection.briefSentence(clean, model: model)))
            }
        }
        return out
    }

    /// "on Monday evenings", "on Mondays": a habit, not a date.
    static func isRecurring(_ mention: String, in sentence: String) -> Bool {
        guard !mention.isEmpty, let r = TextSearch.range(of: mention, in: sentence) else { return false }
        let after = sentence[r.upperBound...]
        if after.hasPrefix("s ") || after.hasPrefix("s.") || after.hasPrefix("s,") { return true }
        return [" evenings", " mornings", " nights", " afternoons", " weekends"].contains { after.hasPrefix($0) }
    }

    /// Words that make a sentence a forecast, a wish or a hypothesis rather than an event.
    static let notEventWords: Set<String> = ["would", "could", "might", "should", "will", "may", "must", "if"]

    /// A dated event states what happened: not a forecast or hypothesis outside quotation
    /// marks, and not a question.
    static func isEvent(_ text: String) -> Bool {
        guard !SentenceShape.isQuestion(text) else { return false }
        // Most sentences hold none of these words anywhere: a byte scan settles them.
        guard mayHoldForecastWord(text) else { return true }
        if let ascii = asciiIsEvent(text) { return ascii }
        let words = PageChrome.wordsOutsideQuotes(lowercasing: text)
        if words.contains(where: notEventWords.contains) { return false }
        // "is expected to rise", "are likely to resume": a forecast without a modal verb.
        for (i, word) in words.enumerated().dropLast() where forecastWords.contains(word) && words[i + 1] == "to" {
            return false
        }
        return true
    }

    /// `isEvent`'s word rules over ASCII text, reading the words outside quotes (as
    /// `PageChrome.wordsOutsideQuotes` cuts them) straight from the bytes; nil for other text.
    static func asciiIsEvent(_ text: String) -> Bool? {
        var copy = text
        return copy.withUTF8 { b -> Bool? in
            for c in b where c >= 0x80 { return nil }
            var start = 0
            var length = 0
            var straight = false
            var previousForecasts = false
            // One word outside quotes: false when it settles that the text is no event.
            func word(_ w: UnsafeBufferPointer<UInt8>) -> Bool {
                if matches(w, notEventWordBytes) { return false }
                if previousForecasts, w.count == 2, w[0] | 0x20 == 0x74, w[1] | 0x20 == 0x6F { return false }
                previousForecasts = matches(w, forecastOnlyBytes)
                return true
            }
            for i in 0..<b.count {
                let c = b[i]
                let inWord = ASCIIWordByte.continues(c, wordLength: length)
                if inWord {
                    if length == 0 { start = i }
                    length += 1
                    continue
                }
                if length > 0 && !straight && !word(UnsafeBufferPointer(rebasing: b[start..<i])) { return false }
                length = 0
                if c == 0x22 { straight.toggle() }
            }
            if length > 0 && !straight && !word(UnsafeBufferPointer(rebasing: b[start..<b.count])) { return false }
            return true
        }
    }

    static let notEventWordBytes: [[UInt8]] = notEventWords.sorted().map { Array($0.utf8) }
    static let forecastOnlyBytes: [[UInt8]] = forecastWords.sorted().map { Array($0.utf8) }

    /// Whether the ASCII word, lower-cased, is one of `words`.
    static func matches(_ w: UnsafeBufferPointer<UInt8>, _ words: [[UInt8]]) -> Bool {
        for candidate in words where candidate.count == w.count {
            var k = 0
            while k < w.count, (w[k] >= 65 && w[k] <= 90 ? w[k] | 0x20 : w[k]) == candidate[k] { k += 1 }
            if k == w.count { return true }
        }
        return false
    }

    static let forecastWordBytes: [[UInt8]] = (notEventWords.sorted() + forecastWords.sorted()).map { Array($0.utf8) }

    /// Whether any ASCII word of `text` (letters only, compared lower-cased) is one of the
    /// words `isEvent` looks for, quotes not considered: false means certainly none.
    static func mayHoldForecastWord(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { b -> Bool in
            let n = b.count
            var start = 0
            var i = 0
            while i <= n {
                let inWord = i < n && b[i] < 0x80 && (b[i] | 0x20) >= 97 && (b[i] | 0x20) <= 122
                if !inWord {
                    let length = i - start
                    if length > 0 && length <= 10 && isForecastWord(UnsafeBufferPointer(rebasing: b[start..<i])) {
                        return true
                    }
                    start = i + 1
                }
                i += 1
            }
            return false
        }
    }

    /// `forecastWordBytes` by length and first letter.
    static let forecastWordBuckets: [[[UInt8]]] = {
        var buckets = Array(repeating: [[UInt8]](), count: 11 * 26)
        for w in forecastWordBytes where w.count <= 10 { buckets[w.count * 26 + Int(w[0] - 97)].append(w) }
        return buckets
    }()

    /// Whether an ASCII word (any case) is one of `forecastWordBytes`.
    @inline(__always) static func isForecastWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        for w in forecastWordBuckets[word.count * 26 + Int((word[0] | 0x20) - 97)] {
            var k = 0
            while k < w.count, word[k] | 0x20 == w[k] { k += 1 }
            if k == w.count { return true }
        }
        return false
    }

    /// Words that, followed by "to", announce what is predicted rather than what happened.
    static let forecastWords: Set<String> = ["expected", "likely", "unlikely", "forecast", "predicted", "projected"]

    static func build(_ model: StoryModel, earlier: [TimelineEntry]) -> [TimelineEntry] {
        var candidates = events(model)
        for e in earlier where isResolvedDate(e.date) && !e.sentence.citations.isEmpty {
            candidates.append((e.date, 0.05, e.sentence))
        }
        // One entry per date (its best sentence), each sentence once.
        var bestPerDate: [String: (Double, BriefSentence)] = [:]
        for (date, score, sentence) in candidates {
            if let current = bestPerDate[date],
                !(score > current.0 || (score == current.0 && sentence.text < current.1.text))
            {
                continue
            }
            bestPerDate[date] = (score, sentence)
        }
        var entries: [(String, Double, BriefSentence)] = []
        var texts = Set<String>()
        for date in bestPerDate.keys.sorted() {
            let (score, sentence) = bestPerDate[date]!
            if texts.insert(sentence.text).inserted { entries.append((date, score, sentence)) }
        }
        if entries.count > limit {
            let kept = entries.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(limit).map(\.0)
            let keep = Set(kept)
            entries = entries.filter { keep.contains($0.0) }
        }
        return entries.map { TimelineEntry(date: $0.0, sentence: $0.2) }
    }
}
