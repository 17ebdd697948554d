import Foundation

/// The container format a document arrived in, which decides how Extract reads it.
public enum DocumentFormat: String, Codable, Sendable, CaseIterable {
    /// A web page (HTML or XHTML markup).
    case html
    /// Plain text: a scraped visible-text dump, a forum thread copied as text, a note.
    case text
    /// Markdown text; extracted like `text`, with Markdown markers understood.
    case markdown
}

/// Where a document came from. One stored document may have several origins
/// (the same content found in two files, or in a feed and a folder).
public struct DocumentOrigin: Codable, Sendable, Hashable, CustomStringConvertible {
    /// A file path or URL.
    public var location: String
    /// Position inside a container: the 1-based line of a JSON Lines file or the 1-based item of a feed.
    public var item: Int?

    public init(location: String, item: Int? = nil) {
        self.location = location
        self.item = item
    }

    public var description: String {
        if let item { return "\(location)#\(item)" }
        return location
    }
}

/// Metadata that a container supplies next to the content (a feed item's link and date,
/// a JSON Lines record's fields). Extract prefers what the document itself says and
/// falls back to these.
public struct DocumentHints: Codable, Sendable, Hashable {
    public var externalID: String?
    public var title: String?
    public var url: String?
    public var publisher: String?
    public var author: String?
    public var published: Date?
    public var language: String?

    public init(
        externalID: String? = nil, title: String? = nil, url: String? = nil, publisher: String? = nil,
        author: String? = nil, published: Date? = nil, language: String? = nil
    ) {
        self.externalID = externalID
        self.title = title
        self.url = url
        self.publisher = publisher
        self.author = author
        self.published = published
        self.language = language
    }

    public var isEmpty: Bool { self == DocumentHints() }
}

/// A document as Ingest hands it to Extract: decoded text plus what the container said about it.
public struct RawDocument: Sendable, Hashable {
    public var origin: DocumentOrigin
    public var format: DocumentFormat
    /// The decoded content (HTML markup or text), always valid Unicode.
    public var content: String
    public var hints: DocumentHints
    /// Problems met while reading this document (replaced bytes, guessed charset, …).
    public var warnings: [String]

    public init(
        origin: DocumentOrigin, format: DocumentFormat, content: String,
        hints: DocumentHints = DocumentHints(), warnings: [String] = []
    ) {
        self.origin = origin
        self.format = format
        self.content = content
        self.hints = hints
        self.warnings = warnings
    }
}
