/// The identity of a document: a hash of its normalized content. The same article saved
/// twice, with different line endings or indentation, gets the same key, so it is stored once.
public enum ContentKey {
    /// Length of a document id in hex characters (64 bits of SHA-256: collisions are
    /// negligible below billions of documents, and ids stay short in URLs and citations).
    public static let idLength = 16

    /// Lower-case hex id of the normalized `content`: runs of white space fold to one
    /// space, leading and trailing space is dropped, ASCII letters are lower-cased.
    public static func id(for content: String) -> String {
        var hasher = SHA256()
        var pendingSpace = false
        var started = false
        for byte in content.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B:
                pendingSpace = started
            default:
                if pendingSpace {
                    hasher.update(0x20)
                    pendingSpace = false
                }
                started = true
                hasher.update(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
            }
        }
        return String(Hex.encode(hasher.finalize()).prefix(idLength))
    }
}
