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

    @Test func accordingToCreditsNamesNotRoles() {
        let style = TextStyle([
            TextBlock("Nine people were rescued, according to a police spokesperson."),
            TextBlock("According to officials, the ramp failed; according to the coastguard, it had been repaired."),
            TextBlock("The ship was overloaded, according to the Harbour Times, and late, according to Calvera Radio."),
        ])
        #expect(style.outletAttributions == 2)
    }

    @Test func aLongReportWithFiveCreditsIsNotAnAggregator() {
        let filler = "Rescue crews worked through the night at the quay while relatives waited for news and the harbour master read out the names of those who had been found."
        var blocks = (0..<60).map { _ in TextBlock(filler) }
        let credits = [
            "The Harbour Times reports that the vessel had failed two inspections.",
            "Calvera Radio reported that the captain had warned of the weather.",
            "The Brenholm Courier writes that the route was new.",
            "The Ambrel Post reports that the insurer had queried the ramp.",
            "Northwind Wire reported that 212 people were aboard.",
        ]
        for (k, credit) in credits.enumerated() { blocks.insert(TextBlock(credit), at: 6 * k + 3) }
        var long = ExtractedDocument(title: "Ferry capsizes off Port Ambrel", publisher: "Calvera Courier", blocks: blocks)
        KindClassifier().classify(&long, signals: KindSignals())
        #expect(long.kind == .report)

        // the same five credits carrying a short summary make it an aggregator
        var short = ExtractedDocument(title: "Ferry capsizes off Port Ambrel", publisher: nil, blocks: credits.map { TextBlock($0) })
        KindClassifier().classify(&short, signals: KindSignals())
        #expect(short.kind == .aggregator)
    }
}
