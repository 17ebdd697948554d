import StorylineAnalyze
import Testing

@Suite struct GazetteerTests {
    let gazetteer = Gazetteer.shared

    @Test func shippedListsHoldCountriesCapitalsAndDemonyms() {
        #expect(gazetteer.kinds(of: "North Korea").contains(.country))
        #expect(gazetteer.kinds(of: "Pyongyang").contains(.capital))
        #expect(gazetteer.country(for: "Pyongyang") == "North Korea")
        #expect(gazetteer.kinds(of: "Ukrainians").contains(.demonym))
        #expect(gazetteer.country(for: "Ukrainians") == "Ukraine")
        #expect(gazetteer.personalName("Maria").contains(.firstName))
        #expect(gazetteer.kinds(of: "harbour").isEmpty)
    }

    @Test func shippedListsHoldWellKnownOrganisations() {
        #expect(gazetteer.kinds(of: "NATO").contains(.organization))
        #expect(gazetteer.kinds(of: "World Health Organization").contains(.organization))
        #expect(!gazetteer.kinds(of: "France").contains(.organization))
        let m = gazetteer.matches(["The", "International", "Monetary", "Fund", "said", "so", "."])
        #expect(m.map { [$0.start, $0.end] } == [[1, 4]])
        #expect(m.first?.kind.contains(.organization) == true)
    }

    @Test func matchesTakeTheLongestName() {
        var g = Gazetteer()
        g.add("New Vale", .city)
        g.add("New Vale Bay", .region)
        g.add("Vale", .city)
        let m = g.matches(["We", "sailed", "to", "New", "Vale", "Bay", "and", "Vale", "."])
        #expect(m.map(\.start) == [3, 7])
        #expect(m.map(\.end) == [6, 8])
        #expect(m[0].kind == .region)
    }

    @Test func userListsLinkPlacesToCountries() {
        var g = Gazetteer()
        g.addPlaces("# comment\nBrasko\tcapital\tOstria\nOstria\tcountry\tOstria\nbroken line\n")
        g.addDemonyms("Ostrians\tOstria\n")
        #expect(g.country(for: "Brasko") == "Ostria")
        #expect(g.country(for: "Ostrians") == "Ostria")
        #expect(g.kinds(of: "Brasko") == .capital)
    }
}
