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

/// Finds named entities in sentences and merges their aliases. Filled in by the analysis issue.
public struct EntityRecognizer: Sendable {
    public init() {}

    public func analyze(_ sentences: [Sentence]) -> EntityAnalysis {
        EntityAnalysis()
    }
}
