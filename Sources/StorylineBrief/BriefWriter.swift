import Foundation
import StorylineCore

/// The Brief stage's entry point: the default, extractive writer. Every brief sentence is a
/// source sentence (at most cleaned for standalone reading) with citations quoting the exact
/// source sentences; nothing is generated. Deterministic: documents are ordered by id, ties
/// break on positions, and no result depends on hashing or input order.
public struct BriefWriter: Sendable {
    public static let isAvailable = true

    public var knowledgeBase: KnowledgeBase

    public init(knowledgeBase: KnowledgeBase = .bundled) {
        self.knowledgeBase = knowledgeBase
    }

    /// Writes the brief of `story`; `updated` is stamped as the brief's `updated` time.
    public func write(_ story: StoryInput, updated: Date) -> Brief {
        write(Self.prepare(story), updated: updated)
    }

    /// Writes the brief of a prepared story (see `prepare`), with its `earlierEvents`.
    public func write(_ story: PreparedStory, updated: Date) -> Brief {
        let model = story.model
        var state = SelectionState()
        let main = Topics.mainEntities(model)
        let whatHappened = WhatHappened.build(model, mainEntities: main, state: &state)
        let behind = BehindTheHeadline.build(model, state: &state)
        let papers = PapersSay.build(model, state: &state)
        let disagreements = Disagreements.build(model)
        let timeline = Timeline.build(model, earlier: story.earlierEvents)
        let earliest = model.primaryDocuments.compactMap { model.documents[$0].extracted.published }.min()
        let questions = GoDeeper.build(
            GoDeeper.Context(
                model: model, mainEntities: main, behind: behind, papers: papers, disagreements: disagreements,
                timeline: timeline, earliestPublished: earliest.map(ISO8601.day)))
        return Brief(
            id: story.id,
            title: WhatHappened.title(model, fallback: whatHappened),
            storyline: story.storylineID,
            updated: ISO8601.format(updated),
            documents: Self.listings(model),
            whatHappened: whatHappened,
            behindTheHeadline: behind,
            whatThePapersSay: papers,
            disagreements: disagreements,
            howWeGotHere: timeline,
            goDeeper: questions,
            topics: Topics.build(model, main: main, knowledge: knowledgeBase))
    }

    /// Builds the story's model (sentences, stems, merged entities) once, for a caller that
    /// needs its dated events before its brief (the earlier stories of a storyline).
    public static func prepare(_ story: StoryInput) -> PreparedStory {
        PreparedStory(
            id: story.id, storylineID: story.storylineID, model: StoryModel(story), earlierEvents: story.earlierEvents)
    }

    /// The dated, cited events of a story, oldest first: pass those of earlier stories of a
    /// storyline as `StoryInput.earlierEvents` when writing a later one.
    public static func datedEvents(of story: StoryInput) -> [TimelineEntry] {
        datedEvents(of: prepare(story))
    }

    /// The story's own dated events (its `earlierEvents` left out).
    public static func datedEvents(of story: PreparedStory) -> [TimelineEntry] {
        Timeline.build(story.model, earlier: [])
    }

    /// The story's documents for the brief, each outlet under one name (`OutletName.unified`).
    static func listings(_ model: StoryModel) -> [BriefDocument] {
        var list = model.documents.indices.map { listing(model.documents[$0], outlet: model.outlets[$0]) }
        let names = OutletName.unified(list.map(\.publisher))
        for i in list.indices { list[i].publisher = names[i] }
        return list
    }

    static func listing(_ d: StoryDocument, outlet: String?) -> BriefDocument {
        BriefDocument(
            id: d.id, title: d.extracted.title, publisher: outlet, kind: d.extracted.kind,
            published: d.extracted.published.map(ISO8601.format), duplicateOf: d.duplicateOf, url: d.extracted.url)
    }
}

/// A story ready for the writer: its model built once. Set `earlierEvents` (the dated events
/// of the storyline's earlier stories) before writing.
public struct PreparedStory: Sendable {
    public let id: String
    public let storylineID: String
    let model: StoryModel
    public var earlierEvents: [TimelineEntry]
}
