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
            for (position, story) in chain.enumerated() {
                let documents = try story.documents.compactMap { member -> StoryDocument? in
                    guard let doc = try store.document(id: member.document) else { return nil }
                    return StoryDocument(
                        id: doc.id, extracted: doc.extracted, analysis: doc.analysis ?? DocumentAnalysis(),
                        duplicateOf: member.duplicateOf)
                }
                let input = StoryInput(id: story.id, storylineID: storyline, documents: documents, earlierEvents: earlier)
                inputs.append(input)
                // Only a later story of the chain needs these (building them costs a second model).
                if position + 1 < chain.count { earlier += BriefWriter.datedEvents(of: input) }
            }
        }
        let writer = self.writer
        let briefs = ParallelMap.map(inputs) { writer.write($0, updated: updated) }
        for brief in briefs { try store.saveBrief(brief) }
        return briefs
    }
}

/// The optional model writer over finished extractive briefs: each brief's prose is rewritten
/// through the chat endpoint; unsupported rewrites are dropped and reported per story. A brief
/// whose request fails keeps its extractive text, and the failure is reported.
public struct ModelRewritePipeline: Sendable {
    public struct Report: Sendable {
        public var briefs: [Brief]
        /// (story id, dropped sentence) for every rewrite that failed the support check.
        public var dropped: [(story: String, sentence: DroppedSentence)]
        /// (story id, error message) for every brief the endpoint could not rewrite.
        public var failures: [(story: String, message: String)]
    }

    public var writer: ModelBriefWriter

    public init(writer: ModelBriefWriter) { self.writer = writer }

    public func rewrite(_ briefs: [Brief]) async -> Report {
        var report = Report(briefs: [], dropped: [], failures: [])
        for brief in briefs {
            do {
                let result = try await writer.rewrite(brief)
                report.briefs.append(result.brief)
                report.dropped += result.dropped.map { (brief.id, $0) }
            } catch {
                report.briefs.append(brief)
                report.failures.append((brief.id, "\(error)"))
            }
        }
        return report
    }
}
