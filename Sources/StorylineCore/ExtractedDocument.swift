import Foundation

/// What a document is, which decides how the brief uses it: reports tell what happened,
/// analysis explains it, discussions are public reaction and never reporting.
public enum DocumentKind: String, Codable, Sendable, CaseIterable {
    /// A news report of an event.
    case report
    /// Analysis, opinion, explainer, editorial.
    case analysis
    /// A multi-item roundup or live blog.
    case briefing
    /// A forum thread: a post plus comments.
    case discussion
    /// A summary of other outlets' coverage.
    case aggregator
    /// A personal or low-editorial blog post.
    case blog
}

/// The role of a block of main text; kept so that headings and quotations are not read as prose.
public enum BlockRole: String, Codable, Sendable, CaseIterable {
    case paragraph
    case heading
    case listItem
    /// Text the document quotes from elsewhere (a block quote, a forum post's excerpt).
    case quote
}

/// One block of main text, in reading order.
public struct TextBlock: Codable, Sendable, Hashable {
    public var text: String
    public var role: BlockRole

    public init(_ text: String, role: BlockRole = .paragraph) {
        self.text = text
        self.role = role
    }
}

/// A comment under a forum post or article.
public struct Comment: Codable, Sendable, Hashable {
    public var author: String?
    public var score: Int?
    /// The age as the page shows it ("30 days ago"); see `posted` for a resolved date.
    public var age: String?
    public var posted: Date?
    public var text: String
    /// Nesting level: 0 answers the post, 1 answers a comment, ….
    public var depth: Int
    /// Text the comment quotes from the post or another comment.
    public var quoted: [String]

    public init(
        author: String?, score: Int? = nil, age: String? = nil, posted: Date? = nil, text: String,
        depth: Int = 0, quoted: [String] = []
    ) {
        self.author = author
        self.score = score
        self.age = age
        self.posted = posted
        self.text = text
        self.depth = depth
        self.quoted = quoted
    }
}

/// The clean result of Extract: main text and metadata. Its JSON form is the
/// `storyline extract --format json` contract in SPEC.md.
public struct ExtractedDocument: Codable, Sendable, Hashable {
    public var title: String?
    public var publisher: String?
    public var byline: String?
    public var published: Date?
    public var language: String?
    public var url: String?
    public var kind: DocumentKind
    public var lowQuality: Bool
    /// Main text in reading order, with roles.
    public var blocks: [TextBlock]
    /// The standfirst (dek) under the headline, when the page has one.
    public var standfirst: String?
    public var comments: [Comment]
    /// Why the document is low quality, what was guessed, what was odd.
    public var warnings: [String]

    public init(
        title: String? = nil, publisher: String? = nil, byline: String? = nil, published: Date? = nil,
        language: String? = nil, url: String? = nil, kind: DocumentKind = .report, lowQuality: Bool = false,
        blocks: [TextBlock] = [], standfirst: String? = nil, comments: [Comment] = [], warnings: [String] = []
    ) {
        self.title = title
        self.publisher = publisher
        self.byline = byline
        self.published = published
        self.language = language
        self.url = url
        self.kind = kind
        self.lowQuality = lowQuality
        self.blocks = blocks
        self.standfirst = standfirst
        self.comments = comments
        self.warnings = warnings
    }

    /// The main text as plain paragraphs (headings, list items and quotes included, in order).
    public var paragraphs: [String] { blocks.map(\.text) }

    /// The main text joined by blank lines: what analysis, hashing and search read.
    public var text: String { paragraphs.joined(separator: "\n\n") }

    /// `text`'s UTF-8 bytes, written straight into one buffer (the store binds them to the
    /// full-text index as they are, with no `String` made and validated in between).
    public var textUTF8: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(blocks.reduce(0) { $0 + $1.text.utf8.count + 2 })
        for (i, block) in blocks.enumerated() {
            if i > 0 {
                out.append(0x0A)
                out.append(0x0A)
            }
            out.append(contentsOf: block.text.utf8)
        }
        return out
    }

    /// Set to `true` in an encoder's `userInfo` to leave out the `paragraphs` array (which
    /// repeats `blocks`' text), halving the size of stored documents.
    public static let compactEncoding = CodingUserInfoKey(rawValue: "storyline.compactExtractedDocument")!

    enum CodingKeys: String, CodingKey {
        case title, publisher, byline, published, language, url, kind, lowQuality
        case paragraphs, blocks, standfirst, comments, warnings
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        publisher = try c.decodeIfPresent(String.self, forKey: .publisher)
        byline = try c.decodeIfPresent(String.self, forKey: .byline)
        published = try c.decodeIfPresent(String.self, forKey: .published).flatMap(ISO8601.parse)
        language = try c.decodeIfPresent(String.self, forKey: .language)
        url = try c.decodeIfPresent(String.self, forKey: .url)
        kind = try c.decodeIfPresent(DocumentKind.self, forKey: .kind) ?? .report
        lowQuality = try c.decodeIfPresent(Bool.self, forKey: .lowQuality) ?? false
        if let blocks = try c.decodeIfPresent([TextBlock].self, forKey: .blocks) {
            self.blocks = blocks
        } else {
            blocks = (try c.decodeIfPresent([String].self, forKey: .paragraphs) ?? []).map { TextBlock($0) }
        }
        standfirst = try c.decodeIfPresent(String.self, forKey: .standfirst)
        comments = try c.decodeIfPresent([Comment].self, forKey: .comments) ?? []
        warnings = try c.decodeIfPresent([String].self, forKey: .warnings) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title, forKey: .title)
        try c.encode(publisher, forKey: .publisher)
        try c.encode(byline, forKey: .byline)
        try c.encode(published.map(ISO8601.format), forKey: .published)
        try c.encode(language, forKey: .language)
        try c.encode(url, forKey: .url)
        try c.encode(kind, forKey: .kind)
        try c.encode(lowQuality, forKey: .lowQuality)
        // Stores ask for the compact form: `blocks` already hold the paragraphs' text.
        if encoder.userInfo[ExtractedDocument.compactEncoding] as? Bool != true {
            try c.encode(paragraphs, forKey: .paragraphs)
        }
        try c.encode(blocks, forKey: .blocks)
        try c.encodeIfPresent(standfirst, forKey: .standfirst)
        try c.encode(comments, forKey: .comments)
        try c.encode(warnings, forKey: .warnings)
    }
}
