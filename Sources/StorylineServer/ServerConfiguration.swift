/// How `storyline serve` listens and what it allows.
public struct ServerConfiguration: Sendable {
    /// Interface to bind; loopback unless the operator says otherwise.
    public var host: String
    /// TCP port; 0 picks any free port.
    public var port: Int
    /// The bearer token `POST /api/documents` requires; nil makes the server read-only.
    public var token: String?
    /// Largest request body accepted (413 above it).
    public var maxBodyBytes: Int
    /// Keep rendered pages and API responses until the store changes (on by default; off
    /// renders every request, which is how cold rendering is measured).
    public var cacheResponses: Bool

    public init(
        host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, maxBodyBytes: Int = 2 << 20, cacheResponses: Bool = true
    ) {
        self.host = host
        self.port = port
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.maxBodyBytes = maxBodyBytes
        self.cacheResponses = cacheResponses
    }
}
