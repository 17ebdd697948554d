import Foundation
import StorylineCore

/// The Brief JSON of SPEC.md: pretty-printed with sorted keys, so files diff cleanly.
public enum JSONRenderer {
    public static func render(_ brief: Brief) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        return (try? encoder.encode(brief)) ?? Data("{}".utf8)
    }

    public static func string(_ brief: Brief) -> String { String(decoding: render(brief), as: UTF8.self) }
}
