import StorylineCore
import Testing
@testable import StorylineExtract

/// Credits to other outlets are counted once each, whichever phrase carries them.
@Suite struct TextStyleTests {
    @Test func oneCreditIsCountedOnce() {
        let style = TextStyle([
            TextBlock("The Harbour Times reports that the ferry left port with 40 people aboard."),
            TextBlock("Investigators reported that the ramp had failed twice before."),
        ])
        #expect(style.outletAttributions == 2)
    }

    @Test func aReportWithTwoCreditsIsNotAnAggregator() {
        let blocks = [
            TextBlock("The ferry Ostrin capsized off Port Ambrel on Tuesday with 212 people aboard, the coastguard said."),
            TextBlock("Divers recovered nine bodies overnight, according to the regional governor."),
            TextBlock("The Harbour Times reports that the vessel had failed two inspections this year."),
            TextBlock("Rescue crews worked through the night as relatives gathered at the quay, where the harbour master read out names."),
        ]
        var doc = ExtractedDocument(title: "Ferry capsizes off Port Ambrel", publisher: "Calvera Courier", blocks: blocks)
        KindClassifier().classify(&doc, signals: KindSignals())
        #expect(doc.kind == .report)
    }
}
