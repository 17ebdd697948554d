import Foundation
import StorylineCore

/// Extracts the article from the visible text of a page (a "text dump"): one block per
/// non-empty line for now; the block classifier replaces this.
public struct TextDumpExtractor: Sendable {
    public init() {}

    public func extract(_ text: String) -> ExtractedDocument {
        let lines = text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        return ExtractedDocument(title: lines.first, blocks: lines.dropFirst().map { TextBlock($0) })
    }
}
