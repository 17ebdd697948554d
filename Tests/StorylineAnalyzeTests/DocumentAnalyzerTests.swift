import Foundation
import StorylineAnalyze
import StorylineCore
import Testing

@Suite("Document analyzer")
struct DocumentAnalyzerTests {
    @Test func everyFindingPointsAtTheSentenceThatHoldsIt() throws {
        let doc = try InfoFixture.document()
        let a = DocumentAnalyzer().analyze(doc)
        #expect(!a.sentences.isEmpty)
        for q in a.quotes {
            let s = a.sentences[q.sentence]
            let block = doc.blocks[s.block].text
            #expect(block.contains(q.text))
        }
        for c in a.claims { #expect(a.sentences[c.sentence].text.contains(c.valueText)) }
        for d in a.dates { #expect(a.sentences[d.sentence].text.contains(d.text)) }
        #expect(a.dates.contains { $0.resolved == "2025-03-11" && a.sentences[$0.sentence].text.contains("port authority") })
    }

    @Test func analysisRoundTripsThroughJSON() throws {
        let a = DocumentAnalyzer().analyze(try InfoFixture.document())
        let data = try JSONEncoder().encode(a)
        let back = try JSONDecoder().decode(DocumentAnalysis.self, from: data)
        #expect(back == a)
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        for key in ["sentences", "entities", "quotes", "claims", "dates"] { #expect(object?[key] != nil) }
    }

    @Test func emptyAndOddInputDoesNotCrash() {
        let odd = ExtractedDocument(blocks: [
            TextBlock(""), TextBlock("“"), TextBlock("\"\"\""), TextBlock(String(repeating: "“a ", count: 2000)),
            TextBlock("1,2,3,4,5 — 9:99 $ % 2024-13-45 said said says according to"),
        ])
        let a = DocumentAnalyzer().analyze(odd)
        #expect(a.sentences.count >= 1)
    }
}
