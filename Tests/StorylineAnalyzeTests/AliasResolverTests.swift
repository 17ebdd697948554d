import StorylineAnalyze
import StorylineCore
import Testing
import TestSupport

@Suite struct AliasResolverTests {
    typealias Form = EntityResolver.Form

    func resolve(_ forms: [Form]) -> [Entity] { EntityResolver.resolve(forms).entities }

    @Test func spacingHyphensAndTitlesAreOneName() {
        let entities = resolve([
            Form(surface: "Kim Jong Un", type: .person, firstSeen: 0),
            Form(surface: "Kim Jong-un", type: .person, firstSeen: 1),
            Form(surface: "Mr Kim", type: .person, firstSeen: 2),
            Form(surface: "Kim", type: .person, firstSeen: 3),
            Form(surface: "Choe Son Hui", type: .person, firstSeen: 4),
            Form(surface: "Choe Son-hui", type: .person, firstSeen: 5),
        ])
        #expect(entities.count == 2)
        #expect(entities[0].name == "Kim Jong Un")
        #expect(Set(entities[0].aliases) == ["Kim Jong-un", "Mr Kim", "Kim"])
        #expect(entities[1].name == "Choe Son Hui")
        #expect(entities[1].aliases == ["Choe Son-hui"])
    }

    @Test func transliterationVariantsMerge() {
        let entities = resolve([
            Form(surface: "Volodymyr Zelensky", type: .person, firstSeen: 0),
            Form(surface: "Zelenskyy", type: .person, count: 2, firstSeen: 1),
            Form(surface: "Zelensky", type: .person, firstSeen: 2),
        ])
        #expect(entities.count == 1)
        #expect(entities[0].name == "Volodymyr Zelensky")
        #expect(entities[0].mentions == 4)
    }

    @Test func differentPeopleStayApart() {
        let entities = resolve([
            Form(surface: "Anna Berg", type: .person, firstSeen: 0),
            Form(surface: "Tomas Berg", type: .person, firstSeen: 1),
            Form(surface: "Berg", type: .person, firstSeen: 2),
            Form(surface: "Austria", type: .location, firstSeen: 3),
            Form(surface: "Australia", type: .location, firstSeen: 4),
        ])
        // "Berg" fits two full names: ambiguous, so it is left alone.
        #expect(entities.count == 5)
    }

    @Test func acronymsJoinTheirFullNames() {
        let entities = resolve([
            Form(surface: "National Intelligence Service", type: .organization, firstSeen: 0),
            Form(surface: "NIS", type: .organization, firstSeen: 1),
        ])
        #expect(entities.count == 1)
        #expect(entities[0].aliases == ["NIS"])
    }

    @Test func capitalStandingForItsGovernmentJoinsTheCountry() {
        let entities = resolve([
            Form(surface: "North Korea", type: .location, firstSeen: 0),
            Form(surface: "Pyongyang", type: .location, standsFor: "North Korea", firstSeen: 1),
            Form(surface: "Pyongyang", type: .location, firstSeen: 2),
        ])
        #expect(entities.count == 2)
        #expect(entities[0].name == "North Korea")
        #expect(entities[0].aliases == ["Pyongyang"])
        #expect(entities[1].name == "Pyongyang")
    }

    @Test func storyLevelMergeJoinsDocuments() {
        let a = EntityAnalysis(entities: [
            Entity(name: "Kim Jong Un", type: .person, aliases: ["Mr Kim"], mentions: 3, sentences: [0, 2]),
            Entity(name: "Volodymyr Zelensky", type: .person, mentions: 1, sentences: [4]),
        ])
        let b = EntityAnalysis(entities: [
            Entity(name: "Kim Jong-un", type: .person, mentions: 2, sentences: [1]),
            Entity(name: "Zelenskyy", type: .person, mentions: 2, sentences: [0]),
            Entity(name: "Choe Son-hui", type: .person, mentions: 1, sentences: [3]),
        ])
        let merged = EntityResolver.mergeWithSources([a, b])
        #expect(merged.count == 3)
        let kim = merged.first { $0.entity.name == "Kim Jong Un" }
        #expect(kim?.entity.mentions == 5)
        #expect(Set(kim?.entity.aliases ?? []) == ["Mr Kim", "Kim Jong-un"])
        #expect(Set(kim?.sources ?? []) == [.init(document: 0, entity: 0), .init(document: 1, entity: 0)])
        let zelensky = merged.first { $0.entity.name == "Volodymyr Zelensky" }
        #expect(zelensky?.entity.mentions == 3)
        #expect(EntityResolver.merge([a, b]).count == 3)
    }

    @Test func recognizerMergesAliasesInAFictionalArticle() throws {
        let text = try Fixtures.string("analyze/ner/fictional-article.txt")
        let blocks = text.components(separatedBy: "\n\n").map { TextBlock($0) }
        let sentences = SentenceSplitter().split(blocks)
        let analysis = EntityRecognizer().analyze(sentences)
        #expect(!analysis.mentions.isEmpty)
        for m in analysis.mentions {
            let scalars = Array(sentences[m.sentence].text.unicodeScalars)
            var v = String.UnicodeScalarView()
            v.append(contentsOf: scalars[m.start..<m.end])
            #expect(String(v) == m.text)
            #expect(analysis.entities.indices.contains(m.entity))
        }
        func entity(_ surface: String) -> Entity? {
            analysis.mentions.first { $0.text == surface }.map { analysis.entities[$0.entity] }
        }
        let kim = try #require(entity("Kim Jong Un"))
        #expect(kim.type == .person)
        #expect(entity("Kim Jong-un") == kim)
        if let mrKim = entity("Kim") { #expect(mrKim == kim) }
        let choe = try #require(entity("Choe Son Hui"))
        #expect(entity("Choe Son-hui") == choe)
        let zelensky = try #require(entity("Volodymyr Zelensky"))
        #expect(entity("Zelenskyy") == zelensky)
    }
}
