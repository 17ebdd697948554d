import Foundation

/// The entity classes Storyline tracks (OntoNotes-style names, as `storyline ner` prints them).
public enum EntityType: String, Codable, Sendable, CaseIterable {
    case person = "PERSON"
    case organization = "ORG"
    /// Places: countries, cities, regions, facilities (OntoNotes GPE + LOC + FAC).
    case location = "LOC"
    /// Nationalities, religious and political groups ("North Koreans", "Democrats").
    case group = "NORP"
    case misc = "MISC"
}

/// A sentence of a document's main text, addressed by block and character offsets so that
/// a citation can always point back at the exact source text.
public struct Sentence: Codable, Sendable, Hashable {
    /// Position among the document's sentences (0-based).
    public var index: Int
    /// The `TextBlock` it lies in (0-based).
    public var block: Int
    /// Offset of the first character in the block's text, in Unicode scalars.
    public var start: Int
    /// The sentence exactly as it stands in the block.
    public var text: String

    public init(index: Int, block: Int, start: Int, text: String) {
        self.index = index
        self.block = block
        self.start = start
        self.text = text
    }
}

/// One entity of a document (or of a story, after aliases are merged across documents).
public struct Entity: Codable, Sendable, Hashable {
    /// The canonical name: the longest full form seen ("Kim Jong Un").
    public var name: String
    public var type: EntityType
    /// Other surface forms that refer to it ("Kim Jong-un", "Mr Kim", "Kim").
    public var aliases: [String]
    public var mentions: Int
    /// Indices of the sentences that mention it.
    public var sentences: [Int]

    public init(name: String, type: EntityType, aliases: [String] = [], mentions: Int = 1, sentences: [Int] = []) {
        self.name = name
        self.type = type
        self.aliases = aliases
        self.mentions = mentions
        self.sentences = sentences
    }
}

/// Speech attributed to someone: a direct quote (verbatim) or indirect speech.
public struct Quote: Codable, Sendable, Hashable {
    /// The speaker's canonical name, or the description used ("a senior official").
    public var speaker: String?
    /// The quoted words exactly as in the text (without the quotation marks).
    public var text: String
    /// Index of the sentence holding the quote.
    public var sentence: Int
    public var direct: Bool

    public init(speaker: String?, text: String, sentence: Int, direct: Bool = true) {
        self.speaker = speaker
        self.text = text
        self.sentence = sentence
        self.direct = direct
    }
}

/// A number asserted about something ("up to 12,000 troops, according to Ukraine").
public struct NumericClaim: Codable, Sendable, Hashable {
    /// The value as a number (1500 for "1,500"; 12000 for "12,000"; 3 for "three").
    public var value: Double
    /// The value as written.
    public var valueText: String
    /// What it counts, as a normalized noun phrase head ("troops", "officers").
    public var counts: String
    /// "approximately", "up to", "at least", "more than", "thousands", …
    public var qualifier: String?
    /// Who asserts it, when the text says so.
    public var attributedTo: String?
    public var sentence: Int

    public init(
        value: Double, valueText: String, counts: String, qualifier: String? = nil, attributedTo: String? = nil,
        sentence: Int
    ) {
        self.value = value
        self.valueText = valueText
        self.counts = counts
        self.qualifier = qualifier
        self.attributedTo = attributedTo
        self.sentence = sentence
    }
}

extension NumericClaim {
    /// The value as a reader sees it: qualifier and value ("up to 12,000"), the qualifier
    /// left out when the value already says it (a value of "thousands" with the qualifier
    /// "thousands" is "thousands", not "thousands thousands").
    public var displayValue: String {
        guard let q = qualifier?.trimmingCharacters(in: .whitespaces), !q.isEmpty,
            valueText.range(of: q, options: .caseInsensitive) == nil
        else { return valueText }
        return q + " " + valueText
    }
}

/// A date mentioned in the text, resolved to a calendar day when possible.
public struct DateMention: Codable, Sendable, Hashable {
    public var text: String
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precise as the text allows.
    public var resolved: String?
    public var relative: Bool
    public var sentence: Int

    public init(text: String, resolved: String?, relative: Bool, sentence: Int) {
        self.text = text
        self.resolved = resolved
        self.relative = relative
        self.sentence = sentence
    }
}

/// Everything Analyze finds in one document. Its JSON form is `storyline analyze --format json`.
public struct DocumentAnalysis: Codable, Sendable, Hashable {
    public var sentences: [Sentence]
    public var entities: [Entity]
    public var quotes: [Quote]
    public var claims: [NumericClaim]
    public var dates: [DateMention]

    public init(
        sentences: [Sentence] = [], entities: [Entity] = [], quotes: [Quote] = [], claims: [NumericClaim] = [],
        dates: [DateMention] = []
    ) {
        self.sentences = sentences
        self.entities = entities
        self.quotes = quotes
        self.claims = claims
        self.dates = dates
    }
}
