import Foundation
import StorylineCore

/// Reads JSON Lines exports: one document per line with `id, url, title, publisher,
/// published, html | text` (also `content`, `body`, `date`, `source`, `author`). A broken
/// line is reported with its line number and the rest are read.
enum JSONLinesReader {
    static func read(_ bytes: [UInt8], location: String, maxRecordBytes: Int) -> ReadResult {
        var result = ReadResult()
        var lineNumber = 0
        var start = 0
        let n = bytes.count
        while start < n {
            var end = start
            while end < n, bytes[end] != 0x0A { end += 1 }
            lineNumber += 1
            let line = bytes[start..<end]
            start = end + 1
            let origin = DocumentOrigin(location: location, item: lineNumber)
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            if line.count > maxRecordBytes {
                result.failures.append(IngestFailure(origin: origin, message: "line longer than \(maxRecordBytes >> 20) MB; skipped"))
                continue
            }
            switch record(line, origin: origin) {
            case .success(let doc): result.documents.append(doc)
            case .failure(let failure): result.failures.append(failure)
            }
        }
        return result
    }

    static func record(_ line: ArraySlice<UInt8>, origin: DocumentOrigin) -> Result<RawDocument, IngestFailure> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(line), options: [])
        } catch {
            return .failure(IngestFailure(origin: origin, message: "not valid JSON: \(JSONErrorText.short(error))"))
        }
        guard let dict = object as? [String: Any] else {
            return .failure(IngestFailure(origin: origin, message: "a JSON Lines record must be an object"))
        }
        func string(_ keys: String...) -> String? {
            for key in keys {
                if let s = dict[key] as? String, Self.hasNonWhitespace(s) { return s }
                if let n = dict[key] as? NSNumber, key == "id" { return n.stringValue }
            }
            return nil
        }
        var warnings: [String] = []
        let format: DocumentFormat
        let content: String
        if let html = string("html", "content_html") {
            format = .html
            content = html
        } else if let text = string("text", "content", "body", "content_text", "articleBody") {
            format = InputKind.sniff(Array(text.utf8.prefix(512))[...]) == .html ? .html : .text
            content = text
        } else if let title = string("title") {
            // Some exports keep a short item's whole text in its title; keep it rather than lose it.
            format = .text
            content = title
            warnings.append("record has no body text; its title stands in for it")
        } else {
            return .failure(IngestFailure(origin: origin, message: "record has no \"html\" or \"text\" field, nor a title"))
        }
        var published: Date? = nil
        if let raw = string("published", "date", "datePublished", "date_published") {
            published = FeedDate.parse(raw)
            if published == nil { warnings.append("unreadable date \"\(raw.prefix(40))\" ignored") }
        }
        let hints = DocumentHints(
            externalID: string("id"), title: string("title"), url: string("url", "link"),
            publisher: string("publisher", "source", "site"), author: string("author", "byline"),
            published: published, language: string("language", "lang"))
        return .success(RawDocument(origin: origin, format: format, content: content, hints: hints, warnings: warnings))
    }
}

extension JSONLinesReader {
    /// Whether `s` holds anything but white space (what `trimmingCharacters(in:
    /// .whitespacesAndNewlines).isEmpty` answers, without copying a whole HTML field to say so).
    static func hasNonWhitespace(_ s: String) -> Bool {
        s.unicodeScalars.contains { !CharacterSet.whitespacesAndNewlines.contains($0) }
    }
}

/// A short, user-facing description of a JSONSerialization error.
enum JSONErrorText {
    static func short(_ error: Error) -> String {
        let ns = error as NSError
        if let detail = ns.userInfo["NSDebugDescription"] as? String { return detail }
        return ns.localizedDescription
    }
}
