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

/// The Ingest stage's entry point: turns files (pages, text dumps, JSON Lines, feeds) into raw documents.
public struct DocumentReader: Sendable {
    /// Files larger than this are refused rather than read into memory.
    public var maxFileBytes: Int

    public init(maxFileBytes: Int = 64 << 20) {
        self.maxFileBytes = maxFileBytes
    }

    /// Reads one file.
    public func read(fileAt path: String) -> ReadResult {
        let origin = DocumentOrigin(location: path)
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return ReadResult(failures: [IngestFailure(origin: origin, message: "cannot open file")])
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maxFileBytes + 1) ?? Data()
        } catch {
            return ReadResult(failures: [IngestFailure(origin: origin, message: "cannot read file: \(error)")])
        }
        return read(bytes: [UInt8](data), origin: origin)
    }

    /// Reads the bytes of one input named `origin`.
    public func read(bytes: [UInt8], origin: DocumentOrigin) -> ReadResult {
        if bytes.count > maxFileBytes {
            return ReadResult(failures: [IngestFailure(origin: origin, message: "larger than \(maxFileBytes >> 20) MB; skipped")])
        }
        if bytes.isEmpty {
            return ReadResult(failures: [IngestFailure(origin: origin, message: "empty file")])
        }
        let decoded = CharsetDecoder.decode(bytes)
        let format: DocumentFormat = origin.location.lowercased().hasSuffix(".html") ? .html : .text
        return ReadResult(documents: [
            RawDocument(origin: origin, format: format, content: decoded.text, warnings: decoded.warnings)
        ])
    }
}
