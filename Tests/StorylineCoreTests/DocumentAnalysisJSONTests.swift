import Foundation
import StorylineCore
import Testing

/// The hand-written stored form of an analysis must be byte-for-byte what `JSONEncoder`
/// writes, so stores written before and after it read the same.
@Suite struct DocumentAnalysisJSONTests {
    static func encoderBytes(_ a: DocumentAnalysis) throws -> [UInt8] {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return [UInt8](try e.encode(a))
    }

    static let awkward = "Quote \" back\\slash / slash\ttab\nline\r\u{8}\u{c}\u{1}\u{1f}\u{7f} é “curly” 北 😀 \u{2028}"

    static func analysis(values: [Double]) -> DocumentAnalysis {
        DocumentAnalysis(
            sentences: [
                Sentence(index: 0, block: 0, start: 0, text: "The army said " + awkward),
                Sentence(index: 1, block: 2, start: 117, text: ""),
            ],
            entities: [
                Entity(name: "Kim Jong Un", type: .person, aliases: ["Kim", "Mr Kim", awkward], mentions: 4, sentences: [0, 1]),
                Entity(name: "Pyongyang", type: .location),
                Entity(name: "North Koreans", type: .group, aliases: [], mentions: 0, sentences: []),
            ],
            quotes: [
                Quote(speaker: "Kim Jong Un", text: "We will " + awkward, sentence: 0),
                Quote(speaker: nil, text: "unattributed", sentence: 1, direct: false),
            ],
            claims: values.enumerated().map { i, v in
                NumericClaim(
                    value: v, valueText: "\(v) / \"text\"", counts: "troops", qualifier: i % 2 == 0 ? "up to" : nil,
                    attributedTo: i % 3 == 0 ? nil : "South Korea's National Intelligence Service", sentence: i)
            },
            dates: [
                DateMention(text: "last week", resolved: "2024-10-18", relative: true, sentence: 0),
                DateMention(text: "in the spring", resolved: nil, relative: false, sentence: 1),
            ])
    }

    @Test func matchesJSONEncoderOnAFullAnalysis() throws {
        let values: [Double] = [1500, 12_000, 2.5, 0.1, 0.001, 3, 0, -0.0, -42, 1.5e6, 123_456_789_012, 99.99, 1.0 / 3.0, 0.0001]
        let a = Self.analysis(values: values)
        #expect(a.compactJSON() == (try Self.encoderBytes(a)))
        #expect(try JSONDecoder().decode(DocumentAnalysis.self, from: Data(a.compactJSON())) == a)
    }

    @Test func numbersTheEncoderWritesWithAnExponentAreStillIdentical() throws {
        let a = Self.analysis(values: [1e20, 7e-9, 2.0e15, 1e-5])
        #expect(a.compactJSON() == (try Self.encoderBytes(a)))
    }

    @Test func matchesJSONEncoderOnAnEmptyAnalysis() throws {
        let a = DocumentAnalysis()
        #expect(a.compactJSON() == (try Self.encoderBytes(a)))
    }

    @Test func wholeNumbersOfEveryMagnitudeMatch() throws {
        var values: [Double] = []
        var v = 1.0
        while v < 1e15 {
            values += [v, v + 1, v * 1.5, -v]
            v *= 7
        }
        let a = Self.analysis(values: values)
        #expect(a.compactJSON() == (try Self.encoderBytes(a)))
    }
}
