import Foundation

/// A pointer from a brief sentence to the exact source sentence that supports it.
/// `quote` appears verbatim in the cited document's extracted text.
public struct Citation: Codable, Sendable, Hashable {
    public var document: String
    public var publisher: String?
    public var quote: String

    public init(document: String, publisher: String?, quote: String) {
        self.document = document
        self.publisher = publisher
        self.quote = quote
    }
}

/// A sentence of a brief with at least one citation.
public struct BriefSentence: Codable, Sendable, Hashable {
    public var text: String
    public var citations: [Citation]

    public init(text: String, citations: [Citation]) {
        self.text = text
        self.citations = citations
    }
}

/// The story's documents as the brief lists them.
public struct BriefDocument: Codable, Sendable, Hashable {
    public var id: String
    public var title: String?
    public var publisher: String?
    public var kind: DocumentKind
    public var published: String?
    public var duplicateOf: String?
    public var url: String?

    public init(
        id: String, title: String?, publisher: String?, kind: DocumentKind, published: String?,
        duplicateOf: String? = nil, url: String? = nil
    ) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.kind = kind
        self.published = published
        self.duplicateOf = duplicateOf
        self.url = url
    }
}

/// One outlet's coverage in "What the papers say".
public struct OutletCoverage: Codable, Sendable, Hashable {
    public var publisher: String
    public var kind: DocumentKind
    public var sentences: [BriefSentence]

    public init(publisher: String, kind: DocumentKind, sentences: [BriefSentence]) {
        self.publisher = publisher
        self.kind = kind
        self.sentences = sentences
    }
}

/// One side of a disagreement.
public struct ConflictingClaim: Codable, Sendable, Hashable {
    public var value: String
    public var attributedTo: String?
    public var sentence: BriefSentence

    public init(value: String, attributedTo: String?, sentence: BriefSentence) {
        self.value = value
        self.attributedTo = attributedTo
        self.sentence = sentence
    }
}

/// Claims about one subject that do not agree (1,500 vs 10,000 vs 12,000 troops).
public struct Disagreement: Codable, Sendable, Hashable {
    public var subject: String
    public var claims: [ConflictingClaim]
    /// Why these claims were set side by side (what they all measure, what they share).
    public var basis: String?

    public init(subject: String, claims: [ConflictingClaim], basis: String? = nil) {
        self.subject = subject
        self.claims = claims
        self.basis = basis
    }
}

/// A dated background event for "How we got here".
public struct TimelineEntry: Codable, Sendable, Hashable {
    public var date: String
    public var sentence: BriefSentence

    public init(date: String, sentence: BriefSentence) {
        self.date = date
        self.sentence = sentence
    }
}

/// A question a reader would ask next, tied to the sentences that answer it.
public struct FollowUpQuestion: Codable, Sendable, Hashable {
    public var question: String
    public var citations: [Citation]

    public init(question: String, citations: [Citation]) {
        self.question = question
        self.citations = citations
    }
}

/// A card for a main entity in "More on these topics".
public struct TopicCard: Codable, Sendable, Hashable {
    public var name: String
    public var type: EntityType
    public var aliases: [String]
    public var description: String?
    public var mentions: Int

    public init(name: String, type: EntityType, aliases: [String], description: String? = nil, mentions: Int) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.description = description
        self.mentions = mentions
    }
}

/// A story brief: the Brief JSON of SPEC.md.
public struct Brief: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var storyline: String
    public var updated: String
    public var documents: [BriefDocument]
    public var whatHappened: [BriefSentence]
    public var behindTheHeadline: [BriefSentence]
    public var whatThePapersSay: [OutletCoverage]
    public var disagreements: [Disagreement]
    public var howWeGotHere: [TimelineEntry]
    public var goDeeper: [FollowUpQuestion]
    public var topics: [TopicCard]

    public init(
        id: String, title: String, storyline: String, updated: String, documents: [BriefDocument],
        whatHappened: [BriefSentence] = [], behindTheHeadline: [BriefSentence] = [],
        whatThePapersSay: [OutletCoverage] = [], disagreements: [Disagreement] = [],
        howWeGotHere: [TimelineEntry] = [], goDeeper: [FollowUpQuestion] = [], topics: [TopicCard] = []
    ) {
        self.id = id
        self.title = title
        self.storyline = storyline
        self.updated = updated
        self.documents = documents
        self.whatHappened = whatHappened
        self.behindTheHeadline = behindTheHeadline
        self.whatThePapersSay = whatThePapersSay
        self.disagreements = disagreements
        self.howWeGotHere = howWeGotHere
        self.goDeeper = goDeeper
        self.topics = topics
    }
}
