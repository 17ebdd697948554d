import Foundation
import StorylineStore

/// The opaque paging cursor of the story list: the last listed story's position, as
/// base64url JSON. Clients pass it back unchanged; anything else is a 400.
enum StoryCursor {
    static func encode(_ position: StoryListPosition) -> String {
        let data = (try? JSONEncoder().encode(position)) ?? Data()
        return data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func decode(_ cursor: String) throws(ServeError) -> StoryListPosition {
        let bad = ServeError.badRequest("cursor is not a cursor this server gave out")
        guard !cursor.isEmpty, cursor.utf8.count <= 2048,
            cursor.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) || $0 == 0x2D || $0 == 0x5F })
        else { throw bad }
        var base64 = cursor.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.utf8.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64),
            let position = try? JSONDecoder().decode(StoryListPosition.self, from: data)
        else { throw bad }
        return position
    }
}
