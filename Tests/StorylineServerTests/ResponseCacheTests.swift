import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import StorylinePipeline
import Testing
@testable import StorylineServer

/// Rendered responses are reused only while the store is unchanged, and memory stays bounded.
@Suite struct ResponseCacheTests {
    static func rendered(_ text: String, status: HTTPResponse.Status = .ok) -> Rendered {
        var buffer = ByteBufferAllocator().buffer(capacity: text.utf8.count)
        buffer.writeString(text)
        return Rendered(status: status, contentType: "text/plain", body: buffer)
    }

    @Test func anEntryIsServedOnlyForTheGenerationItWasRenderedAt() {
        let cache = ResponseCache()
        cache.store(Self.rendered("page at g1"), key: "/", generation: "g1")
        #expect(cache.lookup("/", generation: "g1").map { String(buffer: $0.body) } == "page at g1")
        #expect(cache.lookup("/", generation: "g2") == nil)
        #expect(cache.lookup("/other", generation: "g1") == nil)
    }

    @Test func errorsAndOverlongKeysAreNotKept() {
        let cache = ResponseCache()
        cache.store(Self.rendered("gone", status: .notFound), key: "/missing", generation: "g")
        cache.store(Self.rendered("long"), key: "/search?q=" + String(repeating: "x", count: 5000), generation: "g")
        #expect(cache.count == 0)
    }

    @Test func theLeastRecentlyUsedEntriesGoFirstWhenMemoryRunsOut() {
        let cache = ResponseCache(maxBytes: 4000, maxEntries: 100)
        let body = String(repeating: "a", count: 400)
        for i in 0..<8 { cache.store(Self.rendered(body), key: "/p\(i)", generation: "g") }
        _ = cache.lookup("/p0", generation: "g")  // p0 is now the most recently used
        for i in 8..<12 { cache.store(Self.rendered(body), key: "/p\(i)", generation: "g") }
        #expect(cache.count <= 9, "about 4000 bytes hold at most 9 pages of 400 bytes plus keys")
        #expect(cache.lookup("/p0", generation: "g") != nil)
        #expect(cache.lookup("/p1", generation: "g") == nil)
        #expect(cache.lookup("/p11", generation: "g") != nil)
    }

    @Test func entriesOfAnOlderGenerationAreDroppedWhenTheStoreChanges() {
        let cache = ResponseCache()
        for i in 0..<5 { cache.store(Self.rendered("old"), key: "/p\(i)", generation: "g1") }
        cache.store(Self.rendered("new"), key: "/p0", generation: "g2")
        #expect(cache.count == 1)
    }

    @Test func aDocumentPostedThroughTheServerIsFoundAtOnce() async throws {
        let fixture = try ServeTestStore.make()
        try await LiveServer.run(store: fixture.store, token: "t0ken") { server in
            let before = try await server.get("/search?q=timetable")
            #expect(before.status == 200)
            #expect(!before.body.contains("Ferry timetable extended"))
            let record = #"{"title": "Ferry timetable extended", "publisher": "Eastmere Gazette", "text": "Ferries from the north pier will run until midnight while the Harbor Bridge stays closed."}"#
            let created = try await server.post("/api/documents", body: record, headers: [.authorization: "Bearer t0ken"])
            #expect(created.status == 201)
            let after = try await server.get("/search?q=timetable")
            #expect(after.body.contains("Ferry timetable extended"), "the server's own write invalidates its cache")
        }
    }

    @Test func aWriteByAnotherProcessShowsWithinAboutASecond() async throws {
        let fixture = try ServeTestStore.make()
        let path = "/stories/\(ServeTestStore.inspectionStory)"
        try await LiveServer.run(store: fixture.store) { server in
            let before = try await server.get(path)
            #expect(before.status == 200)
            #expect(before.body.contains("No brief has been written"))
            // The store is written behind the server's back, as `storyline run` in another
            // process would; the page must follow once the generation is re-read.
            var brief = fixture.closureBrief()
            brief.id = ServeTestStore.inspectionStory
            brief.title = "Inspectors order a full survey of the Harbor Bridge"
            try fixture.store.saveBrief(brief)
            var shown = false
            for _ in 0..<50 where !shown {
                try await Task.sleep(for: .milliseconds(200))
                shown = try await server.get(path).body.contains("Inspectors order a full survey")
            }
            #expect(shown, "the page never showed the new brief")
        }
    }
}
