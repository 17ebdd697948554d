import StorylineAnalyze
import StorylineCore
import Testing

@Suite("Numeric claims")
struct ClaimFinderTests {
    func claims(_ paragraphs: [String]) -> [NumericClaim] {
        DocumentAnalyzer().analyze(InfoFixture.document(paragraphs)).claims
    }

    @Test func quantityWithQualifierCountAndSource() throws {
        let all = DocumentAnalyzer().analyze(try InfoFixture.document()).claims
        let containers = all.first { $0.value == 2400 }
        #expect(containers?.counts == "containers")
        #expect(containers?.qualifier == "about")
        #expect(containers?.attributedTo == "port authority of Velmora")
        let grain = all.first { $0.value == 15000 }
        #expect(grain?.qualifier == "up to")
        #expect(grain?.counts == "tonnes")
        #expect(grain?.attributedTo == "Velmora Shipping Council")
        let trucks = all.first { $0.value == 40 }
        #expect(trucks?.qualifier == "at least")
        #expect(trucks?.attributedTo == "Velmora Shipping Council")
        let inspectors = all.first { $0.value == 300 }
        #expect(inspectors?.qualifier == "more than")
        #expect(inspectors?.attributedTo == "Customs officials")
    }

    @Test func numberWordsMultipliersAndVagueAmounts() {
        let found = claims([
            "The army said it had sent three brigades, 1.5 million rounds and a dozen drones, and that thousands of volunteers had joined."
        ])
        #expect(found.contains { $0.value == 3 && $0.counts == "brigades" })
        #expect(found.contains { $0.value == 1_500_000 && $0.counts == "rounds" })
        #expect(found.contains { $0.value == 12 && $0.counts == "drones" })
        #expect(found.contains { $0.value == 1000 && $0.qualifier == "thousands" && $0.counts == "volunteers" })
        #expect(found.allSatisfy { $0.attributedTo == "army" || $0.attributedTo == "The army" })
    }

    @Test func yearsDatesTimesOrdinalsAndAgesAreNotClaims() {
        let found = claims([
            "On 12 May 2021 at 10:30, the 3rd battalion of Route 9 met a 45-year-old farmer for two hours in 2022."
        ])
        #expect(found.isEmpty)
    }

    @Test func figureWithoutNounBorrowsTheSentencesCount() {
        let found = claims(["Officials said 200 guards were hired, with up to 900 expected by spring."])
        #expect(found.contains { $0.value == 900 && $0.counts == "guards" && $0.qualifier == "up to" })
    }

    @Test func bothEndsOfARangeCountTheNounAfterIt() {
        let found = claims([
            "Five women were inside the hall, the chief said.",
            "He said as many as 35 to 40 volunteer firefighters came from across the valley.",
        ])
        let low = found.first { $0.value == 35 }
        #expect(low?.counts == "volunteer firefighters")
        #expect(low?.qualifier == "as many as")
        #expect(found.first { $0.value == 40 }?.counts == "volunteer firefighters")
        #expect(found.first { $0.value == 5 }?.counts == "women")
        // A score or a season record is no range.
        let record = claims(["The Hawks finished with a 52-30 record and won 3-1 on Sunday."])
        #expect(!record.contains { $0.value == 52 || $0.value == 3 })
    }

    @Test func anIrregularPastTenseEndsTheCountedPhrase() {
        let found = claims(["About 200 residents fled the flooded quarter and 12 ambulances came within the hour."])
        #expect(found.first { $0.value == 200 }?.counts == "residents")
        #expect(found.first { $0.value == 12 }?.counts == "ambulances")
    }

    @Test func moneyAndPercentages() {
        let found = claims(["The ministry said revenue rose 4.5 percent to $2.1 billion."])
        #expect(found.contains { $0.value == 4.5 && $0.counts == "percent" })
        #expect(found.contains { $0.value == 2_100_000_000 && $0.counts == "dollars" })
    }

    @Test func figureInsideAQuoteBelongsToTheSpeaker() {
        let found = claims(["“We lost 70 boats in one night,” said Captain Elin Rask."])
        #expect(found.first { $0.value == 70 }?.attributedTo == "Elin Rask")
    }

    @Test func narratorFiguresHaveNoSource() {
        let found = claims(["The river flooded 12 villages near the dam."])
        #expect(found.first { $0.value == 12 }?.attributedTo == nil)
    }
}
