import Foundation
import HTTPTypes
import Hummingbird
import StorylinePipeline
import Testing
@testable import StorylineServer

/// The JSON API, checked against the server's own OpenAPI document on live responses.
@Suite struct ServerAPITests {
    static func openAPI(_ server: LiveServer) async throws -> JSONSchemaSubset {
        let reply = try await server.get("/openapi.json")
        #expect(reply.status == 200)
        let document = try JSONValue.parse(reply.body)
        #expect(document["openapi"]?.string == "3.1.0")
        return JSONSchemaSubset(document: document)
    }

    /// The schema OpenAPI declares for `path`'s GET (or `method`) response with `status`.
    static func responseSchema(_ api: JSONSchemaSubset, path: String, method: String = "get", status: String = "200") -> JSONValue? {
        var response = api.document["paths"]?[path]?[method]?["responses"]?[status]
        if let ref = response?["$ref"]?.string { response = api.schema(ref) }
        return response?["content"]?["application/json"]?["schema"]
    }

    static func expectValid(_ api: JSONSchemaSubset, _ body: String, path: String, method: String = "get", status: String = "200") throws {
        let schema = try #require(responseSchema(api, path: path, method: method, status: status), "\(method) \(path) \(status)")
        let problems = api.validate(try JSONValue.parse(body), against: schema)
        #expect(problems.isEmpty, "\(method) \(path) \(status): \(problems.prefix(5))")
    }

    @Test func liveResponsesMatchTheOpenAPIDocument() async throws {
        let fixture = try ServeTestStore.make()
        let doc = fixture.id("g1")
        try await LiveServer.run(store: fixture.store, token: "secret-token") { server in
            let api = try await Self.openAPI(server)
            let cases: [(url: String, template: String, status: Int)] = [
                ("/api/stories", "/api/stories", 200), ("/api/stories?limit=1", "/api/stories", 200),
                ("/api/stories/story-closure", "/api/stories/{id}", 200),
                ("/api/stories/story-inspection", "/api/stories/{id}", 200),
                ("/api/documents/\(doc)", "/api/documents/{id}", 200),
                ("/api/search?q=bridge", "/api/search", 200), ("/api/entities/mara-quill", "/api/entities/{id}", 200),
                ("/api/stories?limit=0", "/api/stories", 400), ("/api/search?q=", "/api/search", 400),
                ("/api/stories/nope", "/api/stories/{id}", 404), ("/api/documents/nope", "/api/documents/{id}", 404),
                ("/api/entities/nope", "/api/entities/{id}", 404),
            ]
            for c in cases {
                let reply = try await server.get(c.url)
                #expect(reply.status == c.status, "\(c.url)")
                #expect(reply.header("Content-Type") == "application/json; charset=utf-8", "\(c.url)")
                try Self.expectValid(api, reply.body, path: c.template, status: String(c.status))
            }
            let record = #"{"title": "Ferry timetable extended", "publisher": "Eastmere Gazette", "text": "Ferries from the north pier will run until midnight while the Harbor Bridge stays closed."}"#
            let auth: HTTPFields = [.authorization: "Bearer secret-token"]
            let created = try await server.post("/api/documents", body: record, headers: auth)
            #expect(created.status == 201)
            try Self.expectValid(api, created.body, path: "/api/documents", method: "post", status: "201")
            let again = try await server.post("/api/documents", body: record, headers: auth)
            #expect(again.status == 200)
            try Self.expectValid(api, again.body, path: "/api/documents", method: "post", status: "200")
            for (status, headers) in [("401", [HTTPField.Name.authorization: "Bearer wrong"] as HTTPFields), ("400", auth)] {
                let reply = try await server.post("/api/documents", body: status == "400" ? "[1, 2]" : record, headers: headers)
                #expect(String(reply.status) == status)
                try Self.expectValid(api, reply.body, path: "/api/documents", method: "post", status: status)
            }
        }
    }

    @Test func theValidatorRejectsResponsesThatDoNotMatch() throws {
        let api = JSONSchemaSubset(document: try JSONValue.parse(OpenAPIDocument.json))
        let schema = try #require(Self.responseSchema(api, path: "/api/stories"))
        #expect(!api.validate(try JSONValue.parse(#"{"stories": [], "limit": 5}"#), against: schema).isEmpty, "nextCursor missing")
        #expect(!api.validate(try JSONValue.parse(#"{"stories": [{"id": 1}], "nextCursor": null, "limit": 5}"#), against: schema).isEmpty)
        #expect(api.validate(try JSONValue.parse(#"{"stories": [], "nextCursor": null, "limit": 5}"#), against: schema).isEmpty)
        let story = try #require(Self.responseSchema(api, path: "/api/stories/{id}"))
        #expect(!api.validate(try JSONValue.parse(#"{"hasBrief": true, "id": "x"}"#), against: story).isEmpty)
    }

    @Test func storyPagesFollowCursorsThroughEveryStoryOnce() async throws {
        let fixture = try ServeTestStore.make()
        // More stories than one page: one story per document, spread over days.
        var stories: [StoryRecord] = []
        for (i, name) in ["g1", "l1", "v1", "g1copy", "g0", "l0"].enumerated() {
            stories.append(StoryRecord(
                id: "s\(i)", storyline: "line\(i % 2)", title: "Story \(i)", firstPublished: nil,
                lastPublished: i == 5 ? nil : "2026-01-0\(i + 1)T00:00:00Z", updated: "2026-01-03T00:00:00Z",
                documents: [StoryMember(document: fixture.id(name))]))
        }
        try fixture.store.replaceGrouping(stories, clustererState: nil)
        try await LiveServer.run(store: fixture.store) { server in
            var seen: [String] = []
            var cursor: String? = nil
            var pages = 0
            repeat {
                let url = "/api/stories?limit=2" + (cursor.map { "&cursor=\(URLEncoding.component($0))" } ?? "")
                let page = try JSONValue.parse(try await server.get(url).body)
                seen += page["stories"]?.array?.compactMap { $0["id"]?.string } ?? []
                cursor = page["nextCursor"]?.string
                pages += 1
            } while cursor != nil && pages < 10
            #expect(pages == 3)
            let all = try JSONValue.parse(try await server.get("/api/stories?limit=100").body)["stories"]?.array?.compactMap { $0["id"]?.string }
            #expect(seen == all)
            #expect(seen == ["s4", "s3", "s2", "s5", "s1", "s0"], "newest first; a story without dates sorts by its update time")
        }
    }

    @Test func storyDetailIsTheBriefOrSaysNoBriefYet() async throws {
        let fixture = try ServeTestStore.make()
        try await LiveServer.run(store: fixture.store) { server in
            let brief = try JSONValue.parse(try await server.get("/api/stories/story-closure").body)
            #expect(brief["hasBrief"] == .bool(true))
            #expect(brief["whatHappened"]?.array?.count == 2)
            #expect(brief["disagreements"]?.array?.first?["claims"]?.array?.count == 2)
            let bare = try JSONValue.parse(try await server.get("/api/stories/story-inspection").body)
            #expect(bare["hasBrief"] == .bool(false))
            #expect(bare["message"]?.string == "No brief has been written for this story yet.")
            #expect(bare["documents"]?.array?.count == 2)
        }
    }

    @Test func documentSearchAndEntityJSONCarryTheStoredFacts() async throws {
        let fixture = try ServeTestStore.make()
        try await LiveServer.run(store: fixture.store) { server in
            let doc = try JSONValue.parse(try await server.get("/api/documents/\(fixture.id("l1"))").body)
            #expect(doc["publisher"]?.string == "Coastal Ledger")
            #expect(doc["story"]?.string == "story-closure")
            #expect(doc["origins"]?.array?.first?["location"]?.string?.hasSuffix("harbor.jsonl") == true)
            #expect(doc["entities"]?.array?.contains { $0["id"]?.string == "mara-quill" } == true)
            let search = try JSONValue.parse(try await server.get("/api/search?q=full+inspection+corrosion").body)
            let hits = try #require(search["hits"]?.array)
            #expect(hits.count == 1)
            #expect(hits.first?["document"]?.string == fixture.id("g0"))
            #expect(hits.first?["snippetHTML"]?.string?.contains("<mark>") == true)
            #expect(hits.first?["snippet"]?.string?.contains("\u{E000}") == false)
            let entity = try JSONValue.parse(try await server.get("/api/entities/eastmere-harbor-authority").body)
            #expect(entity["type"]?.string == "ORG")
            #expect(entity["documentCount"] == .int(5))
            #expect(entity["stories"]?.array?.count == 2)
        }
    }

    @Test func malformedRequestsGet400AndUnknownIds404NeverA500() async throws {
        let fixture = try ServeTestStore.make()
        try await LiveServer.run(store: fixture.store) { server in
            let cases: [(String, Int)] = [
                ("/api/stories?limit=0", 400), ("/api/stories?limit=101", 400), ("/api/stories?limit=ten", 400),
                ("/api/stories?limit=-1", 400), ("/api/stories?cursor=garbage!", 400), ("/api/stories?cursor=e30", 400),
                ("/api/stories?cursor=", 400), ("/?cursor=%%%", 400), ("/?cursor=bm9wZQ", 400),
                ("/api/search", 400), ("/api/search?q=", 400), ("/api/search?q=+++", 400), ("/api/search?q=%E0%A4", 400),
                ("/api/search?q=bridge&limit=1000", 400), ("/api/search?q=" + String(repeating: "a", count: 600), 400),
                ("/search?q=%ZZ", 400),
                ("/api/stories/does-not-exist", 404), ("/api/documents/0000000000000000", 404), ("/api/entities/x", 404),
                ("/stories/does-not-exist", 404), ("/stories/does-not-exist/compare", 404), ("/storylines/none", 404),
                ("/documents/%2e%2e%2fetc%2fpasswd", 404), ("/documents/%ZZ", 404), ("/entities/%00", 404),
                ("/api/nothing", 404), ("/stories/a/b/c", 404),
                ("/api/search?q=%22%29%20OR%20%2A%20NEAR", 200), ("/search?q=AND+OR+NOT+*", 200),
                ("/api/search?q=bridge&q=other", 200),
            ]
            for (path, status) in cases {
                let reply = try await server.get(path)
                #expect(reply.status == status, "\(path) gave \(reply.status): \(reply.body.prefix(200))")
                if path.hasPrefix("/api/") && status != 200 {
                    let error = try JSONValue.parse(reply.body)
                    #expect(error["status"] == .int(status) && error["error"]?.string?.isEmpty == false, "\(path)")
                }
            }
        }
    }

    @Test func addingDocumentsNeedsTheConfiguredToken() async throws {
        let fixture = try ServeTestStore.make()
        let record = #"{"url": "https://ledger.example/late", "title": "Late edition", "publisher": "Coastal Ledger", "published": "2026-03-06", "text": "Late edition\n\nA late report says the bridge may reopen early.\n\nEngineers are more hopeful."}"#
        try await LiveServer.run(store: fixture.store) { server in
            let readOnly = try await server.post("/api/documents", body: record, headers: [.authorization: "Bearer anything"])
            #expect(readOnly.status == 403)
            #expect(readOnly.body.contains("read-only"))
        }
        try await LiveServer.run(store: fixture.store, token: "s3cret") { server in
            #expect(try await server.post("/api/documents", body: record).status == 401)
            let wrong = try await server.post("/api/documents", body: record, headers: [.authorization: "Bearer s3cre"])
            #expect(wrong.status == 401)
            #expect(wrong.header("WWW-Authenticate")?.hasPrefix("Bearer") == true)
            let notJSON = try await server.post(
                "/api/documents", body: record, headers: [.authorization: "Bearer s3cret", .contentType: "text/plain"])
            #expect(notJSON.status == 415)
            for bad in ["{", "[]", "\"text\"", #"{"id": "no body, no title"}"#, #"{"text": "   "}"#] {
                let reply = try await server.post("/api/documents", body: bad, headers: [.authorization: "Bearer s3cret"])
                #expect(reply.status == 400, "\(bad)")
            }
            let created = try await server.post("/api/documents", body: record, headers: [.authorization: "bearer s3cret"])
            #expect(created.status == 201)
            let result = try JSONValue.parse(created.body)
            let id = try #require(result["id"]?.string)
            #expect(created.header("Location") == "/api/documents/\(id)")
            let stored = try JSONValue.parse(try await server.get("/api/documents/\(id)").body)
            #expect(stored["title"]?.string == "Late edition")
            #expect(stored["publisher"]?.string == "Coastal Ledger")
            #expect(stored["published"]?.string?.hasPrefix("2026-03-06") == true)
            #expect(stored["paragraphs"]?.array?.contains(.string("Engineers are more hopeful.")) == true)
            #expect(stored["origins"]?.array?.first?["location"]?.string?.hasPrefix("api:") == true)
            // Found by search right away.
            let search = try JSONValue.parse(try await server.get("/api/search?q=hopeful").body)
            #expect(search["hits"]?.array?.first?["document"]?.string == id)
            let again = try await server.post("/api/documents", body: record, headers: [.authorization: "Bearer s3cret"])
            #expect(again.status == 200)
            #expect(try JSONValue.parse(again.body)["status"]?.string == "alreadyStored")
        }
        #expect(try fixture.store.documentCount() == 7)
    }

    @Test func oversizedBodiesGet413() async throws {
        let fixture = try ServeTestStore.make(withBrief: false, analyses: false)
        try await LiveServer.run(store: fixture.store, token: "t", maxBodyBytes: 4096) { server in
            let big = #"{"title": "big", "text": ""# + String(repeating: "words and more words ", count: 1000) + #""}"#
            let reply = try await server.post("/api/documents", body: big, headers: [.authorization: "Bearer t"])
            #expect(reply.status == 413)
            #expect(try JSONValue.parse(reply.body)["status"] == .int(413))
            let small = try await server.post(
                "/api/documents", body: #"{"text": "A short note about the ferry."}"#, headers: [.authorization: "Bearer t"])
            #expect(small.status == 201)
        }
        #expect(try fixture.store.documentCount() == 7)
    }

    @Test func bearerTokensAreComparedExactly() {
        #expect(APIRoutes.bearerMatches("Bearer abc", token: "abc"))
        #expect(APIRoutes.bearerMatches("bearer abc", token: "abc"))
        #expect(!APIRoutes.bearerMatches("Bearer abcd", token: "abc"))
        #expect(!APIRoutes.bearerMatches("Bearer ab", token: "abc"))
        #expect(!APIRoutes.bearerMatches("Basic abc", token: "abc"))
        #expect(!APIRoutes.bearerMatches("Bearer", token: "abc"))
    }
}
