import Foundation
import StorylineAnalyze
import StorylineCore
import Testing

@Suite("Dates resolved against publication")
struct DateFinderTests {
    /// Resolved values of the dates in one sentence, published Thursday 13 March 2025.
    func resolved(_ text: String, published: Date? = InfoFixture.published) -> [String: String?] {
        let sentence = Sentence(index: 0, block: 0, start: 0, text: text)
        var out: [String: String?] = [:]
        for d in DateFinder().find([sentence], published: published) { out[d.text] = d.resolved }
        return out
    }

    @Test func absoluteForms() {
        #expect(resolved("It began on 26 October 2024.")["26 October 2024"] == "2024-10-26")
        #expect(resolved("It began on October 26, 2024.")["October 26, 2024"] == "2024-10-26")
        #expect(resolved("Filed 2024-10-26 in court.")["2024-10-26"] == "2024-10-26")
        #expect(resolved("The law passed in 2022.")["2022"] == "2022")
        #expect(resolved("Talks resumed in October 2023.")["October 2023"] == "2023-10")
        #expect(resolved("It happened on Jan. 5.")["Jan. 5"] == "2025-01-05")
    }

    @Test func pastWeekdayIsTheLastSuchDay() {
        #expect(resolved("The mayor said on Tuesday that the bridge was closed.")["Tuesday"] == "2025-03-11")
        #expect(resolved("It was announced on Thursday.")["Thursday"] == "2025-03-13")
        #expect(resolved("They met last Thursday.")["last Thursday"] == "2025-03-06")
    }

    @Test func futureWeekdayIsTheNextSuchDay() {
        #expect(resolved("The council will vote on Monday.")["Monday"] == "2025-03-17")
    }

    @Test func relativeExpressions() {
        let r = resolved(
            "Yesterday the firm said that last week, earlier this month and 30 days ago it had warned of losses last year.")
        #expect(r["Yesterday"] == "2025-03-12")
        #expect(r["last week"] == "2025-03-03")
        #expect(r["earlier this month"] == "2025-03")
        #expect(r["30 days ago"] == "2025-02-11")
        #expect(r["last year"] == "2024")
    }

    @Test func monthWithoutYearLooksBack() {
        #expect(resolved("The region has been occupied since early August.")["early August"] == "2024-08")
        #expect(resolved("Prices rose in February.")["February"] == "2025-02")
    }

    @Test func relativeDatesStayUnresolvedWithoutPublication() {
        let r = resolved("He said on Friday that last week was calm, as in 2019.", published: nil)
        #expect(r["Friday"] == .some(nil))
        #expect(r["last week"] == .some(nil))
        #expect(r["2019"] == "2019")
    }

    @Test func mayAndMarchAreDatesOnlyInDateContext() {
        #expect(resolved("Officials may reopen the road.").isEmpty)
        #expect(resolved("The march was peaceful.").isEmpty)
        #expect(resolved("It opened on May 2.")["May 2"] == "2024-05-02")
    }
}
