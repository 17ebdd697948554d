/// The identity of a document: a hash of its normalized content. The same article saved
/// twice, with different line endings or indentation, gets the same key, so it is stored once.
public enum ContentKey {
    /// Length of a document id in hex characters (64 bits of SHA-256: collisions are
    /// negligible below billions of documents, and ids stay short in URLs and citations).
    public static let idLength = 16

    /// Lower-case hex id of the normalized `content`: runs of white space fold to one
    /// space, leading and trailing space is dropped, ASCII letters are lower-cased.
    public static func id(for content: String) -> String {
        var content = content
        let normalized: [UInt8] = content.withUTF8 { src in
            var out = [UInt8]()
            out.reserveCapacity(src.count)
            var pendingSpace = false
            for byte in src {
                switch byte {
                case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B:
                    pendingSpace = !out.isEmpty
                default:
                    if pendingSpace {
                        out.append(0x20)
                        pendingSpace = false
                    }
                    out.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
                }
            }
            return out
        }
        return String(SHA256.hex(normalized).prefix(idLength))
    }
}
