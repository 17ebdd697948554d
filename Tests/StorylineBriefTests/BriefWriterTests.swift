import Foundation
import StorylineBrief
import StorylineCore
import Testing

@Suite struct BriefWriterTests {
    let story: StoryInput
    let brief: Brief

    init() throws {
        story = try FixtureStory.load()
        brief = BriefWriter().write(story, updated: BriefChecks.updated)
    }

    @Test func everyCitationQuotesItsDocumentVerbatim() {
        #expect(!BriefChecks.allCitations(brief).isEmpty)
        #expect(BriefChecks.nonVerbatim(brief, story).isEmpty)
    }

    @Test func everyExtractiveSentenceIsFullySupportedAndCited() {
        let checker = SupportChecker(threshold: 1.0)
        for (section, s) in BriefChecks.allSentences(brief) {
            #expect(!s.citations.isEmpty, "\(section): \(s.text)")
            #expect(checker.isSupported(s), "\(section): \(s.text)")
        }
    }

    @Test func sameInputInAnyOrderGivesTheSameBrief() {
        var shuffled = story
        shuffled.documents.reverse()
        shuffled.documents.swapAt(0, 2)
        #expect(BriefWriter().write(shuffled, updated: BriefChecks.updated) == brief)
    }

    @Test func headerFieldsFollowTheStory() {
        #expect(brief.id == "story-veloria")
        #expect(brief.storyline == "storyline-veloria")
        #expect(brief.documents.count == 6)
        #expect(brief.documents.first { $0.id == "doc-d-reprint" }?.duplicateOf == "doc-a-ledger")
        #expect(!brief.title.isEmpty)
    }

    @Test func whatHappenedHasTwoToFourDistinctSentencesFromReporting() {
        #expect((2...4).contains(brief.whatHappened.count))
        let kinds = Dictionary(story.documents.map { ($0.id, $0.extracted.kind) }, uniquingKeysWith: { a, _ in a })
        for s in brief.whatHappened {
            #expect(kinds[s.citations[0].document] != .discussion)
            #expect(s.citations[0].document != "doc-d-reprint", "a reprint is never cited in place of its original")
        }
        #expect(Set(brief.whatHappened.map(\.text)).count == brief.whatHappened.count)
        // The lead of the reporting comes first.
        #expect(brief.whatHappened[0].text.contains("troops"))
    }

    @Test func behindTheHeadlineStartsFromTheAnalysisPiece() throws {
        let first = try #require(brief.behindTheHeadline.first)
        #expect(first.citations[0].document == "doc-c-review")
        #expect(brief.behindTheHeadline.count <= 4)
        let happened = Set(brief.whatHappened.map(\.text))
        #expect(brief.behindTheHeadline.allSatisfy { !happened.contains($0.text) })
    }

    @Test func papersSayHasOneEntryPerOutletWithReactionAndReprintRules() {
        let publishers = brief.whatThePapersSay.map(\.publisher)
        #expect(Set(publishers).count == publishers.count, "one entry per outlet")
        #expect(Set(publishers) == ["Northern Ledger", "Harbor Times", "Capital Review", "Velorian State News", "forum.example"])
        #expect(!publishers.contains("Daily Aggregator"), "the reprint is credited to the original outlet")
        let forum = brief.whatThePapersSay.first { $0.publisher == "forum.example" }
        #expect(forum?.kind == .discussion)
        #expect(brief.whatThePapersSay.last?.kind == .discussion, "public reaction comes after the reporting")
        // The highest-scored comment speaks first.
        #expect(forum?.sentences.first?.text == "Nobody seems to agree on the numbers at all.")
        for o in brief.whatThePapersSay {
            #expect(!o.sentences.isEmpty)
            #expect(o.sentences.allSatisfy { $0.citations.allSatisfy { $0.publisher == o.publisher } })
        }
        // Discussion text is never used as reporting.
        let reporting = brief.whatHappened + brief.behindTheHeadline
        #expect(reporting.allSatisfy { $0.citations.allSatisfy { $0.document != "doc-e-forum" } })
    }

    @Test func papersSayEntryAddsWhatOthersDoNotSay() throws {
        let harbor = try #require(brief.whatThePapersSay.first { $0.publisher == "Harbor Times" })
        #expect(harbor.sentences.contains { $0.text.contains("artillery") })
    }

    @Test func troopNumbersDisagreeWithEachValueAndItsSource() throws {
        let troops = try #require(brief.disagreements.first { $0.subject.contains("troops") })
        #expect(troops.claims.map(\.value) == ["1,500", "as many as 10,000", "up to 12,000"])
        #expect(troops.claims.map(\.attributedTo) == [
            "the Marenland intelligence agency", "the Ostrian defence ministry", "the Ostrian government",
        ])
        #expect(troops.claims.map { $0.sentence.citations[0].publisher } == ["Northern Ledger", "Harbor Times", "Capital Review"])
    }

    @Test func denialIsSetAgainstTheReport() throws {
        let denial = try #require(brief.disagreements.first { $0.claims.contains { $0.value == "denied" } })
        let denied = try #require(denial.claims.first { $0.value == "denied" })
        #expect(denied.attributedTo == "Velorian foreign ministry")
        #expect(denied.sentence.citations[0].document == "doc-f-state")
        let reported = try #require(denial.claims.first { $0.value == "reported" })
        #expect(reported.sentence.citations[0].document != "doc-f-state")
    }

    @Test func timelineIsOldestFirstWithResolvedDatesOnly() {
        let dates = brief.howWeGotHere.map(\.date)
        #expect(dates == dates.sorted())
        #expect(dates.first == "2019")
        #expect(dates.contains("2030-06"))
        #expect(Set(dates).count == dates.count, "one entry per date")
        let resolved = Set(story.documents.flatMap { $0.analysis.dates.compactMap(\.resolved) })
        #expect(dates.allSatisfy(resolved.contains))
    }

    @Test func timelineMergesEarlierStoriesOfTheStoryline() {
        var later = story
        let earlier = TimelineEntry(
            date: "2028-11-02",
            sentence: BriefSentence(
                text: "Veloria and Marenland opened talks on a border treaty.",
                citations: [Citation(document: "old-doc", publisher: "Northern Ledger", quote: "Veloria and Marenland opened talks on a border treaty.")]))
        later.earlierEvents = [earlier]
        let dates = BriefWriter().write(later, updated: BriefChecks.updated).howWeGotHere.map(\.date)
        #expect(dates == dates.sorted())
        #expect(dates.contains("2028-11-02"))
        #expect(BriefWriter.datedEvents(of: story).map(\.date) == brief.howWeGotHere.map(\.date))
    }

    @Test func goDeeperAsksThreeToFiveQuestionsEachAnswered() {
        #expect((3...5).contains(brief.goDeeper.count))
        for q in brief.goDeeper {
            #expect(q.question.hasSuffix("?"))
            #expect(!q.citations.isEmpty)
        }
        #expect(brief.goDeeper.contains { $0.question.contains("troops") })
        let numbers = brief.goDeeper.first { $0.question.contains("troops") }!
        #expect(numbers.citations.contains { $0.quote.contains("12,000") })
    }

    @Test func topicCardsCoverMainEntitiesWithMergedAliases() throws {
        let names = brief.topics.map(\.name)
        #expect(names.first == "Marenland")
        let korvel = try #require(brief.topics.first { $0.name == "Ada Korvel" })
        #expect(korvel.type == .person)
        #expect(korvel.aliases == ["Korvel"])
        #expect(korvel.mentions >= 3)
        #expect(brief.topics.count <= 6)
    }

    @Test func topicDescriptionComesFromTheKnowledgeBase() {
        let kb = KnowledgeBase(tsv: "LOC\tMarenland|Republic of Marenland\tan invented coastal country\nPERSON\tKorvel\ta wrong single-name match\n")
        let b = BriefWriter(knowledgeBase: kb).write(story, updated: BriefChecks.updated)
        #expect(b.topics.first { $0.name == "Marenland" }?.description == "an invented coastal country")
        #expect(b.topics.first { $0.name == "Ada Korvel" }?.description == nil, "people match on full names only")
    }

    @Test func bundledKnowledgeBaseLoads() {
        let kb = KnowledgeBase.bundled
        #expect(kb.count > 1000)
        #expect(kb.description(name: "Russian Federation", aliases: [], type: .location) != nil)
    }

    @Test func emptyStoryGivesAnEmptyButValidBrief() {
        let b = BriefWriter().write(StoryInput(id: "x", storylineID: "y", documents: []), updated: BriefChecks.updated)
        #expect(b.whatHappened.isEmpty && b.topics.isEmpty && b.documents.isEmpty)
        #expect(b.title == "Untitled story")
    }
}
