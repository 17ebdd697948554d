import Foundation
import StorylineCore
import StorylineGroup
import StorylineStore

/// Groups the stored documents into stories and storylines and stores the result.
/// Documents are fed to the clusterer in publication order (undated ones by ingest order),
/// so the grouping is the same whatever order the files were read in.
public struct GroupingPipeline: Sendable {
    public init() {}

    /// `loaded`: every stored document, when the caller has read them already (`run`).
    @discardableResult
    public func regroup(_ store: any DocumentStore, updated: Date = Date(), loaded: [StoredDocument]? = nil) throws -> [StoryRecord] {
        let documents = try loaded ?? store.documentIDs().compactMap { try store.document(id: $0) }
        let ordered = documents.enumerated().sorted { a, b in
            let x = a.element.extracted.published ?? .distantFuture
            let y = b.element.extracted.published ?? .distantFuture
            return (x, a.offset) < (y, b.offset)
        }.map(\.element)
        var clusterer = StoryClusterer()
        var members: [String: [StoryMember]] = [:]
        var storyOrder: [String] = []
        var storylineOf: [String: String] = [:]
        for doc in ordered {
            let e = doc.extracted
            // Title and text only, exactly what `storyline cluster` reads, so both paths give a
            // document the same story (names come from the Group stage's own extractor).
            let assignment = clusterer.add(
                ClusterDocument(id: doc.id, title: e.title ?? "", text: e.text, date: e.published, source: e.publisher))
            if members[assignment.story] == nil { storyOrder.append(assignment.story) }
            members[assignment.story, default: []].append(StoryMember(document: doc.id, duplicateOf: assignment.duplicateOf))
            storylineOf[assignment.story] = assignment.storyline
        }
        let byID = Dictionary(uniqueKeysWithValues: documents.map { ($0.id, $0) })
        let stamp = ISO8601.format(updated)
        let stories = storyOrder.map { storyID -> StoryRecord in
            let docs = members[storyID]!.compactMap { byID[$0.document] }
            let dates = docs.compactMap(\.extracted.published).sorted()
            let representative = members[storyID]!.first { $0.duplicateOf == nil }.flatMap { byID[$0.document] } ?? docs.first
            return StoryRecord(
                id: storyID, storyline: storylineOf[storyID] ?? storyID,
                title: representative?.extracted.title ?? "Untitled story",
                firstPublished: dates.first.map(ISO8601.format), lastPublished: dates.last.map(ISO8601.format),
                updated: stamp, documents: members[storyID]!)
        }
        try store.replaceGrouping(stories, clustererState: nil)
        return stories
    }
}
