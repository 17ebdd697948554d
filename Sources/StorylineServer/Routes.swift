import Foundation
import Hummingbird
import StorylineCore
import StorylinePipeline
import StorylineStore

/// Every route of the server: pages, API, feed and OpenAPI document.
struct Routes: Sendable {
    let catalog: Catalog
    let configuration: ServerConfiguration

    static let storiesPerPage = 50
    static let maxQueryLength = 500

    func register(on router: Router<BasicRequestContext>) {
        router.get("/") { request, _ in try cached(request) { () throws(ServeError) in try storyList(request) } }
        router.get("/stories") { request, _ in try cached(request) { () throws(ServeError) in try storyList(request) } }
        router.get("/stories/{id}") { request, context in try cached(request) { () throws(ServeError) in try storyPage(id(context)) } }
        router.get("/stories/{id}/compare") { request, context in
            try cached(request) { () throws(ServeError) in try comparisonPage(id(context)) }
        }
        router.get("/storylines/{id}") { request, context in
            try cached(request) { () throws(ServeError) in try timelinePage(id(context)) }
        }
        router.get("/documents/{id}") { request, context in
            try cached(request) { () throws(ServeError) in try documentPage(id(context), request) }
        }
        router.get("/entities/{id}") { request, context in
            try cached(request) { () throws(ServeError) in try entityPage(id(context)) }
        }
        router.get("/search") { request, _ in try cached(request) { () throws(ServeError) in try searchPage(request) } }
        router.get("/feed.atom") { request, _ in try cached(request) { () throws(ServeError) in try feed() } }
        router.get("/openapi.json") { _, _ in Responses.body(OpenAPIDocument.json, contentType: Responses.jsonType).response }

        let api = APIRoutes(catalog: catalog, configuration: configuration)
        router.get("/api/stories") { request, _ in try cached(request) { () throws(ServeError) in try api.stories(request) } }
        router.get("/api/stories/{id}") { request, context in
            try cached(request) { () throws(ServeError) in try api.story(id(context)) }
        }
        router.get("/api/documents/{id}") { request, context in
            try cached(request) { () throws(ServeError) in try api.document(id(context)) }
        }
        router.get("/api/search") { request, _ in try cached(request) { () throws(ServeError) in try api.search(request) } }
        router.get("/api/entities/{id}") { request, context in
            try cached(request) { () throws(ServeError) in try api.entity(id(context)) }
        }
        router.post("/api/documents") { request, _ in try await api.ingest(request) }
    }

    /// A GET answered from the response cache while the store is unchanged.
    func cached(_ request: Request, render: () throws(ServeError) -> Rendered) throws(ServeError) -> Response {
        let key = request.uri.query.map { request.uri.path + "?" + $0 } ?? request.uri.path
        return try catalog.cached(key, render: render)
    }

    /// The `{id}` path segment, percent-decoded; one that cannot be decoded names nothing.
    func id(_ context: BasicRequestContext) throws(ServeError) -> String {
        guard let raw = context.parameters.get("id"), let id = URLEncoding.decode(raw[...], plusIsSpace: false), !id.isEmpty,
            id.utf8.count <= 512
        else { throw .notFound("There is nothing at this address.") }
        return id
    }

    func storyList(_ request: Request) throws(ServeError) -> Rendered {
        let query = try QueryString(request.uri.query)
        let position = try query["cursor"].map { (c: String) throws(ServeError) in try StoryCursor.decode(c) }
        let browser = catalog.browser
        let fetched = try catalog.read { try browser.storyPage(after: position, limit: Self.storiesPerPage + 1) }
        let stories = Array(fetched.prefix(Self.storiesPerPage))
        let next = fetched.count > Self.storiesPerPage ? stories.last.map { StoryCursor.encode(browser.storyListPosition(of: $0)) } : nil
        let page = try catalog.read {
            let documentCount = try catalog.store.documentCount()
            return StoryListPage(
                stories: stories,
                summaries: try browser.documentSummaries(stories.flatMap { $0.documents.map(\.document) }),
                withBriefs: try browser.storiesWithBriefs(stories.map(\.id)),
                storylineSizes: try browser.storylineSizes(stories.map(\.storyline)),
                totalStories: try browser.storyCount(), nextCursor: next, isFirstPage: position == nil,
                recentDocuments: stories.isEmpty && position == nil ? try browser.recentDocuments(limit: 30) : [],
                documentCount: documentCount)
        }
        return Responses.html(page.render())
    }

    func storyPage(_ id: String) throws(ServeError) -> Rendered {
        let story = try catalog.story(id)
        let brief = try catalog.brief(id)
        let browser = catalog.browser
        let page = try catalog.read {
            StoryPage(
                story: story, brief: brief, summaries: try browser.documentSummaries(story.documents.map(\.document)),
                storylineSize: try browser.storylineSizes([story.storyline])[story.storyline] ?? 1)
        }
        return Responses.html(page.render())
    }

    func comparisonPage(_ id: String) throws(ServeError) -> Rendered {
        let story = try catalog.story(id)
        let brief = try catalog.brief(id)
        let store = catalog.store
        let summaries = try catalog.read { try catalog.browser.documentSummaries(story.documents.map(\.document)) }
        var analyses: [String: DocumentAnalysis] = [:]
        for member in story.documents where member.duplicateOf == nil {
            if let analysis = try catalog.read({ try store.document(id: member.document)?.analysis }) {
                analyses[member.document] = analysis
            }
        }
        let page = ComparisonPage(story: story, brief: brief, summaries: summaries, analyses: analyses)
        return Responses.html(page.render())
    }

    func timelinePage(_ id: String) throws(ServeError) -> Rendered {
        let browser = catalog.browser
        let stories = try catalog.read { try browser.storylineStories(id) }
        guard !stories.isEmpty else { throw .notFound("There is no storyline with this id.") }
        let page = try catalog.read {
            TimelinePage(
                storyline: id, stories: stories,
                summaries: try browser.documentSummaries(stories.flatMap { $0.documents.map(\.document) }),
                withBriefs: try browser.storiesWithBriefs(stories.map(\.id)))
        }
        return Responses.html(page.render())
    }

    func documentPage(_ id: String, _ request: Request) throws(ServeError) -> Rendered {
        let query = try QueryString(request.uri.query)
        let document = try catalog.document(id)
        let browser = catalog.browser
        let story = try catalog.read { () -> StoryRecord? in
            guard let storyID = try browser.storiesHolding([id])[id] else { return nil }
            return try browser.storyRecord(id: storyID)
        }
        let highlight = query["highlight"].map { String($0.prefix(2000)) }
        return Responses.html(DocumentPage(document: document, story: story, highlight: highlight).render())
    }

    func entityPage(_ id: String) throws(ServeError) -> Rendered {
        let index = try catalog.read { try catalog.entityIndex() }
        guard let record = index.record(id) else { throw .notFound("No stored document or brief names this entity.") }
        return Responses.html(EntityPage(view: try EntityView(record: record, catalog: catalog)).render())
    }

    func searchPage(_ request: Request) throws(ServeError) -> Rendered {
        let query = try QueryString(request.uri.query)
        let q = query["q"] ?? ""
        guard q.count <= Self.maxQueryLength else { throw .badRequest("The search is longer than \(Self.maxQueryLength) characters.") }
        guard !q.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            return Responses.html(SearchPage(query: "", hits: [], summaries: [:]).render())
        }
        let store = catalog.store
        let hits = try catalog.read { try store.search(q, limit: 50, highlight: (Highlight.open, Highlight.close)) }
        let summaries = try catalog.read { try catalog.browser.documentSummaries(hits.map(\.document)) }
        return Responses.html(SearchPage(query: q, hits: hits, summaries: summaries).render())
    }

    func feed() throws(ServeError) -> Rendered {
        let briefs = try catalog.read { try catalog.browser.recentBriefs(limit: 50) }
        return Responses.body(AtomFeed(briefs: briefs).render(), contentType: "application/atom+xml; charset=utf-8")
    }
}
