import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import StorylineServer

/// The HTML pages, each fetched from a live server over the fictional harbor store.
@Suite struct ServerPagesTests {
    static func decodeEntities(_ s: String) -> String {
        s.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&amp;", with: "&")
    }

    @Test func everyPageAnswersWithHTMLAndSecurityHeaders() async throws {
        let fixture = try ServeTestStore.make()
        let doc = fixture.id("g1")
        try await LiveServer.run(store: fixture.store) { server in
            let pages = [
                "/", "/stories/story-closure", "/stories/story-closure/compare", "/storylines/storyline-harbor",
                "/documents/\(doc)", "/entities/mara-quill", "/search?q=bridge", "/search", "/no/such/page",
            ]
            for path in pages {
                let reply = try await server.get(path)
                #expect(reply.status == (path == "/no/such/page" ? 404 : 200), "\(path)")
                #expect(reply.header("Content-Type") == "text/html; charset=utf-8", "\(path)")
                let csp = reply.header("Content-Security-Policy") ?? ""
                #expect(csp.contains("default-src 'none'") && csp.contains("frame-ancestors 'none'"), "\(path)")
                #expect(!csp.contains("script-src"), "no script is ever allowed: \(path)")
                #expect(reply.header("X-Content-Type-Options") == "nosniff")
                #expect(reply.header("X-Frame-Options") == "DENY")
                #expect(reply.header("Referrer-Policy") == "no-referrer")
                #expect(reply.body.hasPrefix("<!DOCTYPE html>"))
                #expect(!reply.body.lowercased().contains("<script"), "pages need no JavaScript: \(path)")
            }
            let api = try await server.get("/api/stories")
            #expect(api.header("X-Content-Type-Options") == "nosniff")
            #expect(api.header("Content-Security-Policy") != nil)
        }
    }

    @Test func theInlineStyleSheetIsAllowedByItsHashOnly() {
        #expect(PageShell.contentSecurityPolicy.contains("style-src 'sha256-"))
        #expect(!PageShell.contentSecurityPolicy.contains("unsafe-inline"))
        let page = PageShell.render(title: "t", body: "<p>x</p>").raw
        #expect(page.contains("<style>\(PageShell.styleSheet)</style>"))
    }

    @Test func storyListGroupsStoriesOfAStorylineWithOutletsAndCounts() async throws {
        let fixture = try ServeTestStore.make()
        try await LiveServer.run(store: fixture.store) { server in
            let page = try await server.get("/").body
            #expect(page.contains("Storyline of 2 stories"))
            #expect(page.contains("href=\"/storylines/storyline-harbor\""))
            #expect(page.contains("4 documents") && page.contains("2 documents"))
            #expect(page.contains("Coastal Ledger") && page.contains("Valley Post"))
            // Newest story first.
            let closure = try #require(page.range(of: "/stories/story-closure\""))
            let inspection = try #require(page.range(of: "/stories/story-inspection\""))
            #expect(closure.lowerBound < inspection.lowerBound)
            #expect(page.contains("no brief yet"), "the inspection story has no brief")
        }
    }

    @Test func storyWithoutBriefShowsItsDocumentsAndSaysNoBriefYet() async throws {
        let fixture = try ServeTestStore.make(withBrief: false)
        try await LiveServer.run(store: fixture.store) { server in
            let page = try await server.get("/stories/story-closure").body
            #expect(page.contains("No brief has been written for this story yet."))
            #expect(!page.contains("What’s happened"))
            for name in ["g1", "l1", "v1", "g1copy"] {
                #expect(page.contains("href=\"/documents/\(fixture.id(name))\""))
            }
            #expect(page.contains("copy of Eastmere Gazette"))
        }
    }

    @Test func briefShowsEverySectionAndCitationsOpenTheSourceSentenceHighlighted() async throws {
        let fixture = try ServeTestStore.make()
        try await LiveServer.run(store: fixture.store) { server in
            let page = try await server.get("/stories/story-closure").body
            for heading in ["What’s happened", "What’s behind the headline", "What the papers say", "Where sources disagree",
                "How we got here", "Go deeper", "More on these topics"]
            {
                #expect(page.contains(heading), "\(heading)")
            }
            #expect(!page.contains("No brief has been written"))
            // Every citation link goes to a document view with the quote to highlight.
            let pattern = try NSRegularExpression(pattern: "href=\"(/documents/[0-9a-f]+\\?highlight=[^\"]+)\"")
            let links = pattern.matches(in: page, range: NSRange(page.startIndex..., in: page)).map {
                Self.decodeEntities(String(page[Range($0.range(at: 1), in: page)!]))
            }
            #expect(links.count >= 10)
            for link in Set(links) {
                let view = try await server.get(link).body
                #expect(view.contains("<mark id=\"cited\">"), "\(link)")
                #expect(!view.contains("was not found verbatim"), "\(link)")
            }
            let first = try #require(links.first)
            let view = try await server.get(first).body
            #expect(view.contains("<mark id=\"cited\">The Harbor Bridge in Eastmere was closed to all traffic on Tuesday after inspectors found cracked support cables.</mark>"))
        }
    }

    @Test func documentViewSaysSoWhenACitedPassageIsMissing() async throws {
        let fixture = try ServeTestStore.make()
        try await LiveServer.run(store: fixture.store) { server in
            let view = try await server.get("/documents/\(fixture.id("g1"))?highlight=Nothing+like+this+is+written+here").body
            #expect(view.contains("was not found verbatim"))
            #expect(!view.contains("<mark"))
            #expect(view.contains("Eastmere Gazette") && view.contains("Ferries will run every twenty minutes"))
            #expect(view.contains("harbor.jsonl#1"), "origins are shown")
            #expect(view.contains("href=\"/entities/mara-quill\""))
        }
    }

    @Test func comparisonTableHighlightsWhereOutletsDisagree() async throws {
        let fixture = try ServeTestStore.make()
        try await LiveServer.run(store: fixture.store) { server in
            let page = try await server.get("/stories/story-closure/compare").body
            for outlet in ["Eastmere Gazette", "Coastal Ledger", "Valley Post"] {
                #expect(page.contains("<th scope=\"col\">\(outlet)</th>"), "\(outlet)")
            }
            #expect(page.contains("<tr class=\"disagree\"><th scope=\"row\">Commuters using the bridge each morning"))
            #expect(page.contains("<tr class=\"disagree\"><th scope=\"row\">commuters<div class=\"meta\">figures differ"))
            #expect(page.contains("<strong>about 1,200</strong>") && page.contains("<strong>3,000</strong>"))
        }
    }

    @Test func comparisonWithoutBriefOrAnalysisSaysWhatIsMissing() async throws {
        let fixture = try ServeTestStore.make(withBrief: false, analyses: false)
        try await LiveServer.run(store: fixture.store) { server in
            let page = try await server.get("/stories/story-closure/compare").body
            #expect(page.contains("No brief has been written for this story yet"))
            #expect(page.contains("None of this story’s documents has been analysed yet"))
            #expect(!page.contains("class=\"disagree\""))
        }
    }

    @Test func timelineChartsEveryStoryOfTheStoryline() async throws {
        let fixture = try ServeTestStore.make()
        try await LiveServer.run(store: fixture.store) { server in
            let page = try await server.get("/storylines/storyline-harbor").body
            #expect(page.contains("<svg class=\"chart\""))
            #expect(page.components(separatedBy: "<rect class=\"bar\"").count - 1 == 2)
            #expect(page.components(separatedBy: "<circle class=\"dot\"").count - 1 == 6)
            #expect(page.contains("<a href=\"/stories/story-inspection\">") && page.contains("<a href=\"/stories/story-closure\">"))
            let list = try #require(page.range(of: "<h2>Stories, oldest first</h2>"))
            let older = try #require(page.range(of: "Corrosion found on Harbor Bridge", range: list.upperBound..<page.endIndex))
            let newer = try #require(page.range(of: "Eastmere closes Harbor Bridge", range: list.upperBound..<page.endIndex))
            #expect(older.lowerBound < newer.lowerBound, "oldest first")
        }
    }

    @Test func entityPageListsTheStoriesThatMentionIt() async throws {
        let fixture = try ServeTestStore.make()
        try await LiveServer.run(store: fixture.store) { server in
            let page = try await server.get("/entities/ilse-brandt").body
            #expect(page.contains("<h1>Ilse Brandt</h1>"))
            #expect(page.contains("href=\"/stories/story-closure\"") && page.contains("href=\"/stories/story-inspection\""))
            #expect(page.contains("Professor Ilse Brandt"), "aliases are shown")
            // Found by an alias too, and the brief's topic description is shown.
            let authority = try await server.get("/entities/harbor-authority").body
            #expect(authority.contains("<h1>Eastmere Harbor Authority</h1>") && authority.contains("Runs the Harbor Bridge."))
            #expect(try await server.get("/entities/nobody-at-all").status == 404)
        }
    }

    @Test func searchMarksMatchesInEscapedSnippets() async throws {
        let fixture = try ServeTestStore.make()
        try await LiveServer.run(store: fixture.store) { server in
            let page = try await server.get("/search?q=ferries").body
            #expect(page.contains("<mark>Ferries</mark>") || page.contains("<mark>ferries</mark>"))
            #expect(page.contains("2 documents matching"))
            #expect(page.contains("value=\"ferries\""))
            let none = try await server.get("/search?q=zeppelin").body
            #expect(none.contains("No document matches"))
        }
    }

    @Test func snippetsAreEscapedBeforeMatchesAreMarked() {
        let html = Highlight.snippet("a <b>\u{E000}bridge\u{E001}</b> & \u{E000}open").raw
        #expect(html == "a &lt;b&gt;<mark>bridge</mark>&lt;/b&gt; &amp; <mark>open</mark>")
        #expect(Highlight.plain("x\u{E000}y\u{E001}") == "xy")
        #expect(Highlight.matches("\u{E000}one\u{E001} and \u{E000}two\u{E001}") == ["one", "two"])
    }

    @Test func feedListsBriefsAsAtom() async throws {
        let fixture = try ServeTestStore.make()
        try await LiveServer.run(store: fixture.store) { server in
            let reply = try await server.get("/feed.atom")
            #expect(reply.status == 200)
            #expect(reply.header("Content-Type") == "application/atom+xml; charset=utf-8")
            let parser = XMLParser(data: Data(reply.body.utf8))
            #expect(parser.parse(), "the feed is well-formed XML")
            #expect(reply.body.contains("<id>urn:storyline:story:story-closure</id>"))
            #expect(reply.body.contains("<updated>2026-03-05T08:00:00Z</updated>"))
            #expect(reply.body.contains("href=\"/stories/story-closure\""))
            #expect(reply.body.components(separatedBy: "<entry>").count - 1 == 1, "only stories with a brief")
        }
    }
}
