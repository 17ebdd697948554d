import Foundation
import Hummingbird
import StorylineCore
import StorylinePipeline
import StorylineStore

/// The JSON API. Reads are open; `POST /api/documents` needs the configured bearer token.
struct APIRoutes: Sendable {
    let catalog: Catalog
    let configuration: ServerConfiguration

    static let limitRange = 1...100

    func stories(_ request: Request) throws(ServeError) -> Rendered {
        let query = try QueryString(request.uri.query)
        let limit = try query.integer("limit", default: 20, range: Self.limitRange)
        let position = try query["cursor"].map { (c: String) throws(ServeError) in try StoryCursor.decode(c) }
        let browser = catalog.browser
        let fetched = try catalog.read { try browser.storyPage(after: position, limit: limit + 1) }
        let stories = Array(fetched.prefix(limit))
        let next = fetched.count > limit ? stories.last.map { StoryCursor.encode(browser.storyListPosition(of: $0)) } : nil
        let (summaries, withBriefs) = try catalog.read {
            (
                try browser.documentSummaries(stories.flatMap { $0.documents.map(\.document) }),
                try browser.storiesWithBriefs(stories.map(\.id))
            )
        }
        let items = stories.map { story in
            API.StoryListItem(
                id: story.id, title: story.title, storyline: story.storyline, firstPublished: story.firstPublished,
                lastPublished: story.lastPublished, updated: story.updated, documentCount: story.documents.count,
                outlets: Components.outlets(story.documents.map(\.document), summaries: summaries),
                hasBrief: withBriefs.contains(story.id), href: Paths.apiStory(story.id))
        }
        return try json(API.StoryList(stories: items, nextCursor: next, limit: limit))
    }

    func story(_ id: String) throws(ServeError) -> Rendered {
        let story = try catalog.story(id)
        if let brief = try catalog.brief(id) { return try json(API.BriefWithFlag(brief: brief)) }
        let summaries = try catalog.read { try catalog.browser.documentSummaries(story.documents.map(\.document)) }
        let documents = story.documents.map { member -> BriefDocument in
            let s = summaries[member.document]
            return BriefDocument(
                id: member.document, title: s?.title, publisher: s?.publisher, kind: s?.kind ?? .report, published: s?.published,
                duplicateOf: member.duplicateOf, url: s?.url)
        }
        return try json(
            API.StoryWithoutBrief(
                id: story.id, title: story.title, storyline: story.storyline, firstPublished: story.firstPublished,
                lastPublished: story.lastPublished, updated: story.updated, documents: documents))
    }

    func document(_ id: String) throws(ServeError) -> Rendered {
        let stored = try catalog.document(id)
        let story = try catalog.read { try catalog.browser.storiesHolding([id])[id] }
        return try json(API.Document(stored: stored, story: story))
    }

    func search(_ request: Request) throws(ServeError) -> Rendered {
        let query = try QueryString(request.uri.query)
        guard let q = query["q"], !q.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw .badRequest("q must be a non-empty search")
        }
        guard q.count <= Routes.maxQueryLength else { throw .badRequest("q is longer than \(Routes.maxQueryLength) characters") }
        let limit = try query.integer("limit", default: 20, range: Self.limitRange)
        let store = catalog.store
        let hits = try catalog.read { try store.search(q, limit: limit, highlight: (Highlight.open, Highlight.close)) }
        let summaries = try catalog.read { try catalog.browser.documentSummaries(hits.map(\.document)) }
        let items = hits.map { hit in
            API.SearchHitItem(
                document: hit.document, title: hit.title, publisher: summaries[hit.document]?.publisher,
                published: summaries[hit.document]?.published, snippet: Highlight.plain(hit.snippet),
                snippetHTML: Highlight.snippet(hit.snippet).raw, matches: Highlight.matches(hit.snippet),
                href: Paths.apiDocument(hit.document))
        }
        return try json(API.SearchResults(query: q, limit: limit, hits: items))
    }

    func entity(_ id: String) throws(ServeError) -> Rendered {
        let index = try catalog.read { try catalog.entityIndex() }
        guard let record = index.record(id) else { throw .notFound("No stored document or brief names this entity.") }
        let view = try EntityView(record: record, catalog: catalog)
        var types: [String: Int] = [:]
        for (type, n) in record.types { types[type.rawValue] = n }
        return try json(
            API.EntityDetail(
                id: record.id, name: record.name, type: record.mainType, types: types, aliases: record.aliases.sorted(),
                mentions: record.mentions, documentCount: record.documents.count,
                stories: view.stories.map {
                    API.EntityStory(
                        id: $0.story.id, title: $0.story.title, storyline: $0.story.storyline, mentions: $0.mentions,
                        documents: $0.documents, topic: $0.topic)
                },
                ungroupedDocuments: view.ungrouped))
    }

    /// Ingests one JSON Lines-style record through the same reader, extractor and store
    /// insert as `storyline ingest`.
    func ingest(_ request: Request) async throws -> Response {
        guard let token = configuration.token else {
            throw ServeError.forbidden("This server is read-only: start it with --token or STORYLINE_TOKEN to accept documents.")
        }
        guard let header = request.headers[.authorization], Self.bearerMatches(header, token: token) else {
            throw ServeError.unauthorized("A valid bearer token is required to add documents.")
        }
        let limit = configuration.maxBodyBytes
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw ServeError.payloadTooLarge("The body is larger than \(limit) bytes.")
        }
        if let type = request.headers[.contentType]?.lowercased(), !type.hasPrefix("application/json") {
            throw ServeError.unsupportedMediaType("Send the document as application/json.")
        }
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw ServeError.payloadTooLarge("The body is larger than \(limit) bytes.")
        }
        let data = Data(buffer.readableBytesView)
        let origin = DocumentOrigin(location: "api:\(UUID().uuidString.lowercased())")
        let result: RecordIngestResult
        do {
            result = try IngestPipeline().ingest(jsonRecord: data, origin: origin, into: catalog.store)
        } catch let error as RecordIngestError {
            throw ServeError.badRequest("The document was not stored: \(error.description).")
        } catch {
            throw ServeError.internalFailure(error)
        }
        catalog.invalidate()
        let inserted = result.outcome == .inserted
        var response = try json(
            API.IngestResult(
                id: result.id, status: inserted ? "inserted" : "alreadyStored", title: result.extracted.title,
                publisher: result.extracted.publisher, kind: result.extracted.kind, warnings: result.warnings,
                href: Paths.apiDocument(result.id)),
            status: inserted ? .created : .ok
        ).response
        response.headers[.location] = Paths.apiDocument(result.id)
        return response
    }

    /// `Bearer <token>`, compared in constant time.
    static func bearerMatches(_ header: String, token: String) -> Bool {
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return false }
        let given = Array(parts[1].trimmingCharacters(in: .whitespaces).utf8), expected = Array(token.utf8)
        var difference = UInt8(given.count == expected.count ? 0 : 1)
        for i in 0..<expected.count { difference |= expected[i] ^ (i < given.count ? given[i] : 0) }
        return difference == 0
    }

    private func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws(ServeError) -> Rendered {
        do { return try Responses.json(value, status: status) } catch { throw .internalFailure(error) }
    }
}
