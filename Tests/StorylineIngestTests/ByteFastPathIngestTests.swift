import Testing

@testable import StorylineIngest

/// The byte-level shortcuts of reading answer what the slower code they replace answered.
@Suite struct ByteFastPathIngestTests {
    @Test func fileExtensionsReadFromTheLastPathComponent() {
        #expect(InputKind.fileExtension("/a/b/Story.HTML") == "html")
        #expect(InputKind.fileExtension("dir.d/file") == nil)
        #expect(InputKind.fileExtension("export.jsonl/") == "jsonl")
        #expect(InputKind.fileExtension("file.") == "")
        #expect(InputKind.fileExtension("/caf\u{E9}/Notes.MD") == "md")
    }

    @Test func declaredCharsetsFoundInAnyCase() {
        #expect(DeclaredCharset.find(in: Array("<HTML><HEAD><META CHARSET=\"ISO-8859-1\"></HEAD>".utf8)) == "windows-1252")
        #expect(DeclaredCharset.find(in: Array("<meta name=x><meta http-equiv=Content-Type content='text/html; charset= utf-8 '>".utf8)) == "utf-8")
        #expect(DeclaredCharset.find(in: Array("<?XML version=\"1.0\" encoding=\"Windows-1251\"?><rss>".utf8)) == "windows-1251")
        #expect(DeclaredCharset.find(in: Array("<p>no declaration</p><meta".utf8)) == nil)
    }

    @Test func binaryIsToldFromText() {
        #expect(BinarySniffer.binaryKind(Array("plain text\n".utf8)) == nil)
        #expect(BinarySniffer.binaryKind([0x41, 0x00, 0x42]) == "contains NUL bytes")
        #expect(BinarySniffer.binaryKind([UInt8](repeating: 0x01, count: 40)) == "mostly control characters")
    }

    @Test func escapedJSONStringsDecodeWhole() {
        let line = Array(#"{"id": 7, "html": "<p class=\"lead\">caf\u00e9 \u2014 \"quoted\"</p>\n", "title": "T\u00e9"}"#.utf8)
        guard let fields = JSONRecordScanner.scan(line[...]) else {
            Issue.record("the scanner refused a plain record")
            return
        }
        if case .string(let html)? = fields["html"] { #expect(html == "<p class=\"lead\">caf\u{E9} \u{2014} \"quoted\"</p>\n") } else { Issue.record("no html") }
        if case .string(let title)? = fields["title"] { #expect(title == "T\u{E9}") } else { Issue.record("no title") }
    }
}
