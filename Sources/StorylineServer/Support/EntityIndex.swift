import StorylineCore
import StorylineStore

/// Every entity the store knows, merged across documents by canonical-name slug: which
/// documents mention it and how often, and which briefs list it as a topic.
struct EntityIndex: Sendable {
    struct Record: Sendable {
        var id: String
        var name: String
        /// Mentions per type, since the same name can be tagged differently in different documents.
        var types: [EntityType: Int] = [:]
        var aliases: Set<String> = []
        /// Mentions per document.
        var documents: [String: Int] = [:]
        /// Topic cards naming it, by story.
        var topics: [String: TopicCard] = [:]

        var mainType: EntityType { types.max { $0.value < $1.value || ($0.value == $1.value && $0.key.rawValue > $1.key.rawValue) }?.key ?? .misc }
        var mentions: Int { documents.values.reduce(0, +) }
    }

    private(set) var records: [String: Record] = [:]
    /// Alias slug → entity ids, for finding "Mr Kim" when no entity is canonically named so.
    private var aliasIDs: [String: Set<String>] = [:]

    init() {}

    init(documents: [DocumentEntities], topics: [String: [TopicCard]]) {
        for doc in documents {
            for entity in doc.entities {
                let id = EntityID.slug(entity.name)
                guard !id.isEmpty else { continue }
                var record = records[id] ?? Record(id: id, name: entity.name)
                record.types[entity.type, default: 0] += max(1, entity.mentions)
                record.documents[doc.document, default: 0] += max(1, entity.mentions)
                for alias in entity.aliases where alias != record.name { record.aliases.insert(alias) }
                if entity.name.count > record.name.count { record.name = entity.name }
                records[id] = record
            }
        }
        for (story, cards) in topics {
            for card in cards {
                let id = EntityID.slug(card.name)
                guard !id.isEmpty else { continue }
                var record = records[id] ?? Record(id: id, name: card.name)
                record.topics[story] = card
                if record.types.isEmpty { record.types[card.type] = max(1, card.mentions) }
                for alias in card.aliases where alias != record.name { record.aliases.insert(alias) }
                records[id] = record
            }
        }
        for record in records.values {
            for alias in record.aliases {
                let slug = EntityID.slug(alias)
                if !slug.isEmpty && slug != record.id { aliasIDs[slug, default: []].insert(record.id) }
            }
        }
    }

    /// The entity with this id, or — when no entity is canonically named so — the single
    /// entity that has it as an alias.
    func record(_ id: String) -> Record? {
        if let record = records[id] { return record }
        if let ids = aliasIDs[id], ids.count == 1, let only = ids.first { return records[only] }
        return nil
    }
}
