import Foundation
import Synchronization
import StorylineCore
import StorylineStore

/// What the pages and the API read from: the store (documents, briefs, writes) and its
/// browsing queries, plus the entity index, rebuilt only when the store has changed.
final class Catalog: Sendable {
    let store: any DocumentStore
    let browser: any StoreBrowsing
    private let entityCache = Mutex<(generation: String, checked: ContinuousClock.Instant, index: EntityIndex)?>(nil)
    /// How long an entity index is trusted before the store's generation is checked again.
    private let recheckInterval: Duration = .seconds(2)

    init(store: any DocumentStore, browser: any StoreBrowsing) {
        self.store = store
        self.browser = browser
    }

    func entityIndex() throws -> EntityIndex {
        let now = ContinuousClock.now
        if let cached = entityCache.withLock({ $0 }), now - cached.checked < recheckInterval { return cached.index }
        let generation = try browser.generation()
        if let cached = entityCache.withLock({ $0 }), cached.generation == generation {
            entityCache.withLock { $0?.checked = now }
            return cached.index
        }
        let index = EntityIndex(documents: try browser.allDocumentEntities(), topics: try browser.allBriefTopics())
        entityCache.withLock { $0 = (generation, now, index) }
        return index
    }

    /// Forgets the entity index (after the server itself wrote to the store).
    func invalidate() {
        entityCache.withLock { $0 = nil }
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
