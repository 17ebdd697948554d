import Foundation

/// A document as Group sees it: text and the few fields clustering uses.
public struct ClusterDocument: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var text: String
    public var date: Date?
    public var source: String?

    public init(id: String, title: String, text: String, date: Date? = nil, source: String? = nil) {
        self.id = id
        self.title = title
        self.text = text
        self.date = date
        self.source = source
    }
}

/// Where Group put one document: its story, the story's storyline, and the document it
/// duplicates (a reprint or near-copy), if any. One line of `storyline cluster`.
public struct ClusterAssignment: Codable, Sendable, Hashable {
    public var id: String
    public var story: String
    public var storyline: String
    public var duplicateOf: String?

    public init(id: String, story: String, storyline: String, duplicateOf: String? = nil) {
        self.id = id
        self.story = story
        self.storyline = storyline
        self.duplicateOf = duplicateOf
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(story, forKey: .story)
        try c.encode(storyline, forKey: .storyline)
        try c.encode(duplicateOf, forKey: .duplicateOf)  // explicit null, as SPEC shows
    }
}
