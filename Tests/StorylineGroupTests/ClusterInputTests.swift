import Foundation
import StorylineCore
import StorylineGroup
import Testing
import TestSupport

@Suite("Cluster command input and output")
struct ClusterInputTests {
    @Test func outputLineHasTheSpecKeysInOrderWithExplicitNull() {
        let line = ClusterAssignment(id: "a\"1", story: "s", storyline: "l").jsonLine
        #expect(line == #"{"id":"a\"1","story":"s","storyline":"l","duplicateOf":null}"#)
        let dup = ClusterAssignment(id: "b", story: "s", storyline: "l", duplicateOf: "a").jsonLine
        #expect(dup == #"{"id":"b","story":"s","storyline":"l","duplicateOf":"a"}"#)
    }

    @Test func malformedLinesAreReportedByNumberAndTheRestRead() throws {
        let text = """
            {"id": "a", "title": "One", "text": "First text.", "date": "2030-01-02"}
            not json
            {"title": "no id"}

            {"id": 7, "title": "Two", "text": "Second text.", "date": null, "source": "x.example"}
            """
        let parsed = try ClusterInput.parse(Array(text.utf8))
        #expect(parsed.documents.map(\.id) == ["a", "7"])
        #expect(parsed.errors.map(\.line) == [2, 3])
        #expect(parsed.documents[0].date == ISO8601.parse("2030-01-02"))
    }

    @Test func gzipInputIsReadLikePlainText() throws {
        // A gzip member with one stored (uncompressed) DEFLATE block holding two lines.
        let plain = Array("{\"id\":\"a\",\"title\":\"T\",\"text\":\"x\"}\n{\"id\":\"b\",\"title\":\"U\",\"text\":\"y\"}\n".utf8)
        var gz: [UInt8] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255, 1]
        let n = UInt16(plain.count)
        gz += [UInt8(n & 0xff), UInt8(n >> 8), UInt8(~n & 0xff), UInt8(~n >> 8)] + plain + [0, 0, 0, 0, 0, 0, 0, 0]
        let parsed = try ClusterInput.parse(gz)
        #expect(parsed.documents.map(\.id) == ["a", "b"])
    }

    @Test func compressedFixtureInflates() throws {
        let gz = try Fixtures.data("group/two-docs.jsonl.gz")
        let parsed = try ClusterInput.parse([UInt8](gz))
        #expect(parsed.documents.count == 2)
        #expect(parsed.errors.isEmpty)
    }

    @Test func streamingAFileGivesTheSameDocumentsAsParsingIt() throws {
        let text = "{\"id\": \"a\", \"title\": \"One\", \"text\": \"First.\"}\nbroken\n{\"id\": \"b\", \"text\": \"Second.\"}"
        let dir = try Fixtures.scratchDirectory("cluster-stream")
        let path = dir.appendingPathComponent("in.jsonl").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        var streamed: [ClusterDocument] = []
        let errors = try ClusterInput.stream(path: path) { streamed.append($0) }
        let parsed = try ClusterInput.parse(Array(text.utf8))
        #expect(streamed == parsed.documents)
        #expect(streamed.map(\.id) == ["a", "b"])
        #expect(errors.map(\.line) == [2])
    }
}
