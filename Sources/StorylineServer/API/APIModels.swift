import Foundation
import StorylineCore
import StorylineStore

/// The JSON bodies of the API. Their shapes are described in `OpenAPIDocument`; a test
/// checks live responses against it.
enum API {
    struct StoryListItem: Encodable {
        var id: String
        var title: String
        var storyline: String
        @NullEncoded var firstPublished: String?
        @NullEncoded var lastPublished: String?
        var updated: String
        var documentCount: Int
        var outlets: [String]
        var hasBrief: Bool
        var href: String
    }

    struct StoryList: Encodable {
        var stories: [StoryListItem]
        /// Pass as `cursor` to get the next page; null on the last page.
        @NullEncoded var nextCursor: String?
        var limit: Int
    }

    /// The Brief JSON of SPEC.md, plus `hasBrief: true` so clients tell it from `StoryWithoutBrief`.
    struct BriefWithFlag: Encodable {
        var brief: Brief

        func encode(to encoder: any Encoder) throws {
            try brief.encode(to: encoder)
            var c = encoder.container(keyedBy: Flag.self)
            try c.encode(true, forKey: .hasBrief)
        }

        enum Flag: String, CodingKey { case hasBrief }
    }

    /// A story whose brief has not been written yet: its record and documents.
    struct StoryWithoutBrief: Encodable {
        var hasBrief = false
        var message = "No brief has been written for this story yet."
        var id: String
        var title: String
        var storyline: String
        @NullEncoded var firstPublished: String?
        @NullEncoded var lastPublished: String?
        var updated: String
        var documents: [BriefDocument]
    }

    struct EntityRef: Encodable {
        var id: String
        var name: String
        var type: EntityType
        var aliases: [String]
        var mentions: Int
    }

    /// A stored document: the `storyline extract --format json` fields plus where it came from.
    struct Document: Encodable {
        var stored: StoredDocument
        var story: String?

        enum Extra: String, CodingKey { case id, format, origins, ingestedAt, story, entities }

        func encode(to encoder: any Encoder) throws {
            try stored.extracted.encode(to: encoder)
            var c = encoder.container(keyedBy: Extra.self)
            try c.encode(stored.id, forKey: .id)
            try c.encode(stored.format, forKey: .format)
            try c.encode(stored.origins, forKey: .origins)
            try c.encode(ISO8601.format(stored.ingestedAt), forKey: .ingestedAt)
            try c.encode(story, forKey: .story)
            let entities = (stored.analysis?.entities ?? []).compactMap { e -> EntityRef? in
                let id = EntityID.slug(e.name)
                return id.isEmpty ? nil : EntityRef(id: id, name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions)
            }
            try c.encode(entities, forKey: .entities)
        }
    }

    struct SearchHitItem: Encodable {
        var document: String
        @NullEncoded var title: String?
        @NullEncoded var publisher: String?
        @NullEncoded var published: String?
        /// The snippet as plain text.
        var snippet: String
        /// The snippet as HTML-escaped text with matches in `<mark>`.
        var snippetHTML: String
        var matches: [String]
        var href: String
    }

    struct SearchResults: Encodable {
        var query: String
        var limit: Int
        var hits: [SearchHitItem]
    }

    struct EntityStory: Encodable {
        var id: String
        var title: String
        var storyline: String
        var mentions: Int
        var documents: [String]
        @NullEncoded var topic: TopicCard?
    }

    struct EntityDetail: Encodable {
        var id: String
        var name: String
        var type: EntityType
        var types: [String: Int]
        var aliases: [String]
        var mentions: Int
        var documentCount: Int
        var stories: [EntityStory]
        var ungroupedDocuments: [String]
    }

    struct IngestResult: Encodable {
        var id: String
        var status: String
        @NullEncoded var title: String?
        @NullEncoded var publisher: String?
        var kind: DocumentKind
        var warnings: [String]
        var href: String
    }
}
