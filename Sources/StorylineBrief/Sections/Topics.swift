import StorylineCore

/// "More on these topics": a card for each main entity of the story.
enum Topics {
    static let maximum = 6

    /// Story entities ranked by how many documents mention them, then by mentions, then name;
    /// an entity qualifies when two documents or two mentions carry it.
    static func mainEntities(_ model: StoryModel) -> [Int] {
        model.entities.indices.filter { i in
            let e = model.entities[i]
            return e.type != .misc && !e.name.isEmpty && (e.documents.count >= 2 || e.mentions >= 2)
        }.sorted { a, b in
            let x = model.entities[a], y = model.entities[b]
            return (x.documents.count, x.mentions, y.name) > (y.documents.count, y.mentions, x.name)
        }
    }

    static func build(_ model: StoryModel, main: [Int], knowledge: KnowledgeBase) -> [TopicCard] {
        main.prefix(maximum).map { i in
            let e = model.entities[i]
            return TopicCard(
                name: e.name, type: e.type, aliases: e.aliases,
                description: knowledge.description(name: e.name, aliases: e.aliases, type: e.type), mentions: e.mentions)
        }
    }
}
