import StorylineCore
import Testing
import TestSupport

@testable import StorylineExtract

/// Low-quality flags and their reasons.
@Suite struct QualityAssessorTests {
    func classified(_ doc: ExtractedDocument, _ signals: KindSignals = KindSignals()) -> ExtractedDocument {
        var d = doc
        KindClassifier().classify(&d, signals: signals)
        return d
    }

    let solid = ExtractedDocument(
        title: "Council approves harbour budget", publisher: "Coastal Courier", byline: "Ana Reed",
        blocks: Array(
            repeating: TextBlock(
                "The county council approved a budget of four million pounds for harbour repairs on Tuesday, and officials said the work on the lock gates and the approach channel would begin in the spring."),
            count: 8))

    @Test func solidReportIsNotLowQuality() {
        let d = classified(solid)
        #expect(!d.lowQuality)
        #expect(!d.warnings.contains { $0.hasPrefix("low quality") })
    }

    @Test func veryThinTextIsLowQuality() {
        var doc = solid
        doc.blocks = [TextBlock("Harbour budget approved.")]
        let d = classified(doc)
        #expect(d.lowQuality)
        #expect(d.warnings.contains { $0.contains("very thin text") })
    }

    @Test func snippetListIsLowQuality() {
        let d = classified(solid, KindSignals(snippetItems: 6))
        #expect(d.lowQuality)
        #expect(d.warnings.contains { $0.contains("6 search snippets") })
    }

    @Test func clickbaitHeadlineAloneIsNotEnoughButWithMoreItIs() {
        var doc = solid
        doc.title = "You won't believe what the council did with the harbour budget"
        #expect(!classified(doc).lowQuality)
        let d = classified(doc, KindSignals(boilerplateShare: 0.8))
        #expect(d.lowQuality)
        #expect(d.warnings.contains { $0.contains("clickbait") })
        #expect(d.warnings.contains { $0.contains("boilerplate") })
    }
}
