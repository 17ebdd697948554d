import Foundation
import HTTPTypes
import Hummingbird
import StorylinePipeline
import Testing
import TestSupport
@testable import StorylineServer

/// Documents whose every field carries script, event-handler and `javascript:` payloads are
/// rendered on every page type, in the raw HTML and in headless Chromium: no payload may
/// become markup, and no script may run.
@Suite struct BrowserXSSTests {
    /// Each payload, if it ever ran, would set `data-xss` on the root element. The attribute
    /// name is assembled at run time, so the escaped payload text never contains it.
    static func payloads(_ tag: String) -> [String] {
        [
            "<script>document.documentElement.setAttribute('data-x'+'ss','\(tag)-script')</script>",
            "<img src=x onerror=\"document.documentElement.setAttribute('data-x'+'ss','\(tag)-img')\">",
            "\"><svg onload=\"document.documentElement.setAttribute('data-x'+'ss','\(tag)-svg')\">",
            "'><a href=\"javascript:document.documentElement.setAttribute('data-x'+'ss','\(tag)-link')\">x</a>",
            "</title></style></textarea><script>document.documentElement.setAttribute('data-x'+'ss','\(tag)-break')</script>",
        ]
    }

    static func hostile(_ tag: String) -> String { payloads(tag).joined(separator: " ") }

    static let evilStory = "evil\"<b>&story/?#"
    static let evilStoryline = "line'<i>?#%"

    /// A store whose documents, stories, analyses and brief carry payloads everywhere.
    static func hostileStore() async throws -> (SQLiteStore, [String: String]) {
        let directory = try Fixtures.scratchDirectory("serve-xss")
        let store = try SQLiteStore(path: directory.appendingPathComponent("store.sqlite").path)
        // Through the ingest path: a JSON Lines record with payloads in every field.
        let record: [String: String] = [
            "title": "Bridge " + hostile("title"), "publisher": hostile("publisher"), "url": "javascript:alert(1)",
            "text": "The bridge reopened today. " + hostile("body") + "\n\nA second paragraph mentions the bridge again.",
        ]
        let line = try JSONSerialization.data(withJSONObject: record)
        let ingested = try IngestPipeline().ingest(
            jsonRecord: line, origin: DocumentOrigin(location: "test:" + hostile("origin")), into: store)
        // Directly as extracted, for the fields text extraction does not produce (comments, byline).
        let extracted = ExtractedDocument(
            title: "Comment thread " + hostile("title2"), publisher: hostile("publisher2"), byline: hostile("byline"),
            published: Date(timeIntervalSince1970: 1_772_000_000), language: hostile("lang"),
            url: "JaVaScRiPt:alert(document.domain)", kind: .discussion,
            blocks: [TextBlock(hostile("heading"), role: .heading), TextBlock("The bridge thread. " + hostile("para")),
                TextBlock(hostile("quote"), role: .quote)],
            standfirst: hostile("standfirst"),
            comments: [Comment(author: hostile("author"), score: 3, age: hostile("age"), text: hostile("comment"), quoted: [hostile("quoted")])],
            warnings: [hostile("warning")])
        let thread = NewDocument(
            id: "feedfacefeedface", origin: DocumentOrigin(location: hostile("location"), item: 2), format: .text,
            contentBytes: 100, extracted: extracted)
        _ = try store.insert([thread])
        let ids = ["record": ingested.id, "thread": thread.id]
        try store.replaceGrouping(
            [
                StoryRecord(
                    id: evilStory, storyline: evilStoryline, title: "Story " + hostile("story"), firstPublished: "2026-02-25T06:13:20Z",
                    lastPublished: "2026-03-01T00:00:00Z", updated: "2026-03-01T00:00:00Z",
                    documents: [StoryMember(document: ingested.id), StoryMember(document: thread.id, duplicateOf: ingested.id)]),
                StoryRecord(
                    id: "plain", storyline: evilStoryline, title: "Earlier " + hostile("story2"), firstPublished: "2026-01-01",
                    lastPublished: "2026-01-02", updated: "2026-01-02", documents: []),
            ], clustererState: nil)
        let evilEntity = Entity(name: "Bridge " + hostile("entity"), type: .organization, aliases: [hostile("alias")], mentions: 2)
        try store.saveAnalysis(
            DocumentAnalysis(
                entities: [evilEntity],
                claims: [NumericClaim(value: 5, valueText: hostile("value"), counts: hostile("counts"), qualifier: hostile("qual"), attributedTo: hostile("who"), sentence: 0)]),
            for: ingested.id)
        try store.saveAnalysis(
            DocumentAnalysis(claims: [NumericClaim(value: 7, valueText: "7", counts: hostile("counts"), sentence: 0)]), for: thread.id)
        let cite = Citation(document: ingested.id, publisher: hostile("citepub"), quote: "The bridge reopened today. " + hostile("body"))
        let missing = Citation(document: thread.id, publisher: nil, quote: hostile("missing"))
        let s = BriefSentence(text: hostile("sentence"), citations: [cite, missing])
        try store.saveBrief(
            Brief(
                id: evilStory, title: "Brief " + hostile("brief"), storyline: evilStoryline, updated: "2026-03-01T00:00:00Z",
                documents: [BriefDocument(id: ingested.id, title: hostile("bdoc"), publisher: hostile("bpub"), kind: .report, published: nil)],
                whatHappened: [s], behindTheHeadline: [s],
                whatThePapersSay: [OutletCoverage(publisher: hostile("outlet"), kind: .discussion, sentences: [s])],
                disagreements: [Disagreement(subject: hostile("subject"), claims: [ConflictingClaim(value: hostile("cv"), attributedTo: hostile("ca"), sentence: s)])],
                howWeGotHere: [TimelineEntry(date: hostile("date"), sentence: s)],
                goDeeper: [FollowUpQuestion(question: hostile("question"), citations: [cite])],
                topics: [TopicCard(name: "Bridge " + hostile("entity"), type: .organization, aliases: [hostile("talias")], description: hostile("desc"), mentions: 2)]))
        return (store, ids)
    }

    static func pages(_ ids: [String: String]) -> [String] {
        let entity = EntityID.slug("Bridge " + hostile("entity"))
        return [
            "/", Paths.story(evilStory), Paths.comparison(evilStory), Paths.storyline(evilStoryline),
            Paths.document(ids["record"]!, highlight: "The bridge reopened today. " + hostile("body")),
            Paths.document(ids["thread"]!, highlight: hostile("hl")), Paths.entity(entity),
            Paths.search("bridge"), Paths.search(hostile("query")), "/feed.atom",
        ]
    }

    /// What would show that a payload became markup: a script or event handler element, a
    /// `javascript:` link, or the marker a payload writes when it runs.
    static func injected(_ dom: String) -> [String] {
        var found: [String] = []
        let lower = dom.lowercased()
        if lower.contains("data-xss") { found.append("a payload ran (data-xss set)") }
        if lower.contains("<script") { found.append("<script> element") }
        if lower.contains("<img") { found.append("<img> element") }
        // Attributes of each real tag (text nodes cannot hold one: their `<` is escaped). Escaped
        // text may well *mention* onerror= or javascript: inside an attribute value; only an
        // attribute that is itself an event handler or a javascript: link counts.
        let tag = try! NSRegularExpression(pattern: "<[a-zA-Z][^<>]*>")
        let attribute = try! NSRegularExpression(pattern: "\\s([^\\s\"'>/=]+)\\s*(?:=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+)))?")
        for match in tag.matches(in: dom, range: NSRange(dom.startIndex..., in: dom)) {
            let text = String(dom[Range(match.range, in: dom)!])
            for a in attribute.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                let name = String(text[Range(a.range(at: 1), in: text)!]).lowercased()
                let value = (2...4).compactMap { Range(a.range(at: $0), in: text).map { String(text[$0]) } }.first ?? ""
                if name.hasPrefix("on") { found.append("event handler \(name) in \(text.prefix(80))") }
                let target = value.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
                if ["href", "src", "action", "formaction", "xlink:href"].contains(name) && target.hasPrefix("javascript:") {
                    found.append("javascript: URL in \(text.prefix(80))")
                }
            }
        }
        return found
    }

    @Test func payloadsNeverBecomeMarkupInServedPages() async throws {
        let (store, ids) = try await Self.hostileStore()
        try await LiveServer.run(store: store) { server in
            for path in Self.pages(ids) {
                let reply = try await server.get(path)
                #expect(reply.status == 200, "\(path)")
                #expect(Self.injected(reply.body).isEmpty, "\(path): \(Self.injected(reply.body))")
            }
            // The payload text is shown (escaped), not dropped.
            let story = try await server.get(Paths.story(Self.evilStory)).body
            #expect(story.contains("&lt;script&gt;document.documentElement.setAttribute(&#39;data-x&#39;+&#39;ss&#39;,&#39;sentence-script&#39;)&lt;/script&gt;"))
            let thread = try await server.get(Paths.document(ids["thread"]!)).body
            #expect(thread.contains("&lt;img src=x onerror=&quot;document.documentElement.setAttribute(&#39;data-x&#39;+&#39;ss&#39;,&#39;author-img&#39;)&quot;&gt;"))
            #expect(thread.contains("JaVaScRiPt:alert(document.domain) <span class=\"muted\">(not linked)</span>"))
        }
    }

    @Test func theDetectorSeesInjectedMarkup() {
        #expect(Self.injected("<p>\(HTMLEscape.escape(Self.hostile("t")))</p>").isEmpty)
        for payload in Self.payloads("t") { #expect(!Self.injected("<p>\(payload)</p>").isEmpty, "\(payload)") }
    }

    @Test func noScriptRunsInHeadlessChromium() async throws {
        let chromium = try #require(Chromium.executable(), "Chromium is needed (Debian package chromium; scripts/setup installs it)")
        // The harness can see a script run: a page that does run one is caught.
        let control = try Chromium.dumpDOM(
            chromium, url: "data:text/html,<html><body><script>document.documentElement.setAttribute('data-x'+'ss','control')</script></body></html>")
        #expect(control.contains("data-xss=\"control\""), "the browser harness must detect a script that runs")
        let (store, ids) = try await Self.hostileStore()
        try await LiveServer.run(store: store) { server in
            for path in Self.pages(ids) {
                let dom = try Chromium.dumpDOM(chromium, url: server.base + path)
                #expect(dom.count > 200, "\(path): Chromium rendered nothing")
                #expect(Self.injected(dom).isEmpty, "\(path): \(Self.injected(dom))")
            }
        }
    }
}

/// Headless Chromium as the test's browser.
enum Chromium {
    static func executable() -> String? {
        if let path = ProcessInfo.processInfo.environment["CHROMIUM"], FileManager.default.isExecutableFile(atPath: path) { return path }
        for path in ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        where FileManager.default.isExecutableFile(atPath: path) {
            return path
        }
        return nil
    }

    /// The DOM after the page loaded and any script had its chance to run.
    static func dumpDOM(_ chromium: String, url: String) throws -> String {
        let profile = try Fixtures.scratchDirectory("chromium")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chromium)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=\(profile.path)", "--virtual-time-budget=2000", "--dump-dom", url,
        ]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 90, execute: watchdog)
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return String(decoding: data, as: UTF8.self)
    }
}
