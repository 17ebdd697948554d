import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import ServiceLifecycle
import NIOCore
import StorylinePipeline
@testable import StorylineServer

/// A real server on a free 127.0.0.1 port for the length of one test, and a client for it.
struct LiveServer: Sendable {
    struct Reply: Sendable {
        var status: Int
        var headers: HTTPFields
        var body: String

        func header(_ name: String) -> String? { headers[HTTPField.Name(name)!] }
    }

    let port: Int

    var base: String { "http://127.0.0.1:\(port)" }

    static func run<T: Sendable>(
        store: SQLiteStore, token: String? = nil, maxBodyBytes: Int = 2 << 20,
        _ body: @Sendable (LiveServer) async throws -> T
    ) async throws -> T {
        let configuration = ServerConfiguration(host: "127.0.0.1", port: 0, token: token, maxBodyBytes: maxBodyBytes)
        let server = try StorylineServer(store: store, configuration: configuration)
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        return try await withThrowingTaskGroup(of: Void.self) { group in
            let services = ServiceGroup(
                configuration: .init(
                    services: [server.application(onRunning: { continuation.yield($0) })], gracefulShutdownSignals: [],
                    logger: Logger(label: "storyline.serve.test")))
            group.addTask { try await services.run() }
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw CancellationError() }
            let live = LiveServer(port: port)
            do {
                let value = try await body(live)
                await services.triggerGracefulShutdown()
                return value
            } catch {
                await services.triggerGracefulShutdown()
                throw error
            }
        }
    }

    func get(_ path: String, headers: HTTPFields = [:]) async throws -> Reply {
        try await send(path, method: .get, headers: headers, body: nil)
    }

    func post(_ path: String, body: String, headers: HTTPFields = [:]) async throws -> Reply {
        var buffer = ByteBufferAllocator().buffer(capacity: body.utf8.count)
        buffer.writeString(body)
        var headers = headers
        if headers[.contentType] == nil { headers[.contentType] = "application/json" }
        return try await send(path, method: .post, headers: headers, body: buffer)
    }

    /// One request on its own connection (a refused body may close the connection).
    func send(_ path: String, method: HTTPRequest.Method, headers: HTTPFields, body: ByteBuffer?) async throws -> Reply {
        let client = TestClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(30)))
        client.connect()
        let response: TestClient.Response
        do {
            response = try await client.execute(
                TestClient.Request(path, method: method, authority: "127.0.0.1:\(port)", headers: headers, body: body))
        } catch {
            try? await client.shutdown()
            throw error
        }
        try? await client.shutdown()
        let text = response.body.map { String(buffer: $0) } ?? ""
        return Reply(status: Int(response.status.code), headers: response.headers, body: text)
    }
}
