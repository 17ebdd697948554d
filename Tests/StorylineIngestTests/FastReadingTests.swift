import Foundation
import StorylineCore
import TestSupport
import Testing

@testable import StorylineIngest

/// The byte-level readers that replace Foundation on the ingest hot path must read exactly
/// what the Foundation readers read (or hand the input over to them).
@Suite struct FastReadingTests {
    /// Fields as the JSONSerialization path reads them, for comparison.
    func slowFields(_ line: String) -> [String: String]? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
        var out: [String: String] = [:]
        for (k, v) in object {
            if let s = v as? String { out[k] = s } else if k == "id", let n = v as? NSNumber { out[k] = n.stringValue }
        }
        return out
    }

    func fastFields(_ line: String) -> [String: String]? {
        guard let fields = JSONRecordScanner.scan(Array(line.utf8)[...]) else { return nil }
        var out: [String: String] = [:]
        for (k, v) in fields {
            switch v {
            case .string(let s): out[k] = s
            case .integer(let digits) where k == "id": out[k] = digits
            default: break
            }
        }
        return out
    }

    @Test func scannerReadsRecordsAsJSONSerializationDoes() {
        let lines = [
            #"{"id": 42, "title": "Harbour \"lights\" return", "text": "Line one.\nLine two \u00e9t\u00e9 \/ tab\t.", "extra": [1, {"a": null}, true, -2.5e3]}"#,
            #"{"id":"rec-7","html":"<p>Caf\u00e9 – Tillhaven</p>","published":"2024-05-01T10:00:00Z","score":false}"#,
            #"  {"title": "Ünïcödé and emoji 🚢", "body": "x"}  "#,
            #"{}"#,
        ]
        for line in lines {
            let fast = fastFields(line)
            #expect(fast != nil, "the scanner reads \(line)")
            #expect(fast == slowFields(line))
        }
    }

    @Test func scannerHandsUnusualOrBrokenRecordsToTheSlowPath() {
        let lines = [
            #"{"id": 1, "id": 2}"#,  // duplicate key
            #"{"id": -3}"#,  // an id that is not a plain integer
            #"{"id": true}"#,
            #"{"text": "a\ud83d\udea2b"}"#,  // surrogate pair escape
            #"{"text": "unterminated}"#,
            #"{"text": "x",}"#,
            #"["not", "an", "object"]"#,
            #"{"text": "x"} trailing"#,
            "{\"text\": \"raw\u{1}control\"}",
        ]
        for line in lines { #expect(JSONRecordScanner.scan(Array(line.utf8)[...]) == nil, "\(line)") }
    }

    @Test func jsonLinesRecordsReadTheSameThroughEitherPath() {
        let good = #"{"id": 7, "title": "Ferry strike ends", "publisher": "The Vantaal Post", "text": "Ferries sailed again on Monday."}"#
        let fallback = #"{"id": 7, "id2": "\ud83d\udea2", "title": "Ferry strike ends", "publisher": "The Vantaal Post", "text": "Ferries sailed again on Monday."}"#
        let bytes = Array((good + "\n" + fallback + "\n{broken\n").utf8)
        let result = JSONLinesReader.read(bytes, location: "x.jsonl", maxRecordBytes: 1 << 20)
        #expect(result.documents.count == 2)
        #expect(result.documents.map(\.hints.externalID) == ["7", "7"])
        #expect(result.documents.map(\.content) == ["Ferries sailed again on Monday.", "Ferries sailed again on Monday."])
        #expect(result.documents.map(\.hints.publisher) == ["The Vantaal Post", "The Vantaal Post"])
        #expect(result.failures.count == 1)
        #expect(result.failures.first?.message.hasPrefix("not valid JSON") == true)
    }

    @Test func windows1252DecodesToTheSameTextAsScalarByScalar() {
        let bytes: [UInt8] = Array("Caf".utf8) + [0xE9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x80, 0x20, 0x81, 0x9F, 0xFF]
        var expected = String.UnicodeScalarView()
        for b in bytes {
            let v = (b >= 0x80 && b <= 0x9F) ? UInt32(Windows1252.high[Int(b) - 0x80]) : UInt32(b)
            expected.append(Unicode.Scalar(v)!)
        }
        #expect(Windows1252.decode(bytes[...]) == String(expected))
        #expect(Windows1252.decode(bytes[...]).hasPrefix("Café “q” €"))
    }

    @Test func trimmingMatchesFoundation() {
        for s in ["", "  ", " a ", "\n\tb c\u{00A0}", "\u{3000}wide\u{2003}", "plain", "é ", "\u{85}x"] {
            #expect(TextTrim.whitespaceAndNewlines(s) == s.trimmingCharacters(in: .whitespacesAndNewlines))
        }
    }

    @Test func folderWalkSkipsHiddenAndDocumentationAndSortsPaths() throws {
        let root = try Fixtures.scratchDirectory("ingest-walk")
        let fm = FileManager.default
        for dir in ["b", "a/c", ".hidden", "README.d"] {
            try fm.createDirectory(at: root.appendingPathComponent(dir), withIntermediateDirectories: true)
        }
        for file in ["b/2.html", "a/c/1.txt", "a/z.md", ".hidden/x.html", "README.md", "README.d/in.txt", "notes.pdf", "a/.dot.html"] {
            try Data("<p>x</p>".utf8).write(to: root.appendingPathComponent(file))
        }
        try fm.createSymbolicLink(at: root.appendingPathComponent("b/link.html"), withDestinationURL: root.appendingPathComponent("b/2.html"))
        let listing = FileWalker.files(under: [root.path])
        let relative = listing.files.map { String($0.dropFirst(root.path.count + 1)) }
        #expect(relative == ["README.d/in.txt", "a/c/1.txt", "a/z.md", "b/2.html", "b/link.html"])
        #expect(listing.missing.isEmpty)
    }
}
