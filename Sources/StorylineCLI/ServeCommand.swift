import ArgumentParser
import Foundation
import Synchronization
import StorylinePipeline
import StorylineServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Serve the web UI and JSON API over the store.",
        discussion: """
            Binds 127.0.0.1 unless --host says otherwise. With --port 0 a free port is chosen; the URL is printed \
            on stderr either way. POST /api/documents needs the bearer token given by --token or STORYLINE_TOKEN; \
            without one the server is read-only. Rendered pages and API responses are kept in memory until the \
            store changes; a write by another process shows within about a second (--no-cache renders every request).
            """)

    @Option(help: "The store (SQLite file).") var db: String = StoreLocation.defaultPath
    @Option(help: "Interface to listen on.") var host: String = "127.0.0.1"
    @Option(help: "TCP port (0 = any free port).") var port: Int = 8080
    @Option(help: "Bearer token that allows POST /api/documents (default: $STORYLINE_TOKEN).") var token: String?
    @Option(help: "Largest request body accepted, in bytes.") var maxBodyBytes: Int = 2 << 20
    @Flag(help: "Render every request instead of keeping rendered pages until the store changes.") var noCache = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be from 0 to 65535") }
        guard maxBodyBytes > 0 else { throw ValidationError("--max-body-bytes must be positive") }
    }

    /// The root command runs synchronously, so the server's async run loop is driven here
    /// until it ends (SIGINT/SIGTERM shut it down gracefully).
    func run() throws {
        let outcome = Mutex<Result<Void, any Error>>(.success(()))
        let done = DispatchSemaphore(value: 0)
        let command = self
        Task {
            do { try await command.serve() } catch { outcome.withLock { $0 = .failure(error) } }
            done.signal()
        }
        done.wait()
        try outcome.withLock { $0 }.get()
    }

    func serve() async throws {
        let store = try StoreLocation.open(db)
        let token = token ?? ProcessInfo.processInfo.environment["STORYLINE_TOKEN"]
        let configuration = ServerConfiguration(
            host: host, port: port, token: token, maxBodyBytes: maxBodyBytes, cacheResponses: !noCache)
        let server: StorylineServer
        do {
            server = try StorylineServer(store: store, configuration: configuration)
        } catch {
            throw CommandFailure("\(error)")
        }
        let shownHost = host.contains(":") ? "[\(host)]" : host
        let mode = configuration.token == nil ? "read-only" : "accepting POST /api/documents with the bearer token"
        do {
            try await server.run { port in
                Stderr.write("storyline: serving \(db) at http://\(shownHost):\(port)/ (\(mode))\n")
            }
        } catch {
            throw CommandFailure("cannot serve on \(shownHost):\(port): \(error)")
        }
    }
}
