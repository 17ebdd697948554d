import Foundation
import Hummingbird

/// Building responses: HTML pages, JSON documents, and errors in the form the client reads
/// (JSON under `/api/`, a page elsewhere).
enum Responses {
    static let htmlType = "text/html; charset=utf-8"
    static let jsonType = "application/json; charset=utf-8"

    static func html(_ page: HTML, status: HTTPResponse.Status = .ok) -> Rendered {
        var buffer = ByteBufferAllocator().buffer(capacity: page.bytes.count)
        buffer.writeBytes(page.bytes)
        return Rendered(status: status, contentType: htmlType, body: buffer)
    }

    static func body(_ text: String, contentType: String, status: HTTPResponse.Status = .ok) -> Rendered {
        var buffer = ByteBufferAllocator().buffer(capacity: text.utf8.count)
        buffer.writeString(text)
        return Rendered(status: status, contentType: contentType, body: buffer)
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        e.dateEncodingStrategy = .custom { date, encoder in
            var c = encoder.singleValueContainer()
            try c.encode(StorylineDateFormat.iso(date))
        }
        return e
    }()

    static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Rendered {
        let data = try encoder.encode(value)
        var buffer = ByteBufferAllocator().buffer(capacity: data.count)
        buffer.writeBytes(data)
        return Rendered(status: status, contentType: jsonType, body: buffer)
    }

    struct ErrorBody: Encodable {
        var error: String
        var status: Int
    }

    static func error(_ status: HTTPResponse.Status, message: String, api: Bool) -> Response {
        if api, let rendered = try? json(ErrorBody(error: message, status: status.code), status: status) {
            return rendered.response
        }
        return html(ErrorPage(status: status, message: message).render(), status: status).response
    }

    /// Whether a path is answered in JSON.
    static func isAPI(_ path: String) -> Bool {
        path.hasPrefix("/api/") || path == "/api" || path == "/openapi.json"
    }
}

import StorylineCore

/// Dates in API responses: ISO 8601, as everywhere in Storyline's JSON.
enum StorylineDateFormat {
    static func iso(_ date: Date) -> String { ISO8601.format(date) }
}
