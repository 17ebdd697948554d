import Foundation
import Hummingbird
import Logging
import NIOCore
import StorylineStore

/// The web UI and JSON API over the store: `storyline serve`.
public struct StorylineServer: Sendable {
    public let configuration: ServerConfiguration
    let catalog: Catalog

    public init(store: any DocumentStore, browser: any StoreBrowsing, configuration: ServerConfiguration) {
        self.configuration = configuration
        self.catalog = Catalog(store: store, browser: browser, cacheResponses: configuration.cacheResponses)
    }

    /// Serves an SQLite store (opening a read-only connection pool beside the store's own).
    public init(store: SQLiteStore, configuration: ServerConfiguration) throws {
        self.init(store: store, browser: try SQLiteStoreBrowser(store: store), configuration: configuration)
    }

    /// The Hummingbird application; `onRunning` receives the bound port (useful with port 0).
    public func application(
        logger: Logger? = nil, onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let router = Router()
        router.middlewares.add(SecurityMiddleware())
        Routes(catalog: catalog, configuration: configuration).register(on: router)
        var log = logger ?? Logger(label: "storyline.serve")
        if logger == nil { log.logLevel = .warning }
        return Application(
            router: router,
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: "storyline"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) },
            logger: log)
    }

    /// Runs until the process is interrupted (SIGINT/SIGTERM shut down gracefully).
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await application(onRunning: onRunning).runService()
    }
}
