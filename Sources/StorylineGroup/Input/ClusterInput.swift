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
        var reader = LineParser()
        raw.withUnsafeBufferPointer { buffer in
            reader.feed(buffer, final: true) { result in
                switch result {
                case .success(let d): documents.append(d)
                case .failure(let e): errors.append(e)
                }
            }
        }
        return (documents, errors)
    }

    /// Reads the file at `path` line by line in fixed-size chunks, handing each document to
    /// `body` as soon as its line is complete, so memory stays bounded by the longest line
    /// whatever the file's size. A gzip file is inflated whole first (compressed inputs are
    /// small here: the decoder is not incremental). Returns the lines that could not be read.
    public static func stream(path: String, _ body: (ClusterDocument) throws -> Void) throws -> [LineError] {
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw LineError(line: 0, reason: "cannot open \(path)")
        }
        defer { try? file.close() }
        var errors: [LineError] = []
        var reader = LineParser()
        var failure: (any Error)?
        func deliver(_ result: Result<ClusterDocument, LineError>) {
            guard failure == nil else { return }
            switch result {
            case .success(let d):
                do { try body(d) } catch { failure = error }
            case .failure(let e): errors.append(e)
            }
        }
        var first = true
        while failure == nil {
            let chunk = [UInt8](file.readData(ofLength: 4 << 20))
            if first, Gzip.isGzip(chunk) {
                let rest = [UInt8](file.readDataToEndOfFile())
                let raw = try Gzip.decompress(chunk + rest)
                raw.withUnsafeBufferPointer { reader.feed($0, final: true, deliver) }
                break
            }
            first = false
            chunk.withUnsafeBufferPointer { reader.feed($0, final: chunk.isEmpty, deliver) }
            if chunk.isEmpty { break }
        }
        if let failure { throw failure }
        return errors
    }

    /// Splits bytes into lines across chunk boundaries and decodes each line.
    struct LineParser {
        var pending: [UInt8] = []
        var lineNumber = 0
        let decoder = JSONDecoder()

        mutating func feed(
            _ bytes: UnsafeBufferPointer<UInt8>, final: Bool, _ emit: (Result<ClusterDocument, LineError>) -> Void
        ) {
            var start = 0
            let n = bytes.count
            while start < n {
                var end = start
                while end < n, bytes[end] != 10 { end += 1 }
                if end == n && !final {
                    pending.append(contentsOf: bytes[start..<n])
                    return
                }
                if pending.isEmpty {
                    line(Data(bytes[start..<end]), emit)
                } else {
                    pending.append(contentsOf: bytes[start..<end])
                    line(Data(pending), emit)
                    pending.removeAll(keepingCapacity: true)
                }
                start = end + 1
            }
            if final, !pending.isEmpty {
                line(Data(pending), emit)
                pending.removeAll()
            }
        }

        mutating func line(_ line: Data, _ emit: (Result<ClusterDocument, LineError>) -> Void) {
            lineNumber += 1
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { return }
            do {
                let r = try decoder.decode(Record.self, from: line)
                guard !r.id.value.isEmpty else { throw LineError(line: lineNumber, reason: "empty id") }
                var date: Date?
                if let d = r.date, !d.isEmpty {
                    date = ISO8601.parse(d)
                    if date == nil {
                        emit(.failure(LineError(line: lineNumber, reason: "unreadable date \"\(d.prefix(40))\" ignored")))
                    }
                }
                emit(.success(ClusterDocument(id: r.id.value, title: r.title ?? "", text: r.text ?? "", date: date, source: r.source)))
            } catch let e as LineError {
                emit(.failure(e))
            } catch DecodingError.keyNotFound(let key, _) {
                emit(.failure(LineError(line: lineNumber, reason: "missing \"\(key.stringValue)\"")))
            } catch {
                emit(.failure(LineError(line: lineNumber, reason: "not a JSON object with id, title, text")))
            }
        }
    }
}
