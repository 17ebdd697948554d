import Foundation
import Hummingbird
import Synchronization
import StorylineCore
import StorylineStore

/// What the pages and the API read from: the store (documents, briefs, writes) and its
/// browsing queries, plus the entity index, rebuilt only when the store has changed.
final class Catalog: Sendable {
    let store: any DocumentStore
    let browser: any StoreBrowsing
    /// Rendered pages and API responses of the current store generation.
    let responses: ResponseCache?
    private let entityCache = Mutex<(generation: String, index: EntityIndex)?>(nil)
    private let generationCache = Mutex<(value: String, checked: ContinuousClock.Instant)?>(nil)
    /// How long the store's generation is trusted before it is read again: the longest a
    /// page can lag behind a write made by another process.
    static let recheckInterval: Duration = .seconds(1)

    init(store: any DocumentStore, browser: any StoreBrowsing, cacheResponses: Bool = true) {
        self.store = store
        self.browser = browser
        self.responses = cacheResponses ? ResponseCache() : nil
    }

    /// The store's generation (it changes whenever documents, stories or briefs do), read
    /// from the store at most once per `recheckInterval`.
    func generation() throws -> String {
        let now = ContinuousClock.now
        if let cached = generationCache.withLock({ $0 }), now - cached.checked < Self.recheckInterval { return cached.value }
        let value = try browser.generation()
        generationCache.withLock { $0 = (value, now) }
        return value
    }

    func entityIndex() throws -> EntityIndex {
        let generation = try generation()
        if let cached = entityCache.withLock({ $0 }), cached.generation == generation { return cached.index }
        let index = EntityIndex(documents: try browser.allDocumentEntities(), topics: try browser.allBriefTopics())
        entityCache.withLock { $0 = (generation, index) }
        return index
    }

    /// Forgets everything derived from the store (after the server itself wrote to it).
    func invalidate() {
        generationCache.withLock { $0 = nil }
        entityCache.withLock { $0 = nil }
        responses?.removeAll()
    }

    /// The response for a GET `key` (path and query): from the cache when the store has not
    /// changed since it was rendered, else rendered now and kept.
    func cached(_ key: String, render: () throws(ServeError) -> Rendered) throws(ServeError) -> Response {
        guard let responses else { return try render().response }
        let generation: String
        do { generation = try self.generation() } catch { throw .internalFailure(error) }
        if let hit = responses.lookup(key, generation: generation) { return hit.response }
        let rendered = try render()
        responses.store(rendered, key: key, generation: generation)
        return rendered.response
    }

    func story(_ id: String) throws(ServeError) -> StoryRecord {
        let found: StoryRecord?
        do { found = try browser.storyRecord(id: id) } catch { throw .internalFailure(error) }
        guard let found else { throw .notFound("There is no story with this id.") }
        return found
    }

    func brief(_ storyID: String) throws(ServeError) -> Brief? {
        do { return try store.brief(storyID: storyID) } catch { throw .internalFailure(error) }
    }

    func document(_ id: String) throws(ServeError) -> StoredDocument {
        let found: StoredDocument?
        do { found = try store.document(id: id) } catch { throw .internalFailure(error) }
        guard let found else { throw .notFound("There is no document with this id.") }
        return found
    }

    /// Runs a store read, turning its failure into a 500 that names no internals.
    func read<T>(_ body: () throws -> T) throws(ServeError) -> T {
        do { return try body() } catch let error as ServeError { throw error } catch { throw .internalFailure(error) }
    }
}
