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

    /// The sniffer counts eight bytes at a time; its verdict is the byte-by-byte rule's on texts
    /// with a growing share of control bytes at every offset (tails of 0 to 7 bytes included).
    @Test func binaryVerdictMatchesTheByteRule() {
        var generator = SystemRandomNumberGenerator()
        let text = Array("Line one\tof a log\r\n\u{1B}[1mbold\u{1B}[0m and a form feed\u{0C}.\n".utf8)
        for share in stride(from: 0, through: 12, by: 1) {
            for length in [7, 8, 9, 63, 100, 8191, 8193, 9000] {
                var bytes = (0..<length).map { text[$0 % text.count] }
                for _ in 0..<(length * share / 100) {
                    bytes[Int.random(in: 0..<length, using: &generator)] = UInt8.random(in: 0x01...0x08, using: &generator)
                }
                let head = bytes.prefix(8192)
                let control = head.filter(BinarySniffer.isControl).count
                #expect(BinarySniffer.binaryKind(bytes) == (control * 20 > head.count ? "mostly control characters" : nil))
            }
        }
        var withNul = Array(text)
        withNul[withNul.count - 3] = 0
        #expect(BinarySniffer.binaryKind(withNul + withNul) == "contains NUL bytes")
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
