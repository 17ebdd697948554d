import Foundation
import StorylineCore

/// Reads `storyline cluster` input: JSON Lines (`id, title, text, date?, source?`), plain or
/// gzip-compressed. A bad line is reported with its line number and skipped; the rest are read.
public enum ClusterInput {
    public struct LineError: Error, Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var reason: String
        public var description: String { "line \(line): \(reason)" }
    }

    struct Record: Decodable {
        var id: FlexibleID
        var title: String?
        var text: String?
        var date: String?
        var source: String?
    }

    /// Accepts ids written as strings or numbers.
    struct FlexibleID: Decodable {
        var value: String
        init(from decoder: any Decoder) throws {
            let c = try decoder.singleValueContainer()
            if let s = try? c.decode(String.self) { value = s }
            else if let i = try? c.decode(Int64.self) { value = String(i) }
            else { value = String(try c.decode(Double.self)) }
        }
    }

    /// The documents of `bytes` in order, and the lines that could not be read.
    public static func parse(_ bytes: [UInt8]) throws -> (documents: [ClusterDocument], errors: [LineError]) {
        let raw = Gzip.isGzip(bytes) ? try Gzip.decompress(bytes) : bytes
        var documents: [ClusterDocument] = []
        var errors: [LineError] = []
        let decoder = JSONDecoder()
        var lineNumber = 0
        var start = 0
        let n = raw.count
        while start < n {
            var end = start
            while end < n, raw[end] != 10 { end += 1 }
            lineNumber += 1
            let line = raw[start..<end]
            start = end + 1
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            do {
                let r = try decoder.decode(Record.self, from: Data(line))
                guard !r.id.value.isEmpty else { throw LineError(line: lineNumber, reason: "empty id") }
                var date: Date?
                if let d = r.date, !d.isEmpty {
                    date = ISO8601.parse(d)
                    if date == nil { errors.append(LineError(line: lineNumber, reason: "unreadable date \"\(d.prefix(40))\" ignored")) }
                }
                documents.append(
                    ClusterDocument(id: r.id.value, title: r.title ?? "", text: r.text ?? "", date: date, source: r.source))
            } catch let e as LineError {
                errors.append(e)
            } catch DecodingError.keyNotFound(let key, _) {
                errors.append(LineError(line: lineNumber, reason: "missing \"\(key.stringValue)\""))
            } catch {
                errors.append(LineError(line: lineNumber, reason: "not a JSON object with id, title, text"))
            }
        }
        return (documents, errors)
    }
}
