import Foundation
import StorylineBrief
import StorylineCore
import StorylineStore

/// Writes a brief for every story and stores it. Stories of one storyline are written
/// oldest first, so each brief's "How we got here" can draw on the stories before it.
public struct BriefPipeline: Sendable {
    public var writer = BriefWriter()

    public init() {}

    public func writeBriefs(for stories: [StoryRecord], in store: any DocumentStore, updated: Date = Date()) throws -> [Brief] {
        var byStoryline: [String: [StoryRecord]] = [:]
        for story in stories { byStoryline[story.storyline, default: []].append(story) }
        var inputs: [StoryInput] = []
        for storyline in byStoryline.keys.sorted() {
            let chain = byStoryline[storyline]!.sorted { ($0.firstPublished ?? "~", $0.id) < ($1.firstPublished ?? "~", $1.id) }
            var earlier: [TimelineEntry] = []
            for story in chain {
                let documents = try story.documents.compactMap { member -> StoryDocument? in
                    guard let doc = try store.document(id: member.document) else { return nil }
                    return StoryDocument(
                        id: doc.id, extracted: doc.extracted, analysis: doc.analysis ?? DocumentAnalysis(),
                        duplicateOf: member.duplicateOf)
                }
                let input = StoryInput(id: story.id, storylineID: storyline, documents: documents, earlierEvents: earlier)
                inputs.append(input)
                earlier += BriefWriter.datedEvents(of: input)
            }
        }
        let writer = self.writer
        let briefs = ParallelMap.map(inputs) { writer.write($0, updated: updated) }
        for brief in briefs { try store.saveBrief(brief) }
        return briefs
    }
}
