import Foundation
import StorylineBrief
import StorylineCore
import StorylineStore

/// Writes a brief for every story and stores it. Stories of one storyline are written
/// oldest first, so each brief's "How we got here" can draw on the stories before it.
/// Stories are independent apart from those dated events, so the work runs on all cores in
/// two rounds: the models and dated events of stories that have a later story in their
/// storyline, then every brief. The briefs are the same, byte for byte, on any number of
/// threads.
public struct BriefPipeline: Sendable {
    public var writer = BriefWriter()
    /// Threads for reading and writing; nil means all cores (1 gives the serial run).
    public var workers: Int?

    public init() {}

    /// `loaded`: the stored documents, when the caller has read them already (`run`);
    /// otherwise each story's documents are read from `store`.
    public func writeBriefs(
        for stories: [StoryRecord], in store: any DocumentStore, updated: Date = Date(), loaded: [StoredDocument]? = nil
    ) throws -> [Brief] {
        let documents = try self.documents(of: stories, in: store, loaded: loaded)
        var byStoryline: [String: [StoryRecord]] = [:]
        for story in stories { byStoryline[story.storyline, default: []].append(story) }
        // Inputs in storyline order, oldest story first; `earlierOf[i]` lists the inputs
        // whose dated events input i draws on.
        var inputs: [StoryInput] = []
        var earlierOf: [[Int]] = []
        var hasLater: [Bool] = []
        for storyline in byStoryline.keys.sorted() {
            let chain = byStoryline[storyline]!.sorted { ($0.firstPublished ?? "~", $0.id) < ($1.firstPublished ?? "~", $1.id) }
            let first = inputs.count
            for (position, story) in chain.enumerated() {
                let members = story.documents.compactMap { member -> StoryDocument? in
                    guard let doc = documents[member.document] else { return nil }
                    return StoryDocument(
                        id: doc.id, extracted: doc.extracted, analysis: doc.analysis ?? DocumentAnalysis(),
                        duplicateOf: member.duplicateOf)
                }
                inputs.append(StoryInput(id: story.id, storylineID: storyline, documents: members))
                earlierOf.append(Array(first..<inputs.count - 1))
                hasLater.append(position + 1 < chain.count)
            }
        }
        let writer = self.writer
        let stories = inputs
        let earlier = earlierOf
        let cost: (Int) -> Int = { i in stories[i].documents.reduce(1) { $0 + $1.analysis.sentences.count } }
        // Round 1: stories with a later story need their dated events first (and keep their model).
        let needed = inputs.indices.filter { hasLater[$0] }
        let prepared = ParallelMap.mapBalanced(needed, workers: workers, cost: cost) { i -> (PreparedStory, [TimelineEntry]) in
            let story = BriefWriter.prepare(stories[i])
            return (story, BriefWriter.datedEvents(of: story))
        }
        let preparedAt = Dictionary(uniqueKeysWithValues: zip(needed, prepared.map(\.0)))
        let eventsAt = Dictionary(uniqueKeysWithValues: zip(needed, prepared.map(\.1)))
        // Round 2: every brief, with the dated events of the stories before it.
        let briefs = ParallelMap.mapBalanced(Array(inputs.indices), workers: workers, cost: cost) { i -> Brief in
            var story = preparedAt[i] ?? BriefWriter.prepare(stories[i])
            story.earlierEvents = earlier[i].flatMap { eventsAt[$0] ?? [] }
            return writer.write(story, updated: updated)
        }
        try store.saveBriefs(briefs)
        return briefs
    }

    /// The documents of `stories` by id: from `loaded`, else read from the store on all cores.
    func documents(of stories: [StoryRecord], in store: any DocumentStore, loaded: [StoredDocument]?) throws
        -> [String: StoredDocument]
    {
        if let loaded { return Dictionary(loaded.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }) }
        var ids: [String] = []
        var seen = Set<String>()
        for story in stories { for member in story.documents where seen.insert(member.document).inserted { ids.append(member.document) } }
        let read = ParallelMap.mapBalanced(ids, workers: workers) { id in Result { try store.document(id: id) } }
        var out: [String: StoredDocument] = [:]
        for result in read { if let doc = try result.get() { out[doc.id] = doc } }
        return out
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
