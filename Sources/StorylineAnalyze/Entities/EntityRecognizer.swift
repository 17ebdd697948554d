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

    public func analyze(_ sentences: [Sentence]) -> EntityAnalysis {
        guard let tagger else { return EntityAnalysis() }
        let tokenizer = Tokenizer()
        var mentions: [EntityMention] = []
        var standsFor: [String?] = []
        for sentence in sentences {
            let tokens = tokenizer.tokenize(sentence.text)
            guard !tokens.isEmpty else { continue }
            let words = tokens.map(\.text)
            let tags = tagger.tagIndices(words)
            let scalars = Array(sentence.text.unicodeScalars)
            var i = 0
            while i < tags.count {
                guard NERTagSet.isBegin(tags[i]) || NERTagSet.isInside(tags[i]), let type = NERTagSet.type(of: tags[i])
                else {
                    i += 1
                    continue
                }
                var j = i + 1
                while j < tags.count, NERTagSet.isInside(tags[j]), NERTagSet.type(of: tags[j]) == type { j += 1 }
                var v = String.UnicodeScalarView()
                v.append(contentsOf: scalars[tokens[i].start..<tokens[j - 1].end])
                let text = String(v)
                mentions.append(EntityMention(sentence: sentence.index, start: tokens[i].start, text: text, type: type, entity: 0))
                standsFor.append(governmentCountry(text, type: type, next: j < words.count ? words[j] : nil))
                i = j
            }
        }
        guard !mentions.isEmpty else { return EntityAnalysis() }

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
        let (entities, cluster) = EntityResolver.resolve(forms)
        for m in mentions.indices { mentions[m].entity = cluster[formOfMention[m]] }
        return EntityAnalysis(mentions: mentions, entities: entities)
    }

    /// The country a capital stands for when the text uses it as an actor: tagged as an
    /// organization, or followed by a verb of saying or doing.
    func governmentCountry(_ text: String, type: EntityType, next: String?) -> String? {
        guard type == .organization || type == .location || type == .person else { return nil }
        guard gazetteer.kinds(of: text).contains(.capital), let country = gazetteer.country(for: text) else { return nil }
        if type == .organization { return country }
        guard let next, Self.actorVerbs.contains(next.lowercased()) else { return nil }
        return country
    }
}
