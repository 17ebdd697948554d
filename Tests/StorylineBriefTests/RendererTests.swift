import Foundation
import StorylineBrief
import StorylineCore
import Testing
import TestSupport

@Suite struct RendererTests {
    static let payloads = [
        "<script>alert(1)</script>", "<img src=x onerror=alert(2)>", "\"><svg onload=alert(3)>", "javascript:alert(4)",
    ]

    /// A story whose every document-supplied field carries a script or event-handler payload.
    static func hostileStory() -> StoryInput {
        let p = payloads
        let blocks = [
            "Officials in Kessa said \(p[0]) the bridge reopened after repairs on Monday morning.",
            "Engineers from Veloria said the repairs \(p[1]) cost far more than the city had planned.",
            "Residents of Kessa crossed the bridge \(p[2]) in large numbers during the first afternoon.",
        ]
        func doc(_ id: String, _ publisher: String, url: String) -> StoryDocument {
            let sentences = FixtureStory.split(blocks)
            return StoryDocument(
                id: id,
                extracted: ExtractedDocument(
                    title: "Bridge reopens \(p[0]) in Kessa \(p[1])", publisher: publisher, published: BriefChecks.updated,
                    url: url, kind: .report, blocks: blocks.map { TextBlock($0) }),
                analysis: DocumentAnalysis(
                    sentences: sentences,
                    entities: [Entity(name: "Kessa \(p[2])", type: .location, aliases: [p[1]], mentions: 3, sentences: [0, 2])],
                    dates: [DateMention(text: "on Monday", resolved: "2031-03-10", relative: true, sentence: 0)]))
        }
        return StoryInput(
            id: "story<script>", storylineID: "line\"onmouseover=alert(5)",
            documents: [doc("d1", "Evil \(p[0]) Post", url: p[3]), doc("d2", "Other \(p[1]) Times", url: "https://ok.example/?a=1&b=\"x\"")])
    }

    static func hostileBrief() -> Brief { BriefWriter().write(hostileStory(), updated: BriefChecks.updated) }

    @Test func htmlEscapesDocumentTextEverywhere() {
        let brief = Self.hostileBrief()
        #expect(!brief.whatHappened.isEmpty, "the hostile text must actually reach the page")
        let html = HTMLRenderer.render(brief)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<svg onload"))
        #expect(!html.contains("onerror=alert(2)>"))
        #expect(!html.contains("href=\"javascript:"))
        #expect(!html.contains("\"onmouseover"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("href=\"https://ok.example/?a=1&amp;b=&quot;x&quot;\""))
    }

    @Test func htmlPageIsSelfContained() {
        let html = HTMLRenderer.render(Self.hostileBrief())
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src=\"http"))
        #expect(html.contains("<style>"))
        #expect(html.contains("<svg class=\"timeline\""))
    }

    @Test func htmlCitationsLinkToFootnotesQuotingTheSource() throws {
        let story = try FixtureStory.load()
        let brief = BriefWriter().write(story, updated: BriefChecks.updated)
        let html = HTMLRenderer.render(brief)
        let first = brief.whatHappened[0].citations[0]
        #expect(html.contains("<sup class=\"ref\"><a href=\"#c1\" title=\""))
        #expect(html.contains("<li id=\"c1\"><blockquote>\(Escaping.html(first.quote))</blockquote>"))
        #expect(html.contains("public reaction"))
        #expect(html.contains("Also carried by Daily Aggregator"))
    }

    @Test func markdownNeutralizesMarkupAndHTML() {
        let md = MarkdownRenderer.render(Self.hostileBrief())
        #expect(!md.contains("<script"))
        #expect(!md.contains("<img"))
        #expect(md.contains("&lt;script&gt;"))
        #expect(md.contains("## What's happened"))
        #expect(md.contains("[^1]: "))
    }

    @Test func markdownEscapesMarkdownSyntax() {
        #expect(Escaping.markdown("*bold* [link](javascript:x) `code`") == "\\*bold\\* \\[link\\](javascript:x) \\`code\\`")
    }

    @Test func unsafeURLsNeverBecomeLinks() {
        #expect(Escaping.safeURL("javascript:alert(1)") == nil)
        #expect(Escaping.safeURL(" JaVaScRiPt:alert(1)") == nil)
        #expect(Escaping.safeURL("data:text/html,<b>") == nil)
        #expect(Escaping.safeURL("https://a.example/x y") == nil)
        #expect(Escaping.safeURL("https://a.example/?q=<b>") == "https://a.example/?q=&lt;b&gt;")
        #expect(Escaping.fileName("../../etc/passwd") == "______etc_passwd")
    }

    @Test func jsonHasExactlyTheSpecShape() throws {
        let story = try FixtureStory.load()
        let brief = BriefWriter().write(story, updated: BriefChecks.updated)
        let data = JSONRenderer.render(brief)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        for key in ["id", "title", "storyline", "updated", "documents", "whatHappened", "behindTheHeadline",
            "whatThePapersSay", "disagreements", "howWeGotHere", "goDeeper", "topics"]
        {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(ISO8601.parse(object["updated"] as! String) != nil)
        let docs = try #require(object["documents"] as? [[String: Any]])
        #expect(docs.allSatisfy { $0["id"] is String && $0["kind"] is String })
        let sentence = try #require((object["whatHappened"] as? [[String: Any]])?.first)
        let citation = try #require((sentence["citations"] as? [[String: Any]])?.first)
        #expect(sentence["text"] is String)
        #expect(citation["document"] is String && citation["publisher"] is String && citation["quote"] is String)
        let papers = try #require((object["whatThePapersSay"] as? [[String: Any]])?.first)
        #expect(papers["publisher"] is String && papers["kind"] is String && papers["sentences"] is [Any])
        let dispute = try #require((object["disagreements"] as? [[String: Any]])?.first)
        let claim = try #require((dispute["claims"] as? [[String: Any]])?.first)
        #expect(dispute["subject"] is String && claim["value"] is String && claim["sentence"] is [String: Any])
        let event = try #require((object["howWeGotHere"] as? [[String: Any]])?.first)
        #expect(event["date"] is String && event["sentence"] is [String: Any])
        let question = try #require((object["goDeeper"] as? [[String: Any]])?.first)
        #expect(question["question"] is String && question["citations"] is [Any])
        let topic = try #require((object["topics"] as? [[String: Any]])?.first)
        #expect(topic["name"] is String && topic["type"] is String && topic["aliases"] is [Any] && topic["mentions"] is Int)
        // Sorted keys and a round trip back to the same brief.
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.range(of: "\"behindTheHeadline\"")!.lowerBound < text.range(of: "\"disagreements\"")!.lowerBound)
        #expect(try JSONDecoder().decode(Brief.self, from: data) == brief)
    }

    /// Unattributed documents are counted as sources, and one of a thing is singular.
    @Test func bylineCountsUnattributedSourcesAndSingulars() throws {
        var brief = BriefWriter().write(try FixtureStory.load(), updated: BriefChecks.updated)
        let named = try #require(brief.documents.first { $0.publisher != nil && $0.duplicateOf == nil })
        var anonymous = named
        anonymous.id = "anonymous"
        anonymous.publisher = nil
        brief.documents = [named, anonymous]
        #expect(HTMLRenderer.render(brief).contains("2 documents from 1 outlet and 1 unattributed source<"))
        brief.documents = [named]
        #expect(HTMLRenderer.render(brief).contains("1 document from 1 outlet<"))
    }

    @Test func indexListsStoriesGroupedByStorylineWithEscapedText() throws {
        let veloria = BriefWriter().write(try FixtureStory.load(), updated: BriefChecks.updated)
        let hostile = Self.hostileBrief()
        let html = IndexRenderer.render([veloria, hostile])
        #expect(html.contains("href=\"story-veloria.html\""))
        #expect(html.contains("href=\"story_script_.html\""))
        #expect(html.contains("Northern Ledger"))
        #expect(html.contains("6 documents from 5 outlets"))
        #expect(!html.contains("<script"))
        #expect(html.contains("<h2>Stories</h2>"))
        var sequel = hostile
        sequel.id = "sequel"
        sequel.storyline = veloria.storyline
        let chained = IndexRenderer.render([veloria, hostile, sequel])
        #expect(chained.contains("<h2>Storyline · 2 stories</h2>"))
        #expect(chained.contains("<h2>Other stories</h2>"))
    }
}

@Suite struct BriefFilesTests {
    @Test func writesAllFormatsAndIndexWithSafeNames() throws {
        let dir = try Fixtures.scratchDirectory("brief-files")
        defer { try? FileManager.default.removeItem(at: dir) }
        let brief = RendererTests.hostileBrief()
        try BriefFiles.write(brief, to: dir)
        try BriefFiles.writeIndex([brief], to: dir)
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(names == ["index.html", "story_script_.html", "story_script_.json", "story_script_.md"])
        let json = try Data(contentsOf: dir.appendingPathComponent("story_script_.json"))
        #expect(try JSONDecoder().decode(Brief.self, from: json) == brief)
    }
}
