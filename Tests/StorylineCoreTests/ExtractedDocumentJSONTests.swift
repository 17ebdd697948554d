import Foundation
import StorylineCore
import Testing

/// The hand-written stored form must be byte-for-byte what `JSONEncoder` writes, so stores
/// written before and after it read the same.
@Suite struct ExtractedDocumentJSONTests {
    static func encoderBytes(_ d: ExtractedDocument) throws -> [UInt8] {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.userInfo[ExtractedDocument.compactEncoding] = true
        return [UInt8](try e.encode(d))
    }

    /// The search text the store indexes is `text`, byte for byte, for no blocks, one and many
    /// (with empty, non-ASCII and multi-line ones).
    @Test func textBytesAreTheBytesOfText() {
        let blocks = [
            TextBlock("Headline", role: .heading), TextBlock(""), TextBlock("Caf\u{E9} \u{201C}curly\u{201D} 北 😀"),
            TextBlock("line one\nline two"),
        ]
        for n in 0...blocks.count {
            let d = ExtractedDocument(blocks: Array(blocks.prefix(n)))
            #expect(d.textUTF8 == Array(d.text.utf8))
        }
    }

    @Test func matchesJSONEncoderOnAFullDocument() throws {
        let awkward = "Quote \" back\\slash / slash\ttab\nline\r\u{8}\u{c}\u{1}\u{1f}\u{7f} é “curly” 北 😀 \u{2028}"
        let d = ExtractedDocument(
            title: "A title / with \"quotes\"", publisher: "The Outlet", byline: nil,
            published: ISO8601.parse("2024-10-26T08:11:00Z"), language: "en", url: "https://example.org/a/b?c=d",
            kind: .discussion, lowQuality: true,
            blocks: [TextBlock("First paragraph. " + awkward), TextBlock("A heading", role: .heading), TextBlock("", role: .quote)],
            standfirst: "The dek", comments: [
                Comment(author: "user@instance", score: -3, age: "30 days ago", text: "A comment\nwith lines", depth: 1, quoted: ["q1", awkward]),
                Comment(author: nil, text: "anonymous"),
            ],
            warnings: ["low quality: thin text (12 words)", awkward])
        #expect(d.compactJSON() == (try Self.encoderBytes(d)))
    }

    @Test func matchesJSONEncoderOnAnEmptyDocument() throws {
        let d = ExtractedDocument()
        #expect(d.compactJSON() == (try Self.encoderBytes(d)))
        let decoded = try JSONDecoder().decode(ExtractedDocument.self, from: Data(d.compactJSON()))
        #expect(decoded == d)
    }

    @Test func everyControlCharacterIsEscapedAsTheEncoderDoes() throws {
        let all = String(String.UnicodeScalarView((0..<0x80).compactMap { Unicode.Scalar(UInt32($0)) }))
        let d = ExtractedDocument(title: all, blocks: [TextBlock(all)])
        #expect(d.compactJSON() == (try Self.encoderBytes(d)))
    }

    @Test func commentsWithDatesRoundTrip() throws {
        let d = ExtractedDocument(
            kind: .discussion,
            comments: [Comment(author: "a", score: 2, age: "1 day ago", posted: Date(timeIntervalSince1970: 1_700_000_123.5), text: "t")])
        #expect(d.compactJSON() == (try Self.encoderBytes(d)))
        #expect(try JSONDecoder().decode(ExtractedDocument.self, from: Data(d.compactJSON())) == d)
    }
}
