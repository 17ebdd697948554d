import Hummingbird

/// A request the server cannot answer, with the status and a message safe to show.
enum ServeError: Error, Sendable {
    case badRequest(String)
    case notFound(String)
    case unauthorized(String)
    case forbidden(String)
    case payloadTooLarge(String)
    case unsupportedMediaType(String)
    /// A store failure: logged, answered with 500 and a message that names no internals.
    case internalFailure(any Error)

    var status: HTTPResponse.Status {
        switch self {
        case .badRequest: return .badRequest
        case .notFound: return .notFound
        case .unauthorized: return .unauthorized
        case .forbidden: return .forbidden
        case .payloadTooLarge: return .contentTooLarge
        case .unsupportedMediaType: return .unsupportedMediaType
        case .internalFailure: return .internalServerError
        }
    }

    var message: String {
        switch self {
        case .badRequest(let m), .notFound(let m), .unauthorized(let m), .forbidden(let m), .payloadTooLarge(let m),
            .unsupportedMediaType(let m):
            return m
        case .internalFailure: return "The server could not read the store."
        }
    }
}
