import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// A minimal client for an OpenAI-compatible `chat/completions` endpoint: one POST per call,
/// plain JSON, no streaming.
public struct ChatClient: Sendable {
    public enum Failure: Error, CustomStringConvertible {
        case http(Int, String)
        case malformed(String)

        public var description: String {
            switch self {
            case .http(let status, let body): return "chat endpoint answered HTTP \(status): \(body.prefix(200))"
            case .malformed(let why): return "chat endpoint answer not understood: \(why)"
            }
        }
    }

    public var url: URL
    public var model: String
    public var apiKey: String?
    public var timeout: TimeInterval

    /// `endpoint` may be the full `…/chat/completions` URL, an API base ending in `/v1`, or a
    /// server root (then `/v1/chat/completions` is appended).
    public init(endpoint: URL, model: String, apiKey: String? = nil, timeout: TimeInterval = 120) {
        var url = endpoint
        let path = endpoint.path
        if !path.hasSuffix("/chat/completions") {
            if !(path.hasSuffix("/v1") || path.hasSuffix("/v1/")) { url = url.appendingPathComponent("v1") }
            url = url.appendingPathComponent("chat").appendingPathComponent("completions")
        }
        self.url = url
        self.model = model
        self.apiKey = apiKey
        self.timeout = timeout
    }

    struct Message: Codable { var role: String; var content: String }
    struct Request: Codable { var model: String; var messages: [Message]; var temperature: Double }
    struct Response: Decodable {
        struct Choice: Decodable { var message: Message }
        var choices: [Choice]
    }

    /// Sends a system and a user message; returns the first choice's content.
    public func complete(system: String, user: String) async throws -> String {
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        if let apiKey { request.setValue("Bearer \(apiKey)", forHTTPHeaderField: "Authorization") }
        request.httpBody = try JSONEncoder().encode(
            Request(model: model, messages: [Message(role: "system", content: system), Message(role: "user", content: user)],
                temperature: 0))
        let (data, response) = try await URLSession.shared.data(for: request)
        let status = (response as? HTTPURLResponse)?.statusCode ?? 0
        guard (200..<300).contains(status) else { throw Failure.http(status, String(decoding: data, as: UTF8.self)) }
        do {
            let decoded = try JSONDecoder().decode(Response.self, from: data)
            guard let first = decoded.choices.first else { throw Failure.malformed("no choices") }
            return first.message.content
        } catch let error as Failure {
            throw error
        } catch {
            throw Failure.malformed("\(error)")
        }
    }
}
