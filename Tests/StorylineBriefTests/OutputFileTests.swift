import Foundation
import Testing

@testable import StorylineBrief

/// Brief files are written with plain POSIX calls (no sync per file): the bytes must land
/// exactly, a shorter rewrite must not leave the old tail behind, and a failure must name the path.
@Suite struct OutputFileTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("storyline-outputfile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func writesExactlyTheBytesAndTruncatesOnRewrite() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("a.html")
        let long = "<p>Première version, “longue” — 北 😀</p>\n" + String(repeating: "x", count: 100_000)
        try OutputFile.write(long.utf8, to: file)
        #expect(try Data(contentsOf: file) == Data(long.utf8))
        try OutputFile.write(Data("short".utf8), to: file)
        #expect(try String(contentsOf: file, encoding: .utf8) == "short")
        try OutputFile.write([UInt8](), to: file)
        #expect(try Data(contentsOf: file).isEmpty)
    }

    @Test func aMissingFolderIsAClearErrorNamingThePath() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("missing/b.md")
        #expect {
            try OutputFile.write(Data("x".utf8), to: file)
        } throws: { error in
            error.localizedDescription.contains(file.path) && error.localizedDescription.contains("No such file")
        }
    }

    @Test func foldersAreMadeWithTheirParentsAndAFileInTheWayIsNamed() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let nested = dir.appendingPathComponent("a/b/c")
        try OutputFile.makeFolder(nested)
        try OutputFile.makeFolder(nested)
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: nested.path, isDirectory: &isFolder) && isFolder.boolValue)
        let file = dir.appendingPathComponent("plain")
        try OutputFile.write(Data("x".utf8), to: file)
        #expect {
            try OutputFile.makeFolder(file.appendingPathComponent("sub"))
        } throws: { error in
            error.localizedDescription.contains(file.path) && error.localizedDescription.contains("Not a directory")
        }
    }
}
