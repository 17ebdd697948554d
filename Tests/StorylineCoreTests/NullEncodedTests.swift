import Foundation
import StorylineCore
import Testing

/// `@NullEncoded` keeps every key of a JSON shape, writing null for a missing value.
@Suite struct NullEncodedTests {
    struct Shape: Encodable {
        var name: String
        @NullEncoded var note: String?
        @NullEncoded var count: Int?
    }

    static func json(_ value: Shape) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    @Test func aMissingValueIsWrittenAsNull() throws {
        #expect(try Self.json(Shape(name: "a", note: nil, count: nil)) == #"{"count":null,"name":"a","note":null}"#)
    }

    @Test func aPresentValueIsWrittenAsItself() throws {
        #expect(try Self.json(Shape(name: "a", note: "n", count: 3)) == #"{"count":3,"name":"a","note":"n"}"#)
    }
}
