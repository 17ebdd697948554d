import Foundation
import StorylineBrief
import StorylineCore
import Testing

/// Disagreement grouping on small hand-built stories.
@Suite struct DisagreementTests {
    /// One report per (publisher, sentence, claim) with the given numeric claim.
    func story(_ reports: [(String, String, NumericClaim)]) -> StoryInput {
        let docs = reports.enumerated().map { i, r -> StoryDocument in
            let sentences = FixtureStory.split([r.1])
            var claim = r.2
            claim.sentence = 0
            return StoryDocument(
                id: "doc\(i)",
                extracted: ExtractedDocument(title: "Report \(i)", publisher: r.0, kind: .report, blocks: [TextBlock(r.1)]),
                analysis: DocumentAnalysis(sentences: sentences, claims: [claim]))
        }
        return StoryInput(id: "s", storylineID: "l", documents: docs)
    }

    func claim(_ value: Double, _ text: String, _ counts: String, by: String? = nil) -> NumericClaim {
        NumericClaim(value: value, valueText: text, counts: counts, attributedTo: by, sentence: 0)
    }

    @Test func differentCountsOfTheSameThingAreSetSideBySide() throws {
        let brief = BriefWriter().write(
            story([
                ("Coast Post", "Rescuers said 40 people were evacuated from the flooded valley of Orn on Sunday.",
                    claim(40, "40", "people", by: "Rescuers")),
                ("Valley Herald", "Officials said about 400 people were evacuated from the flooded Orn valley.",
                    claim(400, "400", "people", by: "Officials")),
            ]), updated: BriefChecks.updated)
        let d = try #require(brief.disagreements.first)
        #expect(d.subject == "Number evacuated")
        #expect(d.claims.map(\.value) == ["40", "400"])
        #expect(d.claims.map(\.attributedTo) == ["Rescuers", "Officials"])
    }

    @Test func sameHeadInUnrelatedContextsIsNoDisagreement() {
        let brief = BriefWriter().write(
            story([
                ("Coast Post", "Rescuers said 40 people were evacuated from the flooded valley of Orn on Sunday.",
                    claim(40, "40", "people")),
                ("Sports Daily", "A crowd of 9,000 people watched the cup final in the stadium of Tarsk.",
                    claim(9000, "9,000", "people")),
            ]), updated: BriefChecks.updated)
        #expect(brief.disagreements.isEmpty)
    }

    @Test func equalValuesFromManySourcesAreNoDisagreement() {
        let brief = BriefWriter().write(
            story([
                ("Coast Post", "Rescuers said 40 people were evacuated from the flooded valley of Orn on Sunday.",
                    claim(40, "40", "people", by: "Rescuers")),
                ("Valley Herald", "Officials said 40 people were evacuated from the flooded Orn valley overnight.",
                    claim(40, "40", "people", by: "Officials")),
            ]), updated: BriefChecks.updated)
        #expect(brief.disagreements.isEmpty)
    }

    @Test func yearsAreNotCounts() {
        let brief = BriefWriter().write(
            story([
                ("Coast Post", "The valley of Orn was last flooded in 1998 after a week of heavy rain.",
                    claim(1998, "1998", "")),
                ("Valley Herald", "The Orn valley was last flooded in 2004 after a week of heavy rain.",
                    claim(2004, "2004", "")),
            ]), updated: BriefChecks.updated)
        #expect(brief.disagreements.isEmpty)
    }

    @Test func unitsPairOnlyWhenTheyMeasureTheSameThing() {
        let brief = BriefWriter().write(
            story([
                ("Coast Post", "Storm waves of up to three metres swept the harbour of Orn on Sunday night.",
                    claim(3, "three", "metres", by: nil)),
                ("Valley Herald", "The wreck lies in about 24 metres of water off the harbour of Orn.",
                    claim(24, "24", "metres", by: nil)),
            ]), updated: BriefChecks.updated)
        #expect(brief.disagreements.isEmpty)
    }

    @Test func distancesInDifferentUnitsAreNotSetSideBySide() {
        // 40 miles is 64 kilometres: two ways of saying one thing, not a disagreement.
        let brief = BriefWriter().write(
            story([
                ("Coast Post", "The flooded village of Orn lies about 40 miles north of Tarsk, rescuers said.",
                    claim(40, "40", "miles north", by: "rescuers")),
                ("Valley Herald", "Orn, the flooded village, is 64 kilometres north of Tarsk.",
                    claim(64, "64", "kilometres north")),
            ]), updated: BriefChecks.updated)
        #expect(brief.disagreements.isEmpty)
    }

    @Test func theSourceOfAFigureIsNotWhatItMeasures() {
        // "$1 million, authorities said" measures nothing named next to the number: no pairing
        // under a heading like "Authorities (dollars)".
        let brief = BriefWriter().write(
            story([
                ("Coast Post", "The repairs to the Orn bridge were estimated at $1 million, authorities said Saturday.",
                    claim(1_000_000, "$1 million", "dollars", by: "authorities")),
                ("Valley Herald", "Repairs to the Orn bridge were estimated at $1.5 million, authorities said.",
                    claim(1_500_000, "$1.5 million", "dollars", by: "authorities")),
            ]), updated: BriefChecks.updated)
        #expect(!brief.disagreements.contains { $0.subject.lowercased().hasPrefix("authorities") })
    }

    @Test func deathsAndRescuesAreDifferentCounts() {
        let brief = BriefWriter().write(
            story([
                ("Coast Post", "Officials said 40 people died when the ferry capsized off the harbour of Orn.",
                    claim(40, "40", "people", by: "Officials")),
                ("Valley Herald", "Officials said 96 people were rescued when the ferry capsized off Orn harbour.",
                    claim(96, "96", "people", by: "Officials")),
            ]), updated: BriefChecks.updated)
        #expect(brief.disagreements.isEmpty)
    }

    @Test func deathCountsInDifferentWordsAreOneTollWithItsBasis() throws {
        let brief = BriefWriter().write(
            story([
                ("Coast Post", "The ministry said 40 people died when the ferry capsized off the harbour of Orn.",
                    claim(40, "40", "people", by: "The ministry")),
                ("Valley Herald", "Rescuers said at least 55 were dead after the ferry capsized off Orn harbour.",
                    claim(55, "55", "dead", by: "Rescuers")),
            ]), updated: BriefChecks.updated)
        let d = try #require(brief.disagreements.first)
        #expect(d.subject == "Death toll")
        #expect(d.claims.map(\.value) == ["40", "55"])
        let basis = try #require(d.basis)
        #expect(basis.contains("counts deaths"))
        #expect(basis.contains("2 different values from 2 outlets"))
    }

    @Test func twoUnattributedValuesFromOneOutletAreNoDisagreement() {
        let brief = BriefWriter().write(
            story([
                ("Coast Post", "By Sunday 40 people were evacuated from the flooded valley of Orn.",
                    claim(40, "40", "people")),
                ("Coast Post", "By Monday about 400 people were evacuated from the flooded Orn valley.",
                    claim(400, "400", "people")),
            ]), updated: BriefChecks.updated)
        #expect(brief.disagreements.isEmpty)
    }

    @Test func oneOutletReportingTwoAttributedValuesIsADisagreement() {
        let brief = BriefWriter().write(
            story([
                ("Coast Post", "Rescuers said 40 people were evacuated from the flooded valley of Orn on Sunday.",
                    claim(40, "40", "people", by: "Rescuers")),
                ("Coast Post", "Officials said about 400 people were evacuated from the flooded Orn valley.",
                    claim(400, "400", "people", by: "Officials")),
            ]), updated: BriefChecks.updated)
        #expect(brief.disagreements.count == 1)
    }
}
