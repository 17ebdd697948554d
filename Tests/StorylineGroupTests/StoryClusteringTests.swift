import Foundation
import StorylineCore
import StorylineGroup
import Testing
import TestSupport

@Suite("Stories and storylines")
struct StoryClusteringTests {
    static func thread() throws -> [ClusterDocument] {
        let bytes = try Fixtures.data("group/storyline-thread.jsonl")
        let parsed = try ClusterInput.parse([UInt8](bytes))
        #expect(parsed.errors.isEmpty)
        return parsed.documents
    }

    func day(_ s: String) -> Date { ISO8601.parse(s)! }

    @Test func twoEarthquakesOfTheSameTypeStayApart() throws {
        var c = StoryClusterer()
        let north = c.add(ClusterDocument(id: "n1", title: "Magnitude 6.1 quake hits Kestrelmark",
            text: try Fixtures.string("group/quake-north.txt"), date: day("2030-03-04")))
        let south = c.add(ClusterDocument(id: "s1", title: "Magnitude 5.4 earthquake shakes Saltmarren",
            text: try Fixtures.string("group/quake-south.txt"), date: day("2030-03-05")))
        let follow = c.add(ClusterDocument(id: "n2", title: "Kestrelmark quake death toll rises to five",
            text: try Fixtures.string("group/quake-north-followup.txt"), date: day("2030-03-05")))
        #expect(north.story != south.story)
        #expect(follow.story == north.story)
    }

    @Test func eventsOfOneThreadFormStoriesInOneStoryline() throws {
        var c = StoryClusterer()
        let out = Dictionary(uniqueKeysWithValues: try Self.thread().map { d in (d.id, c.add(d)) })
        // One story per event.
        #expect(out["dep-2"]!.story == out["dep-1"]!.story)
        #expect(out["dep-3"]!.story == out["dep-1"]!.story)
        #expect(out["pact-2"]!.story == out["pact-1"]!.story)
        #expect(out["visit-2"]!.story == out["visit-1"]!.story)
        #expect(out["pact-1"]!.story != out["dep-1"]!.story)
        #expect(out["visit-1"]!.story != out["pact-1"]!.story)
        #expect(out["visit-1"]!.story != out["dep-1"]!.story)
        // One storyline for the thread; the football final is elsewhere.
        #expect(out["pact-1"]!.storyline == out["dep-1"]!.storyline)
        #expect(out["visit-1"]!.storyline == out["dep-1"]!.storyline)
        #expect(out["sport-1"]!.story != out["dep-1"]!.story)
        #expect(out["sport-1"]!.storyline != out["dep-1"]!.storyline)
    }

    @Test func resumingFromASavedStateEqualsClusteringAllAtOnce() throws {
        let docs = try Self.thread()
        var batch = StoryClusterer()
        let all = docs.map { batch.add($0) }

        var first = StoryClusterer()
        var resumed = docs.prefix(4).map { first.add($0) }
        let saved = try JSONEncoder().encode(first)
        var second = try JSONDecoder().decode(StoryClusterer.self, from: saved)
        resumed += docs.dropFirst(4).map { second.add($0) }
        #expect(resumed == all)
        #expect(second == batch)
    }

    @Test func clusteringIsDeterministic() throws {
        let docs = try Self.thread()
        var a = StoryClusterer()
        var b = StoryClusterer()
        #expect(docs.map { a.add($0) } == docs.map { b.add($0) })
    }
}
