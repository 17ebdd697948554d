import Foundation
import StorylineCore
import StorylineIngest
import TestSupport
import Testing

/// Each bad input gets a clear failure or warning for that document; nothing crashes.
@Suite struct BadInputTests {
    let reader = DocumentReader()

    func write(_ bytes: [UInt8], named name: String) throws -> String {
        let url = try Fixtures.scratchDirectory("ingest-bad").appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    @Test func emptyFileIsReported() throws {
        let result = reader.read(fileAt: try write([], named: "empty.html"))
        #expect(result.documents.isEmpty)
        #expect(result.failures.map(\.message) == ["empty file"])
    }

    @Test func binaryFilesAreRefusedNotDecoded() throws {
        let png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 100)
        #expect(reader.read(fileAt: try write(png, named: "photo.html")).failures.first?.message.contains("PNG") == true)
        var junk = [UInt8](repeating: 0, count: 4096)
        for i in junk.indices { junk[i] = UInt8(truncatingIfNeeded: i &* 7919 &+ 13) }
        let result = reader.read(fileAt: try write(junk, named: "junk.txt"))
        #expect(result.documents.isEmpty)
        #expect(result.failures.first?.message.contains("binary") == true)
    }

    @Test func oversizedDocumentIsRefusedWithItsSize() throws {
        let page = Array("<html><body><p>".utf8) + [UInt8](repeating: 0x61, count: 100 << 20) + Array("</p></body></html>".utf8)
        let result = reader.read(fileAt: try write(page, named: "huge.html"))
        #expect(result.documents.isEmpty)
        let message = try #require(result.failures.first?.message)
        #expect(message.contains("100.0 MB"))
        #expect(message.contains("limit"))
    }

    @Test func invalidUTF8IsReplacedAndReported() throws {
        let bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><p>Caf".utf8) + [0xC3, 0x28] + Array("é ok</p></body></html>".utf8)
        let result = reader.read(fileAt: try write(bytes, named: "bad-utf8.html"))
        let doc = try #require(result.documents.first)
        #expect(doc.content.contains("\u{FFFD}"))
        #expect(doc.content.contains("é ok"))
        #expect(doc.warnings.contains { $0.contains("invalid UTF-8") })
    }

    @Test func undeclaredLatinTextFallsBackToWindows1252() throws {
        let bytes = Array("Caf".utf8) + [0xE9] + Array(" au lait co".utf8) + [0xFB] + Array("te 3 ".utf8) + [0x80]
        let result = reader.read(fileAt: try write(bytes, named: "latin.txt"))
        let doc = try #require(result.documents.first)
        #expect(doc.content == "Café au lait coûte 3 €")
        #expect(doc.warnings.contains { $0.contains("windows-1252") })
    }

    @Test func windows1251PageWithMetaCharsetDecodes() throws {
        let result = reader.read(fileAt: Fixtures.url("ingest/cp1251.html").path)
        let doc = try #require(result.documents.first)
        #expect(doc.format == .html)
        #expect(doc.content.contains("Паромное сообщение с островом Остер приостановлено"))
        #expect(doc.warnings.isEmpty)
    }

    @Test func shiftJISPageWithMetaCharsetDecodes() throws {
        let head = Array("<html><head><meta charset=\"Shift_JIS\"><title>t</title></head><body><p>".utf8)
        let body: [UInt8] = [0x82, 0xB1, 0x82, 0xF1, 0x82, 0xC9, 0x82, 0xBF, 0x82, 0xCD]  // こんにちは
        let result = reader.read(fileAt: try write(head + body + Array("</p></body></html>".utf8), named: "sjis.html"))
        #expect(result.documents.first?.content.contains("こんにちは") == true)
    }

    @Test func jsonLinesWithBrokenLineReadsTheRest() throws {
        let result = reader.read(fileAt: Fixtures.url("ingest/records.jsonl").path)
        #expect(result.documents.map(\.hints.externalID) == ["r1", "r2", "r4", "r5"])
        #expect(result.failures.map(\.origin.item) == [3, 7])
        #expect(result.failures[0].message.contains("not valid JSON"))
        #expect(result.failures[1].message.contains("no \"html\" or \"text\" field, nor a title"))
        #expect(result.documents[3].content == "No body", "a title-only record keeps its title as text")
        #expect(result.documents[3].warnings.contains { $0.contains("title stands in") })
        #expect(result.documents[1].format == .html)
        #expect(result.documents[2].hints.published.map(ISO8601.format) == "2025-03-14T08:00:00Z")
    }

    @Test func missingPathsAreReportedByTheWalker() {
        let listing = FileWalker.files(under: ["/nonexistent/storyline-test-path"])
        #expect(listing.files.isEmpty)
        #expect(listing.missing.first?.message == "no such file or folder")
    }

    @Test func folderWalkIsRecursiveSortedAndSkipsHiddenAndReadme() throws {
        let dir = try Fixtures.scratchDirectory("walk")
        let fm = FileManager.default
        try fm.createDirectory(at: dir.appendingPathComponent("b/deeper"), withIntermediateDirectories: true)
        try fm.createDirectory(at: dir.appendingPathComponent(".git"), withIntermediateDirectories: true)
        for name in ["z.html", "a.txt", "b/deeper/c.md", "b/feed.xml", ".git/x.html", "README.md", "photo.png", "notes.jsonl"] {
            try Data("x".utf8).write(to: dir.appendingPathComponent(name))
        }
        let files = FileWalker.files(under: [dir.path]).files.map { String($0.dropFirst(dir.path.count + 1)) }
        #expect(files == ["a.txt", "b/deeper/c.md", "b/feed.xml", "notes.jsonl", "z.html"])
    }
}
