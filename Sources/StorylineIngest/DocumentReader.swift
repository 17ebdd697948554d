import Foundation
import StorylineCore

/// A document that could not be read, with the reason, reported per document.
public struct IngestFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public var origin: DocumentOrigin
    public var message: String

    public init(origin: DocumentOrigin, message: String) {
        self.origin = origin
        self.message = message
    }

    public var description: String { "\(origin): \(message)" }
}

/// What reading one input yields: documents, and failures for the parts that could not be read.
public struct ReadResult: Sendable {
    public var documents: [RawDocument] = []
    public var failures: [IngestFailure] = []

    public init(documents: [RawDocument] = [], failures: [IngestFailure] = []) {
        self.documents = documents
        self.failures = failures
    }
}

/// The Ingest stage's entry point: turns one file — a page, a text dump, a JSON Lines
/// export, an RSS/Atom/JSON feed — into raw documents. Anything unreadable becomes an
/// `IngestFailure` naming the document (and line or item), never a crash.
public struct DocumentReader: Sendable {
    /// The largest single document (page, dump, feed) read; larger ones are refused.
    public var maxDocumentBytes: Int
    /// The largest JSON Lines file read (records are still limited to `maxDocumentBytes`).
    public var maxContainerBytes: Int

    public init(maxDocumentBytes: Int = 32 << 20, maxContainerBytes: Int = 4 << 30) {
        self.maxDocumentBytes = maxDocumentBytes
        self.maxContainerBytes = maxContainerBytes
    }

    /// Reads one file.
    public func read(fileAt path: String) -> ReadResult {
        let origin = DocumentOrigin(location: path)
        let isJSONLines = InputKind.detect(path: path, head: []) == .jsonLines && InputKind.fileExtension(path) != "json"
        let limit = isJSONLines ? maxContainerBytes : maxDocumentBytes
        switch FileBytes.read(path, limit: limit) {
        case .tooLarge(let size):
            return ReadResult(failures: [
                IngestFailure(
                    origin: origin,
                    message: "\(Self.megabytes(size)) is over the \(Self.megabytes(limit)) limit for one document; skipped")
            ])
        case .unreadable:
            return ReadResult(failures: [IngestFailure(origin: origin, message: "cannot read file")])
        case .bytes(let bytes):
            return read(bytes: bytes, origin: origin)
        }
    }

    /// Reads the bytes of one input named `origin` (a path or URL decides the kind with the content).
    public func read(bytes: [UInt8], origin: DocumentOrigin) -> ReadResult {
        let location = origin.location
        if bytes.isEmpty || bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return ReadResult(failures: [IngestFailure(origin: origin, message: "empty file")])
        }
        if let what = BinarySniffer.binaryKind(bytes) {
            return ReadResult(failures: [IngestFailure(origin: origin, message: "binary data (\(what)), not a text document")])
        }
        guard let kind = InputKind.detect(path: location, head: bytes.prefix(2048)) else {
            return ReadResult(failures: [IngestFailure(origin: origin, message: "unrecognized content")])
        }
        switch kind {
        case .jsonLines:
            return JSONLinesReader.read(bytes, location: location, maxRecordBytes: maxDocumentBytes)
        case .jsonFeed:
            return FeedReader.readJSONFeed(bytes, location: location)
        case .rss, .atom:
            let decoded = CharsetDecoder.decode(bytes)
            var result = FeedReader.readXML(decoded.text, location: location)
            for i in result.documents.indices { result.documents[i].warnings = decoded.warnings + result.documents[i].warnings }
            return result
        case .html, .text, .markdown:
            if bytes.count > maxDocumentBytes {
                return ReadResult(failures: [
                    IngestFailure(origin: origin, message: "\(Self.megabytes(bytes.count)) is over the \(Self.megabytes(maxDocumentBytes)) limit for one document; skipped")
                ])
            }
            let decoded = CharsetDecoder.decode(bytes)
            let format: DocumentFormat = kind == .html ? .html : kind == .markdown ? .markdown : .text
            return ReadResult(documents: [
                RawDocument(origin: origin, format: format, content: decoded.text, warnings: decoded.warnings)
            ])
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1_048_576)
    }
}

/// Recognizes binary files (images, archives, executables, or bytes that are mostly
/// control characters) before any decoding is attempted.
enum BinarySniffer {
    static let signatures: [(String, [UInt8])] = [
        ("PNG image", [0x89, 0x50, 0x4E, 0x47]), ("JPEG image", [0xFF, 0xD8, 0xFF]), ("GIF image", Array("GIF8".utf8)),
        ("PDF", Array("%PDF".utf8)), ("ZIP archive", [0x50, 0x4B, 0x03, 0x04]), ("gzip data", [0x1F, 0x8B]),
        ("ELF executable", [0x7F, 0x45, 0x4C, 0x46]), ("SQLite database", Array("SQLite format 3".utf8)),
    ]

    static func binaryKind(_ bytes: [UInt8]) -> String? {
        for (name, magic) in signatures where bytes.starts(with: magic) { return name }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return nil }  // UTF-16 text
        let head = bytes.prefix(8192)
        // the first pass over every file's bytes: counted eight bytes at a time (a byte loop with
        // six comparisons per byte did not vectorize and ran at under 2 GB/s)
        let (nul, control) = head.withUnsafeBufferPointer { p -> (Int, Int) in
            var nul = 0, control = 0
            var i = 0
            if let base = p.baseAddress {
                let raw = UnsafeRawPointer(base)
                while i + 8 <= p.count {
                    let x = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                    let allowed = ByteLanes.equal(x, 0x09) | ByteLanes.equal(x, 0x0A) | ByteLanes.equal(x, 0x0C)
                        | ByteLanes.equal(x, 0x0D) | ByteLanes.equal(x, 0x1B)
                    nul &+= ByteLanes.zero(x).nonzeroBitCount
                    control &+= (ByteLanes.below(x, 0x20) & ~allowed).nonzeroBitCount
                    i += 8
                }
            }
            while i < p.count {
                let b = p[i]
                nul &+= b == 0 ? 1 : 0
                control &+= isControl(b) ? 1 : 0
                i += 1
            }
            return (nul, control)
        }
        if nul > 0 { return "contains NUL bytes" }
        return control * 20 > head.count ? "mostly control characters" : nil
    }

    /// A C0 control byte other than tab, line feed, form feed, carriage return and escape, the
    /// ones text files carry.
    static func isControl(_ b: UInt8) -> Bool {
        b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B
    }
}
