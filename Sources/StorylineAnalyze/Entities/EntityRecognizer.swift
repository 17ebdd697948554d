import StorylineCore

/// One occurrence of a name in a sentence.
public struct EntityMention: Sendable, Hashable, Codable {
    public var sentence: Int
    /// Offset of the first character in the sentence text, in Unicode scalars.
    public var start: Int
    public var text: String
    public var type: EntityType
    /// Index into `EntityAnalysis.entities` of the entity this mention refers to.
    public var entity: Int

    public init(sentence: Int, start: Int, text: String, type: EntityType, entity: Int) {
        self.sentence = sentence
        self.start = start
        self.text = text
        self.type = type
        self.entity = entity
    }

    /// Offset one past the last character in the sentence text, in Unicode scalars.
    public var end: Int { start + text.unicodeScalars.count }
}

/// The names of a document: every mention, and the entities they resolve to (aliases merged).
public struct EntityAnalysis: Sendable, Hashable {
    public var mentions: [EntityMention]
    public var entities: [Entity]

    public init(mentions: [EntityMention] = [], entities: [Entity] = []) {
        self.mentions = mentions
        self.entities = entities
    }
}

/// Finds named entities in sentences (tokenizer + statistical tagger) and merges their
/// aliases within the document (`EntityResolver`). Without a loadable model it finds nothing.
public struct EntityRecognizer: Sendable {
    let tagger: NERTagger?
    let gazetteer: Gazetteer

    public init() {
        tagger = NERTagger.shared
        gazetteer = .shared
    }

    public init(tagger: NERTagger?, gazetteer: Gazetteer = .shared) {
        self.tagger = tagger
        self.gazetteer = gazetteer
    }

    /// Words after a capital that show it acts as its government ("Pyongyang said").
    static let actorVerbs: Set<String> = [
        "said", "says", "say", "has", "have", "had", "denied", "denies", "announced", "announces", "warned",
        "warns", "sent", "sends", "claimed", "claims", "insisted", "insists", "accused", "accuses", "rejected",
        "rejects", "confirmed", "confirms", "threatened", "threatens", "demanded", "demands", "wants", "wanted",
        "responded", "condemned", "condemns", "agreed", "agrees", "refused", "refuses", "is", "was", "will",
        "would", "could", "may", "might", "must", "should", "can", "did", "does", "appears", "appeared",
    ]

    static let leadingFunctionWords: Set<String> = [
        "but", "and", "or", "so", "yet", "the", "a", "an", "in", "on", "at", "of", "for", "with", "as", "if",
        "when", "while", "after", "before", "then", "since", "by", "from", "to", "meanwhile", "however", "also",
    ]

    public func analyze(_ sentences: [Sentence]) -> EntityAnalysis {
        guard let tagger else { return EntityAnalysis() }
        let tokenizer = Tokenizer()
        var mentions: [EntityMention] = []
        var standsFor: [String?] = []
        let tokenized = sentences.map { tokenizer.tokenize($0.text) }
        let allTags = tagger.tagDocument(tokenized.map { $0.map(\.text) })
        // Gazetteer kinds of the document's names, each looked up once.
        var kindsOf: [String: Gazetteer.Kind] = [:]
        func kinds(_ name: String) -> Gazetteer.Kind {
            if let k = kindsOf[name] { return k }
            let k = gazetteer.kinds(of: name)
            kindsOf[name] = k
            return k
        }
        for (k, (sentence, tokens)) in zip(sentences, tokenized).enumerated() {
            guard !tokens.isEmpty else { continue }
            let words = tokens.map(\.text)
            let tags = allTags[k]
            var scalars: [Unicode.Scalar] = []
            var i = 0
            while i < tags.count {
                guard NERTagSet.isBegin(tags[i]) || NERTagSet.isInside(tags[i]), let type = NERTagSet.type(of: tags[i])
                else {
                    i += 1
                    continue
                }
                var j = i + 1
                while j < tags.count, NERTagSet.isInside(tags[j]), NERTagSet.type(of: tags[j]) == type { j += 1 }
                // A name never ends or starts inside a hyphenated word ("Kim Jong-un", "al-Assad").
                let next = j
                j = Self.extendAcrossHyphens(tokens, end: j)
                var a = i
                while a >= 2, tokens[a - 1].text == "-", tokens[a - 1].start == tokens[a - 2].end,
                    tokens[a].start == tokens[a - 1].end, tags[a - 2] == NERTagSet.outside
                {
                    a -= 2
                }
                var start = a
                // Sentence-initial function words are not part of names ("But Mr Putin").
                while start < j - 1, Self.leadingFunctionWords.contains(words[start].lowercased()) { start += 1 }
                if scalars.isEmpty { scalars = Array(sentence.text.unicodeScalars) }
                var v = String.UnicodeScalarView()
                v.append(contentsOf: scalars[tokens[start].start..<tokens[j - 1].end])
                let text = String(v)
                mentions.append(
                    EntityMention(sentence: sentence.index, start: tokens[start].start, text: text, type: type, entity: 0))
                standsFor.append(governmentCountry(text, type: type, next: j < words.count ? words[j] : nil, kinds: kinds))
                i = max(j, next)
            }
        }
        guard !mentions.isEmpty else { return EntityAnalysis() }
        propagatePersonNames(sentences, tokenized, &mentions, &standsFor)

        // One form per distinct (surface, type, government use).
        struct Key: Hashable {
            var surface: String
            var type: EntityType
            var standsFor: String?
        }
        var formIndex: [Key: Int] = [:]
        var forms: [EntityResolver.Form] = []
        var formOfMention: [Int] = []
        for (m, mention) in mentions.enumerated() {
            let key = Key(surface: mention.text, type: mention.type, standsFor: standsFor[m])
            if let f = formIndex[key] {
                forms[f].count += 1
                if forms[f].sentences.last != mention.sentence { forms[f].sentences.append(mention.sentence) }
                formOfMention.append(f)
            } else {
                formIndex[key] = forms.count
                formOfMention.append(forms.count)
                forms.append(
                    EntityResolver.Form(
                        surface: mention.text, type: mention.type, count: 1, sentences: [mention.sentence],
                        standsFor: standsFor[m], firstSeen: m))
            }
        }
        var (entities, cluster) = EntityResolver.resolve(forms)
        // Countries, capitals, regions and continents are places whatever role the text gives them.
        for e in entities.indices where entities[e].type != .location && entities[e].type != .group {
            let found = kinds(entities[e].name)
            if !found.intersection([.country, .capital, .region, .continent]).isEmpty { entities[e].type = .location }
        }
        for m in mentions.indices { mentions[m].entity = cluster[formOfMention[m]] }
        return EntityAnalysis(mentions: mentions, entities: entities)
    }

    /// Name propagation: a capitalized word the tagger left untagged that is (a spelling
    /// variant of) the first or last word of a multi-word person name found elsewhere in the
    /// document is a mention of that person ("On Wednesday Zelenskyy asked …").
    func propagatePersonNames(
        _ sentences: [Sentence], _ tokenized: [[Token]], _ mentions: inout [EntityMention], _ standsFor: inout [String?]
    ) {
        var nameWords: Set<String> = []
        for m in mentions where m.type == .person {
            let words = NameNormalizer.tokens(m.text)
            guard words.count >= 2 else { continue }
            if let f = words.first, f.count >= 3 { nameWords.insert(f) }
            if let l = words.last, l.count >= 3 { nameWords.insert(l) }
        }
        guard !nameWords.isEmpty else { return }
        var covered: [Int: [Range<Int>]] = [:]
        for m in mentions { covered[m.sentence, default: []].append(m.start..<m.end) }
        var added: [EntityMention] = []
        for (sentence, tokens) in zip(sentences, tokenized) {
            for (i, token) in tokens.enumerated() where i > 0 {
                guard let first = token.text.unicodeScalars.first, ScalarClass.isUppercase(first),
                    token.text.unicodeScalars.count >= 3,
                    !(covered[sentence.index] ?? []).contains(where: { $0.overlaps(token.start..<token.end) })
                else { continue }
                // Not part of a longer capitalized sequence (that would be another name).
                let prev = tokens[i - 1]
                let prevInName = (covered[sentence.index] ?? []).contains { $0.overlaps(prev.start..<prev.end) }
                let nextCap = i + 1 < tokens.count && (tokens[i + 1].text.unicodeScalars.first.map(ScalarClass.isUppercase) ?? false)
                guard !nextCap, !prevInName else { continue }
                let word = NameNormalizer.rawTokens(token.text).joined()
                guard nameWords.contains(where: { NameNormalizer.sameToken($0, word) }) else { continue }
                added.append(EntityMention(sentence: sentence.index, start: token.start, text: token.text, type: .person, entity: 0))
            }
        }
        for m in added {
            mentions.append(m)
            standsFor.append(nil)
        }
        // Keep mentions in text order.
        let order = mentions.indices.sorted {
            (mentions[$0].sentence, mentions[$0].start) < (mentions[$1].sentence, mentions[$1].start)
        }
        mentions = order.map { mentions[$0] }
        standsFor = order.map { standsFor[$0] }
    }

    /// `end` moved past "-word" pieces written without spaces ("Jong" + "-un").
    static func extendAcrossHyphens(_ tokens: [Token], end: Int) -> Int {
        var j = end
        while j + 1 < tokens.count, tokens[j].text == "-", tokens[j].start == tokens[j - 1].end,
            tokens[j + 1].start == tokens[j].end, tokens[j + 1].text.unicodeScalars.first.map(ScalarClass.isLetterOrDigit) == true
        {
            j += 2
        }
        return j
    }

    /// The country a name stands for: a variant name of a country, or a capital the text uses
    /// as an actor (tagged as an organization, or followed by a verb of saying or doing).
    func governmentCountry(
        _ text: String, type: EntityType, next: String?, kinds kindsOf: (String) -> Gazetteer.Kind
    ) -> String? {
        guard type == .organization || type == .location || type == .person else { return nil }
        let kinds = kindsOf(text)
        // Another name of a country ("Democratic People's Republic of Korea") is that country.
        if kinds.contains(.country), let country = gazetteer.country(for: text), country != text { return country }
        guard kinds.contains(.capital), let country = gazetteer.country(for: text) else { return nil }
        if type == .organization { return country }
        guard let next, Self.actorVerbs.contains(next.lowercased()) else { return nil }
        return country
    }
}
