import Foundation
import StorylineCore
import Testing

@testable import StorylineBrief

/// Rules for defects seen in real briefs, on fictional stories: increments are not rival
/// totals, the event leads What's happened, and a forum thread is never named after the
/// article it quotes.
@Suite struct BriefDefectTests {
    /// One report per (publisher, text, claims); each text is one block.
    func story(_ reports: [(String, String, [NumericClaim])]) -> StoryInput {
        let docs = reports.enumerated().map { i, r -> StoryDocument in
            let sentences = FixtureStory.split([r.1])
            let claims = r.2.map { c -> NumericClaim in
                var claim = c
                claim.sentence = sentences.first { $0.text.contains(c.valueText) }?.index ?? 0
                return claim
            }
            return StoryDocument(
                id: "doc\(i)",
                extracted: ExtractedDocument(title: "Report \(i)", publisher: r.0, kind: .report, blocks: [TextBlock(r.1)]),
                analysis: DocumentAnalysis(sentences: sentences, claims: claims))
        }
        return StoryInput(id: "s", storylineID: "l", documents: docs)
    }

    func deaths(_ value: Double, _ text: String, _ counts: String = "bodies", by: String? = nil) -> NumericClaim {
        NumericClaim(value: value, valueText: text, counts: counts, attributedTo: by, sentence: 0)
    }

    @Test func anIncrementIsNotARivalTotal() throws {
        let brief = BriefWriter().write(
            story([
                ("Coast Post", "Police said 40 people died when the dam above the town of Orn burst on Sunday.",
                    [deaths(40, "40", "people", by: "Police")]),
                ("Valley Herald", "Rescuers said 52 people died after the Orn dam burst flooded the town on Sunday.",
                    [deaths(52, "52", "people", by: "Rescuers")]),
                ("Ridge Times", "Divers found another 15 bodies in the flooded town of Orn after the dam burst on Sunday.",
                    [deaths(15, "15")]),
                ("Hill Gazette", "Searchers pulled 9 more bodies from the Orn dam burst floodwater in the town on Monday.",
                    [deaths(9, "9")]),
            ]), updated: BriefChecks.updated)
        let d = try #require(brief.disagreements.first)
        #expect(d.subject == "Death toll")
        #expect(d.claims.map(\.value) == ["40", "52"])
    }

    /// The words that qualify the counted noun ("Vardian" soldiers) say which troops are meant,
    /// so they tie claims together; only the noun itself is common to every troop claim.
    @Test func theCountedNounsModifiersTieClaimsTogether() throws {
        let brief = BriefWriter().write(
            story([
                ("Coast Post", "President Orlan Tesk warned on Friday that up to 10,000 Vardian soldiers could be deployed.",
                    [NumericClaim(value: 10000, valueText: "10,000", counts: "Vardian soldiers", qualifier: "up to", attributedTo: "Orlan Tesk", sentence: 0)]),
                ("Valley Herald", "Intelligence officials said 12,000 Vardian troops were deployed.",
                    [NumericClaim(value: 12000, valueText: "12,000", counts: "Vardian troops", attributedTo: "Intelligence officials", sentence: 0)]),
            ]), updated: BriefChecks.updated)
        let d = try #require(brief.disagreements.first)
        #expect(d.subject == "Number of troops")
        #expect(d.claims.map(\.value) == ["up to 10,000", "12,000"])
    }

    /// "Hundreds of soldiers a day" is a rate: it is not a rival of a total count of troops.
    @Test func aRateIsNotARivalOfATotal() {
        let brief = BriefWriter().write(
            story([
                ("Coast Post", "Officials said 12,000 Vardian troops were deployed near Kessa this week.",
                    [NumericClaim(value: 12000, valueText: "12,000", counts: "Vardian troops", attributedTo: "Officials", sentence: 0)]),
                ("Valley Herald", "Kessa officials said hundreds of Vardian soldiers a day were deployed near Kessa this week.",
                    [NumericClaim(value: 200, valueText: "hundreds", counts: "Vardian soldiers", attributedTo: "Kessa officials", sentence: 0)]),
            ]), updated: BriefChecks.updated)
        #expect(brief.disagreements.isEmpty)
        let rate = NumericClaim(value: 200, valueText: "hundreds", counts: "soldiers", sentence: 0)
        #expect(ClaimMeasure.ratePeriod(of: rate, in: "He lost hundreds of soldiers a day.") == "day")
        #expect(ClaimMeasure.ratePeriod(of: rate, in: "He lost hundreds of soldiers in a day.") == nil)
        let total = NumericClaim(value: 500, valueText: "500", counts: "troops", sentence: 0)
        #expect(ClaimMeasure.ratePeriod(of: total, in: "About 500 troops per week crossed.") == "week")
        #expect(ClaimMeasure.ratePeriod(of: total, in: "About 500 troops arrived a day later.") == nil)
    }

    /// One outlet under its publisher name, a feed title and its site is listed once.
    @Test func anOutletsFeedTitleAndSiteFoldIntoItsName() {
        let names: [String?] = [
            "Northwind Wire", "Northwind Wire – Top World Stories", "northwindwire.example", "The Calvera Herald",
            "calveraherald.example", "harbourline.example", nil, "Calvera Radio: Evening News",
        ]
        #expect(OutletName.unified(names) == [
            "Northwind Wire", "Northwind Wire", "Northwind Wire", "The Calvera Herald",
            "The Calvera Herald", "harbourline.example", nil, "Calvera Radio: Evening News",
        ])
    }

    /// A denial is set against a report only when they share more than what the whole story is
    /// about, and a denial later taken back ("denied and later acknowledged") is no denial.
    @Test func aDenialNeedsASpecificReportAndMustStand() {
        func denials(_ reports: [(String, String, [NumericClaim])]) -> [Disagreement] {
            BriefWriter().write(story(reports), updated: BriefChecks.updated).disagreements.filter {
                $0.claims.contains { $0.value == "denied" }
            }
        }
        let background = [
            ("Coast Post", "Vardia sent engineers to Kessa to rebuild the Orn bridge this spring.", [NumericClaim]()),
            ("Valley Herald", "Vardia and Kessa signed a treaty on the Orn bridge in March.", []),
        ]
        // shares only "Vardia", "Kessa", "Orn", "bridge": the story's own words
        #expect(denials(background + [
            ("Ridge Times", "Vardia denied that the Orn bridge in Kessa was ever closed.", []),
        ]).isEmpty)
        // a denial taken back
        #expect(denials(background + [
            ("Ridge Times", "Vardia denied and later acknowledged sending engineers to the Kessa bridge.", []),
        ]).isEmpty)
        // a standing denial of the specific report
        let standing = denials(background + [
            ("Ridge Times", "Vardia denied that it sent engineers to rebuild the Orn bridge.", []),
        ])
        #expect(standing.count == 1)
    }

    @Test func aTollThatRoseByANumberIsNotATotal() {
        #expect(isIncrement("The death toll rose by 12 on Monday, officials said.", "12"))
        #expect(isIncrement("Officials said an additional 30 people had been evacuated.", "30"))
        #expect(isIncrement("A further 8 soldiers were wounded overnight.", "8"))
        #expect(!isIncrement("The death toll rose to 12 on Monday, officials said.", "12"))
        #expect(!isIncrement("More than 30 people had been evacuated, officials said.", "30"))
    }

    func isIncrement(_ sentence: String, _ value: String) -> Bool {
        ClaimMeasure.isIncrement(NumericClaim(value: 0, valueText: value, counts: "people", sentence: 0), in: sentence)
    }

    @Test func theEventLeadsWhatHappenedBeforeAForecast() throws {
        // The forecast shares the most words with the other reports, so it would lead on centrality alone.
        let forecast = "The Orn dam flood is expected to reach the town of Lessa on Tuesday, the Orn valley council said."
        let brief = BriefWriter().write(
            story([
                ("Coast Post", forecast + " The Orn dam burst on Sunday and flooded the town of Orn, the council said.", []),
                ("Valley Herald", "The Orn dam flood is expected to reach Lessa on Tuesday, the valley council said. "
                    + "Water from the Orn dam flooded the town on Sunday.", []),
                ("Ridge Times", "The council of the Orn valley said the flood would reach the town of Lessa on Tuesday. "
                    + "The dam above Orn burst on Sunday.", []),
            ]), updated: BriefChecks.updated)
        let lead = try #require(brief.whatHappened.first)
        #expect(!lead.text.contains("expected to"))
        #expect(!lead.text.contains(" would "))
        #expect(lead.text.contains("Sunday"))
    }

    @Test func aForumThreadIsNamedAfterItsForumNotTheArticleItQuotes() {
        let comments = [
            Comment(author: "ren@quay.example", score: 9, text: "This was always going to happen to that dam."),
            Comment(author: "tamsin@harbour.example", score: 2, text: "The council ignored the engineers for years."),
            Comment(author: "ren@quay.example", score: 1, text: "Exactly my point."),
        ]
        let thread = ExtractedDocument(
            kind: .discussion,
            blocks: [TextBlock("The Orn dam burst on Sunday, flooding the valley town, officials said.")],
            comments: comments)
        #expect(OutletName.name(of: thread) == "Forum thread (quay.example, harbour.example)")
        var untitled = thread
        untitled.comments = []
        #expect(OutletName.name(of: untitled) == "Forum thread")
        untitled.title = "Orn dam bursts"
        #expect(OutletName.name(of: untitled) == "Forum thread (Orn dam bursts)")
        // A thread that names its site keeps it.
        var sited = thread
        sited.url = "https://www.quay.example/post/12"
        #expect(OutletName.name(of: sited) == "quay.example")
    }
}
