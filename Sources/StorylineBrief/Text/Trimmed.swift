import Foundation

/// `trimmingCharacters(in: .whitespacesAndNewlines)` (or `.whitespaces`) that skips
/// Foundation when there is nothing to trim: a text that opens and ends with a printable,
/// non-space ASCII character is its own trimmed form under either set.
enum Trimmed {
    static func whitespaceAndNewlines(_ text: String) -> String {
        isTrimmed(text) ? text : text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func whitespace(_ text: String) -> String {
        isTrimmed(text) ? text : text.trimmingCharacters(in: .whitespaces)
    }

    private static func isTrimmed(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return false }
        return first > 0x20 && first < 0x7F && last > 0x20 && last < 0x7F
    }
}
