import Foundation
import StorylinePipeline
import Testing
import TestSupport

/// `storyline run` analyzes documents and writes briefs on all cores; these tests hold the
/// parallel run to the serial one, byte for byte, over a fictional two-storyline fixture.
@Suite struct ParallelRunTests {
    /// A fresh store holding the fixture documents (three stories, two of one storyline).
    func fixtureStore() throws -> SQLiteStore {
        let dir = try Fixtures.scratchDirectory("pipeline")
        let store = try SQLiteStore(path: dir.appendingPathComponent("store.sqlite").path)
        let summary = try IngestPipeline().ingest(
            paths: [Fixtures.url("brief/pipeline-stories.jsonl").path], into: store)
        #expect(summary.inserted == 7)
        return store
    }

    /// Analysis, grouping and briefs with `workers` threads; the briefs as JSON bytes.
    func run(workers: Int?, loaded useLoaded: Bool = true) throws -> (analyses: [DocumentAnalysis?], briefs: [String]) {
        let store = try fixtureStore()
        var analysis = AnalysisPipeline()
        analysis.workers = workers
        analysis.batchSize = 3  // several batches, so the writer thread overlaps the next one
        let documents = try analysis.analyzedDocuments(in: store)
        let updated = Date(timeIntervalSince1970: 1_900_000_000)
        let stories = try GroupingPipeline().regroup(store, updated: updated, loaded: useLoaded ? documents : nil)
        var briefs = BriefPipeline()
        briefs.workers = workers
        let written = try briefs.writeBriefs(for: stories, in: store, updated: updated, loaded: useLoaded ? documents : nil)
        return (documents.map(\.analysis), written.map(JSONRenderer.string))
    }

    @Test func parallelBriefsMatchTheSerialRunByteForByte() throws {
        let serial = try run(workers: 1)
        let parallel = try run(workers: 4)
        #expect(serial.briefs.count >= 2)
        #expect(parallel.analyses == serial.analyses)
        #expect(parallel.briefs == serial.briefs)
    }

    @Test func briefsFromLoadedDocumentsMatchBriefsReadFromTheStore() throws {
        let fromMemory = try run(workers: nil, loaded: true)
        let fromStore = try run(workers: nil, loaded: false)
        #expect(fromMemory.briefs == fromStore.briefs)
    }

    @Test func analysesAreSavedAndEveryDocumentIsReturnedOnce() throws {
        let store = try fixtureStore()
        var pipeline = AnalysisPipeline()
        pipeline.batchSize = 2
        let documents = try pipeline.analyzedDocuments(in: store)
        #expect(documents.map(\.id) == (try store.documentIDs()))
        #expect(try store.unanalyzedDocumentIDs().isEmpty)
        for document in documents {
            #expect(try store.document(id: document.id)?.analysis == document.analysis)
        }
        // A second call reads the stored analyses instead of recomputing them: same result.
        #expect(try pipeline.analyzedDocuments(in: store).map(\.analysis) == documents.map(\.analysis))
    }

    /// The fixture's two ferry stories (the capsizing, the inquiry five weeks later) as one
    /// storyline, and the election as another, whatever the clusterer would make of them.
    func ferryStoryline(_ documents: [StoredDocument]) -> [StoryRecord] {
        func members(_ prefix: String) -> [StoryMember] {
            documents.filter { ($0.extracted.published.map(ISO8601.day) ?? "").hasPrefix(prefix) }
                .map { StoryMember(document: $0.id) }
        }
        func story(_ id: String, _ storyline: String, _ day: String) -> StoryRecord {
            StoryRecord(
                id: id, storyline: storyline, title: id, firstPublished: day + "T00:00:00Z", lastPublished: nil,
                updated: "2031-07-01T00:00:00Z", documents: members(day))
        }
        return [
            story("inquiry", "ferry", "2031-06-10"), story("capsizing", "ferry", "2031-05-0"),
            story("election", "lunmark", "2031-05-20"),
        ]
    }

    @Test func theLaterStoryOfAStorylineDrawsOnTheEarlierOnesEvents() throws {
        let store = try fixtureStore()
        let documents = try AnalysisPipeline().analyzedDocuments(in: store)
        let stories = ferryStoryline(documents)
        #expect(stories.map(\.documents.count) == [2, 3, 2])
        try store.replaceGrouping(stories, clustererState: nil)
        let updated = Date(timeIntervalSince1970: 1_950_000_000)
        let briefs = try BriefPipeline().writeBriefs(for: stories, in: store, updated: updated, loaded: documents)
        let inquiry = try #require(briefs.first { $0.id == "inquiry" })
        let capsizingDocuments = Set(stories[1].documents.map(\.document))
        // The inquiry's "How we got here" reaches back to the capsizing's own reporting.
        #expect(inquiry.howWeGotHere.contains { $0.sentence.citations.contains { capsizingDocuments.contains($0.document) } })
        let election = try #require(briefs.first { $0.id == "election" })
        #expect(!election.howWeGotHere.contains { $0.sentence.citations.contains { capsizingDocuments.contains($0.document) } })
        // And the same on one thread.
        var serial = BriefPipeline()
        serial.workers = 1
        let serialBriefs = try serial.writeBriefs(for: stories, in: store, updated: updated, loaded: documents)
        #expect(serialBriefs.map(JSONRenderer.string) == briefs.map(JSONRenderer.string))
    }
}
