import Foundation
import StorylinePipeline
import TestSupport

/// A scratch store holding the fictional harbor fixtures: ingested through the real ingest
/// path, then grouped into two stories of one storyline, analysed, and briefed by hand (the
/// test stands in for the grouping and brief stages, which are tested on their own).
struct ServeTestStore {
    let store: SQLiteStore
    let directory: URL
    /// Document ids by the fixture record's `id` field.
    let ids: [String: String]

    static let closureStory = "story-closure"
    static let inspectionStory = "story-inspection"
    static let storyline = "storyline-harbor"

    static func make(withBrief: Bool = true, analyses: Bool = true) throws -> ServeTestStore {
        let directory = try Fixtures.scratchDirectory("serve")
        let store = try SQLiteStore(path: directory.appendingPathComponent("store.sqlite").path)
        let summary = try IngestPipeline().ingest(paths: [Fixtures.url("serve/harbor.jsonl").path], into: store)
        precondition(summary.failures.isEmpty && summary.inserted == 6, "fixture ingest failed: \(summary.failures)")
        let fixtureIDs = ["g1", "l1", "v1", "g1copy", "g0", "l0"]
        var ids: [String: String] = [:]
        for (name, id) in zip(fixtureIDs, summary.insertedIDs) { ids[name] = id }
        let made = ServeTestStore(store: store, directory: directory, ids: ids)
        try made.group()
        if analyses { try made.analyse() }
        if withBrief { try store.saveBrief(made.closureBrief()) }
        return made
    }

    func id(_ name: String) -> String { ids[name]! }

    func group() throws {
        let closure = StoryRecord(
            id: Self.closureStory, storyline: Self.storyline, title: "Eastmere closes Harbor Bridge",
            firstPublished: "2026-03-04T08:00:00Z", lastPublished: "2026-03-05T07:15:00Z", updated: "2026-03-05T08:00:00Z",
            documents: [
                StoryMember(document: id("g1")), StoryMember(document: id("l1")), StoryMember(document: id("v1")),
                StoryMember(document: id("g1copy"), duplicateOf: id("g1")),
            ])
        let inspection = StoryRecord(
            id: Self.inspectionStory, storyline: Self.storyline, title: "Corrosion found on Harbor Bridge",
            firstPublished: "2026-02-02T08:00:00Z", lastPublished: "2026-02-03T10:00:00Z", updated: "2026-02-03T11:00:00Z",
            documents: [StoryMember(document: id("g0")), StoryMember(document: id("l0"))])
        try store.replaceGrouping([closure, inspection], clustererState: nil)
    }

    func analyse() throws {
        let authority = Entity(name: "Eastmere Harbor Authority", type: .organization, aliases: ["Harbor Authority"], mentions: 1)
        let quill = Entity(name: "Mara Quill", type: .person, aliases: ["Quill"], mentions: 1)
        let brandt = Entity(name: "Ilse Brandt", type: .person, aliases: ["Professor Ilse Brandt"], mentions: 1)
        let analyses: [String: DocumentAnalysis] = [
            "g1": DocumentAnalysis(
                entities: [authority, quill],
                claims: [NumericClaim(value: 1200, valueText: "1,200", counts: "commuters", qualifier: "about", attributedTo: "Eastmere Harbor Authority", sentence: 1)]),
            "l1": DocumentAnalysis(
                entities: [authority, quill],
                claims: [NumericClaim(value: 3000, valueText: "3,000", counts: "commuters", attributedTo: "the commuters union", sentence: 1)]),
            "v1": DocumentAnalysis(entities: [brandt, authority]),
            "g0": DocumentAnalysis(entities: [authority, brandt, quill]),
            "l0": DocumentAnalysis(entities: [authority]),
        ]
        for (name, analysis) in analyses { try store.saveAnalysis(analysis, for: id(name)) }
    }

    func cite(_ name: String, _ publisher: String, _ quote: String) -> Citation {
        Citation(document: id(name), publisher: publisher, quote: quote)
    }

    func closureBrief() -> Brief {
        let g = "Eastmere Gazette", l = "Coastal Ledger", v = "Valley Post"
        let closed = cite("g1", g, "The Harbor Bridge in Eastmere was closed to all traffic on Tuesday after inspectors found cracked support cables.")
        let few = cite("g1", g, "The Eastmere Harbor Authority said about 1,200 commuters use the bridge every morning.")
        let many = cite("l1", l, "The commuters union said 3,000 commuters cross the bridge every morning.")
        let warned = cite("v1", v, "Engineers had warned for a decade that the Harbor Bridge cables were corroding faster than expected.")
        let budget = cite("v1", v, "Professor Ilse Brandt of the Northshore Institute said the repair budget had been cut twice since 2019.")
        let weeks = cite("g1", g, "Mayor Mara Quill told reporters the closure would last at least three weeks.")
        return Brief(
            id: Self.closureStory, title: "Eastmere closes Harbor Bridge after cracked cables are found", storyline: Self.storyline,
            updated: "2026-03-05T08:00:00Z",
            documents: [
                BriefDocument(id: id("g1"), title: "Eastmere closes Harbor Bridge after inspectors find cracked cables", publisher: g, kind: .report, published: "2026-03-04T08:00:00Z"),
                BriefDocument(id: id("l1"), title: "Harbor Bridge shut: thousands of commuters stranded", publisher: l, kind: .report, published: "2026-03-04T11:30:00Z"),
                BriefDocument(id: id("v1"), title: "Why Eastmere's bridge was always going to fail", publisher: v, kind: .analysis, published: "2026-03-05T07:15:00Z"),
                BriefDocument(id: id("g1copy"), title: "Eastmere closes Harbor Bridge after inspectors find cracked cables", publisher: "News Roundup", kind: .aggregator, published: "2026-03-04T09:00:00Z", duplicateOf: id("g1")),
            ],
            whatHappened: [
                BriefSentence(text: "Eastmere’s Harbor Bridge was closed on Tuesday after inspectors found cracked support cables.", citations: [closed]),
                BriefSentence(text: "The mayor expects the closure to last at least three weeks.", citations: [weeks]),
            ],
            behindTheHeadline: [
                BriefSentence(text: "Engineers had warned for a decade that the cables were corroding, and the repair budget was cut twice since 2019.", citations: [warned, budget])
            ],
            whatThePapersSay: [
                OutletCoverage(publisher: g, kind: .report, sentences: [BriefSentence(text: "The Gazette leads with the inspection and the ferry plan.", citations: [closed])]),
                OutletCoverage(publisher: l, kind: .report, sentences: [BriefSentence(text: "The Ledger puts stranded commuters first and quotes the commuters union.", citations: [many])]),
                OutletCoverage(publisher: v, kind: .analysis, sentences: [BriefSentence(text: "The Post argues the failure was foreseeable.", citations: [warned])]),
            ],
            disagreements: [
                Disagreement(subject: "Commuters using the bridge each morning", claims: [
                    ConflictingClaim(value: "about 1,200", attributedTo: "Eastmere Harbor Authority", sentence: BriefSentence(text: "About 1,200 commuters use the bridge every morning, the authority says.", citations: [few])),
                    ConflictingClaim(value: "3,000", attributedTo: "the commuters union", sentence: BriefSentence(text: "The commuters union puts the figure at 3,000.", citations: [many])),
                ])
            ],
            howWeGotHere: [
                TimelineEntry(date: "2026-02-02", sentence: BriefSentence(text: "A corrosion report led the authority to order a full inspection.", citations: [cite("g0", g, "The Eastmere Harbor Authority has ordered a full inspection of the Harbor Bridge after a corrosion report.")]))
            ],
            goDeeper: [FollowUpQuestion(question: "How long will the repairs take?", citations: [weeks])],
            topics: [
                TopicCard(name: "Eastmere Harbor Authority", type: .organization, aliases: ["Harbor Authority"], description: "Runs the Harbor Bridge.", mentions: 5),
                TopicCard(name: "Mara Quill", type: .person, aliases: [], mentions: 3),
            ])
    }
}
