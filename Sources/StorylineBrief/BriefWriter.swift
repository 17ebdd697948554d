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
        let model = StoryModel(story)
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
            documents: model.documents.map(Self.listing),
            whatHappened: whatHappened,
            behindTheHeadline: behind,
            whatThePapersSay: papers,
            disagreements: disagreements,
            howWeGotHere: timeline,
            goDeeper: questions,
            topics: Topics.build(model, main: main, knowledge: knowledgeBase))
    }

    /// The dated, cited events of a story, oldest first: pass those of earlier stories of a
    /// storyline as `StoryInput.earlierEvents` when writing a later one.
    public static func datedEvents(of story: StoryInput) -> [TimelineEntry] {
        Timeline.build(StoryModel(story), earlier: [])
    }

    static func listing(_ d: StoryDocument) -> BriefDocument {
        BriefDocument(
            id: d.id, title: d.extracted.title, publisher: OutletName.outlet(of: d.extracted), kind: d.extracted.kind,
            published: d.extracted.published.map(ISO8601.format), duplicateOf: d.duplicateOf, url: d.extracted.url)
    }
}
