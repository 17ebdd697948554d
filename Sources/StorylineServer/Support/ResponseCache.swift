import Hummingbird
import NIOCore
import Synchronization

/// A finished response body: what a page or API handler produces, and what the cache keeps.
struct Rendered: Sendable {
    var status: HTTPResponse.Status = .ok
    var contentType: String
    var body: ByteBuffer

    var response: Response {
        Response(status: status, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: body))
    }
}

/// Rendered GET responses, kept until the store changes.
///
/// Every page is a pure function of the store's contents, and readers ask for the same few
/// pages (today's stories) far more often than the store changes, so rendering each page
/// once per store generation takes the rendering cost off nearly every request. An entry is
/// only served while its generation is the store's current one; the generation is re-read
/// at most once per `Catalog.recheckInterval`, so a page reflects a write made by another
/// process (a running `storyline ingest`) within about a second, and a write made through
/// this server at once. Memory is bounded by `maxBytes`, least recently used first out.
final class ResponseCache: Sendable {
    struct Entry {
        var generation: String
        var rendered: Rendered
        var lastUse: UInt64
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var bytes = 0
        var clock: UInt64 = 0
    }

    let maxBytes: Int
    let maxEntries: Int
    /// Keys longer than this (long search queries, highlight links) are rendered but not kept.
    let maxKeyBytes = 2048
    private let state = Mutex(State())

    init(maxBytes: Int = 64 << 20, maxEntries: Int = 4096) {
        self.maxBytes = maxBytes
        self.maxEntries = maxEntries
    }

    /// The cached response for `key` at `generation`, or nil.
    func lookup(_ key: String, generation: String) -> Rendered? {
        state.withLock { s in
            guard var entry = s.entries[key], entry.generation == generation else { return nil }
            s.clock += 1
            entry.lastUse = s.clock
            s.entries[key] = entry
            return entry.rendered
        }
    }

    /// Keeps a successful response; evicts least recently used entries past the bounds.
    func store(_ rendered: Rendered, key: String, generation: String) {
        let size = rendered.body.readableBytes + key.utf8.count
        guard rendered.status == .ok, key.utf8.count <= maxKeyBytes, size <= maxBytes / 8 else { return }
        state.withLock { s in
            if let old = s.entries.removeValue(forKey: key) { s.bytes -= old.rendered.body.readableBytes + key.utf8.count }
            // Entries of an older generation can never be served again.
            if s.entries.contains(where: { $0.value.generation != generation }) {
                s.entries = s.entries.filter { $0.value.generation == generation }
                s.bytes = s.entries.reduce(0) { $0 + $1.value.rendered.body.readableBytes + $1.key.utf8.count }
            }
            while !s.entries.isEmpty && (s.bytes + size > maxBytes || s.entries.count >= maxEntries) {
                guard let oldest = s.entries.min(by: { $0.value.lastUse < $1.value.lastUse }) else { break }
                s.entries.removeValue(forKey: oldest.key)
                s.bytes -= oldest.value.rendered.body.readableBytes + oldest.key.utf8.count
            }
            s.clock += 1
            s.entries[key] = Entry(generation: generation, rendered: rendered, lastUse: s.clock)
            s.bytes += size
        }
    }

    func removeAll() {
        state.withLock { $0 = State() }
    }

    var count: Int { state.withLock { $0.entries.count } }
}
