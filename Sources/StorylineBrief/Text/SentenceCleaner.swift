import StorylineCore

/// A source sentence made fit to read on its own, with the sentences it draws on: the
/// source itself first, then the sentence that names a resolved pronoun.
struct CleanSentence: Sendable {
    var text: String
    var sources: [SourceSentence]
}

/// Makes a sentence readable out of its context without changing what it says: drops a
/// dangling leading connective ("However,", "But") and replaces a leading "He"/"She" or a
/// trailing "he said" with the person named just before. Text inside quotation marks is
/// never touched. Returns nil when the sentence leans on context that cannot be resolved.
struct SentenceCleaner: Sendable {
    let model: StoryModel

    static let connectives = [
        "However, ", "But ", "And ", "Meanwhile, ", "Still, ", "Yet, ", "Also, ", "So, ", "Moreover, ",
        "Furthermore, ", "In addition, ", "Additionally, ", "Nevertheless, ", "Nonetheless, ", "Instead, ",
        "Thus, ", "Therefore, ", "Indeed, ", "Separately, ", "Then, ", "Besides, ", "Likewise, ", "Similarly, ",
        "In turn, ", "As a result, ", "On the other hand, ", "By contrast, ", "In contrast, ",
    ]
    static let personPronouns: Set<String> = ["He", "She"]
    static let possessives: Set<String> = ["His", "Her"]
    /// Openings that point back at something the reader has not seen.
    static let contextual: Set<String> = ["They", "It", "This", "These", "Those", "That", "Their", "Its", "Them", "Such"]
    static let speechVerbs = [
        "said", "says", "added", "told", "noted", "warned", "stressed", "explained", "wrote", "argued", "insisted",
        "claimed", "continued", "recalled", "replied", "suggested",
    ]

    func clean(_ s: SourceSentence) -> CleanSentence? {
        var text = Self.strippingDateline(s.text)
        var sources = [s]
        // A sentence that is all quotation does not say who is speaking.
        if !PageChrome.hasWordOutsideQuotes(text) { return nil }
        for _ in 0..<2 {
            guard let connective = Self.connectives.first(where: { text.hasPrefix($0) }) else { break }
            text = Self.capitalizeFirst(String(text.dropFirst(connective.count)))
        }
        let firstWord = String(text.prefix { $0.isLetter || $0 == "'" })
        if Self.personPronouns.contains(firstWord) || Self.possessives.contains(firstWord) {
            guard let (name, antecedent) = antecedent(of: s, preferring: speaker(of: s)) else { return nil }
            let replacement = Self.possessives.contains(firstWord) ? Self.possessive(name) : name
            text = replacement + text.dropFirst(firstWord.count)
            sources.append(antecedent)
        } else if Self.contextual.contains(firstWord) {
            let rest = text.dropFirst(firstWord.count)
            let expletive = firstWord == "It" && (rest.hasPrefix(" is ") || rest.hasPrefix(" was "))
            if !expletive { return nil }
        }
        if let range = trailingPronounAttribution(in: text) {
            if let (name, antecedent) = antecedent(of: s, preferring: speaker(of: s)) {
                text.replaceSubrange(range, with: name)
                if !sources.contains(where: { $0.index == antecedent.index }) { sources.append(antecedent) }
            }
            // Left as "he said" when unresolved: the quote itself is still the point.
        }
        return CleanSentence(text: text, sources: sources)
    }

    /// The range of "he"/"she" in a "…," he said." attribution outside quotation marks.
    func trailingPronounAttribution(in text: String) -> Range<String.Index>? {
        let bytes = Array(text.utf8)
        for pronoun in [" he ", " she "] where ByteSearch.contains(bytes, Array(pronoun.utf8)) {
            var searchStart = text.startIndex
            while let r = TextSearch.range(of: pronoun, in: text, from: searchStart) {
                searchStart = r.upperBound
                let after = text[r.upperBound...]
                guard Self.speechVerbs.contains(where: { after.hasPrefix($0) }) else { continue }
                let before = text[..<r.lowerBound]
                guard let prev = before.last, ",\u{201D}\"".contains(prev) else { continue }
                let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: r.lowerBound)
                if SentenceShape.insideQuotes(text, at: offset) { continue }
                let start = text.index(after: r.lowerBound)
                let end = text.index(before: r.upperBound)
                return start..<end
            }
        }
        return nil
    }

    /// The speaker that Analyze attributed a quote in this sentence to, if any.
    func speaker(of s: SourceSentence) -> String? {
        model.documents[s.doc].analysis.quotes.first { $0.sentence == s.index && $0.speaker != nil }?.speaker
    }

    /// The person named in the nearest of the three preceding sentences, as written there,
    /// and that sentence. With a `preferring` speaker, that person wins when present.
    func antecedent(of s: SourceSentence, preferring speaker: String? = nil) -> (String, SourceSentence)? {
        let list = model.sentences[s.doc]
        guard let position = list.firstIndex(where: { $0.index == s.index }) else { return nil }
        let people = model.documents[s.doc].analysis.entities.filter { $0.type == .person }
        var back = 1
        while back <= 3, position - back >= 0 {
            let previous = list[position - back]
            back += 1
            var best: (offset: Int, form: String, preferred: Bool)?
            for person in people where person.sentences.contains(previous.index) {
                let forms = ([person.name] + person.aliases).filter { previous.text.contains($0) }
                guard let form = forms.max(by: { ($0.count, $1) < ($1.count, $0) }),
                    let r = previous.text.range(of: form)
                else { continue }
                let offset = previous.text.distance(from: previous.text.startIndex, to: r.lowerBound)
                let preferred = speaker.map { $0 == person.name || person.aliases.contains($0) } ?? false
                if best == nil || (preferred && !best!.preferred)
                    || (preferred == best!.preferred && offset < best!.offset)
                {
                    best = (offset, form, preferred)
                }
            }
            if let best { return (best.form, previous) }
        }
        return nil
    }

    /// Drops a wire dateline that opens a story: "PORT AMBREL, Calvera, Oct 15 (Northwind Wire) - ",
    /// "KESSA (Reuters) — ", "BRENHOLM — ". Needs an upper-case place first and a dash after.
    static func strippingDateline(_ text: String) -> String {
        // Cheap test first (this runs on every sentence cleaned): a dateline's first word has
        // no lower-case letter, so a lower-case ASCII letter among its first two bytes ends it.
        let opening = text.utf8.prefix(2)
        guard opening.first == 32 || !opening.contains(where: { $0 >= 97 && $0 <= 122 }) else { return text }
        // An ASCII first word with a lower-case letter, or of fewer than three letters, is no place.
        var copy = text
        let asciiVerdict = copy.withUTF8 { b -> Bool in
            var i = 0
            while i < b.count, b[i] == 32 { i += 1 }
            let start = i
            var lower = false
            while i < b.count, b[i] != 32 {
                if b[i] >= 0x80 { return false }
                if b[i] >= 97 && b[i] <= 122 { lower = true }
                i += 1
            }
            return lower || i - start < 3
        }
        if asciiVerdict { return text }
        let head = text.prefix(120)
        // The dateline's first word is the head's first word (the dash has a space before it):
        // when that cannot open a dateline, no dash needs finding.
        guard let opener = head.split(separator: " ").first, Self.opensDateline(opener) else { return text }
        // The dash that ends the dateline, with spaces around it.
        guard let dash = [" - ", " \u{2013} ", " \u{2014} "].compactMap({ head.range(of: $0) }).min(by: {
            $0.lowerBound < $1.lowerBound
        })
        else { return text }
        let line = head[..<dash.lowerBound]
        // No sentence ends inside it, and it opens with an all-capitals place of 3+ letters.
        guard !line.contains(". "), let firstWord = line.split(separator: " ").first, opensDateline(firstWord)
        else { return text }
        // Either all capitals ("BRENHOLM") or ending in the agency's name in brackets.
        guard line.hasSuffix(")") || line.allSatisfy({ !$0.isLetter || $0.isUppercase }) else { return text }
        let body = String(text[dash.upperBound...])
        return body.count >= 20 ? capitalizeFirst(body) : text
    }

    /// An all-capitals place of three or more characters, the first word of a dateline.
    static func opensDateline(_ word: Substring) -> Bool {
        word.count >= 3 && word.allSatisfy({ $0.isUppercase || !$0.isLetter }) && word.contains(where: \.isLetter)
    }

    static func possessive(_ name: String) -> String { name.hasSuffix("s") ? name + "'" : name + "'s" }

    static func capitalizeFirst(_ text: String) -> String {
        guard let first = text.first, first.isLowercase else { return text }
        return first.uppercased() + text.dropFirst()
    }
}
