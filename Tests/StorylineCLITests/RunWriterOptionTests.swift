import Foundation
import StorylinePipeline
import TestSupport
import Testing

/// `storyline run --writer openai`: the model writer over a real local chat endpoint
/// (Tests/Fixtures/brief/chat_server.py, which rewrites sentences as "In short, …").
@Suite(.serialized) struct RunWriterOptionTests {
    @Test func runRewritesProseThroughTheEndpointAndKeepsCitations() throws {
        let dir = try Fixtures.scratchDirectory("cli-writer")
        let inputs = dir.appendingPathComponent("inputs")
        try FileManager.default.createDirectory(at: inputs, withIntermediateDirectories: true)
        try Data(
            """
            Floodwater cuts the only road into Orn

            Floodwater cut the only road into the valley town of Orn on Sunday, officials in Kessa said.

            Rescuers reached twelve stranded families by boat before nightfall, the Orn fire service said.

            The regional council said the road would stay closed until engineers had inspected the bridge.
            """.utf8
        ).write(to: inputs.appendingPathComponent("orn.txt"))
        let server = try ChatServer()
        let port = server.port
        defer { withExtendedLifetime(server) {} }  // the server stops when it is released
        #expect(port > 0)
        let out = dir.appendingPathComponent("out")
        let result = try CLIRunner.run([
            "run", inputs.path, "--out", out.path, "--writer", "openai", "--endpoint", "http://127.0.0.1:\(port)/v1",
            "--model", "test-model",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("model writer: 1 brief(s) rewritten"), "\(result.stderr)")
        let json = try #require(
            try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasSuffix(".json") })
        let brief = try JSONDecoder().decode(Brief.self, from: Data(contentsOf: out.appendingPathComponent(json)))
        let first = try #require(brief.whatHappened.first)
        #expect(first.text.hasPrefix("In short, "))
        #expect(!first.citations.isEmpty)
    }

    @Test func openaiWriterWithoutEndpointIsAUsageError() throws {
        let dir = try Fixtures.scratchDirectory("cli-writer-usage")
        let result = try CLIRunner.run(["run", dir.path, "--out", dir.appendingPathComponent("out").path, "--writer", "openai"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("--endpoint"))
    }
}
