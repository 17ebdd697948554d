import Foundation

/// `trimmingCharacters(in: .whitespacesAndNewlines)` without bridging to `NSString`: Foundation's
/// version copied every feed element's text through UTF-16, and most texts need no trimming.
/// The set's characters are all single UTF-16 units, so trimming by scalars gives the same result.
enum TextTrim {
    static func whitespaceAndNewlines(_ s: String) -> String {
        let scalars = s.unicodeScalars
        let set = CharacterSet.whitespacesAndNewlines
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end && set.contains(scalars[start]) { scalars.formIndex(after: &start) }
        while end > start {
            let before = scalars.index(before: end)
            if !set.contains(scalars[before]) { break }
            end = before
        }
        if start == scalars.startIndex && end == scalars.endIndex { return s }
        return String(scalars[start..<end])
    }
}
