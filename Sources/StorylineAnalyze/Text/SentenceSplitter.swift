import StorylineCore

/// Splits a document's blocks into sentences with offsets. Interim rule (a period, question
/// or exclamation mark followed by a space and an upper-case letter); the analysis issue
/// replaces it with one that knows abbreviations, initials, decimals, quotes and brackets.
public struct SentenceSplitter: Sendable {
    public init() {}

    public func split(_ blocks: [TextBlock]) -> [Sentence] {
        var out: [Sentence] = []
        for (b, block) in blocks.enumerated() {
            let scalars = Array(block.text.unicodeScalars)
            var start = 0
            var i = 0
            func emit(_ end: Int) {
                var s = start
                while s < end, scalars[s].properties.isWhitespace { s += 1 }
                var e = end
                while e > s, scalars[e - 1].properties.isWhitespace { e -= 1 }
                if e > s {
                    var text = String.UnicodeScalarView()
                    text.append(contentsOf: scalars[s..<e])
                    out.append(Sentence(index: out.count, block: b, start: s, text: String(text)))
                }
                start = end
            }
            while i < scalars.count {
                let c = scalars[i]
                if c == "." || c == "?" || c == "!", i + 2 < scalars.count, scalars[i + 1] == " ",
                    scalars[i + 2].properties.isUppercase
                {
                    emit(i + 1)
                }
                i += 1
            }
            emit(scalars.count)
        }
        return out
    }
}
