/// The identity of a document: a hash of its normalized content. The same article saved
/// twice, with different line endings or indentation, gets the same key, so it is stored once.
public enum ContentKey {
    /// Length of a document id in hex characters (64 bits of SHA-256: collisions are
    /// negligible below billions of documents, and ids stay short in URLs and citations).
    public static let idLength = 16

    /// Lower-case hex id of the normalized `content`: runs of white space fold to one
    /// space, leading and trailing space is dropped, ASCII letters are lower-cased.
    /// The normalized bytes are hashed as they are produced, a few kilobytes at a time,
    /// never collected into a copy of the document.
    public static func id(for content: String) -> String {
        var content = content
        let digest: [UInt8] = content.withUTF8 { src in
            let chunk = 4096
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: chunk) { buffer in
                let out = buffer.baseAddress!
                var stream = SHA256.Stream()
                var fill = 0
                var pendingSpace = false
                var started = false
                for byte in src {
                    switch byte {
                    case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B:
                        pendingSpace = started
                    default:
                        if pendingSpace {
                            out[fill] = 0x20
                            fill += 1
                            if fill == chunk {
                                stream.absorb(blocks: out, count: chunk)
                                fill = 0
                            }
                            pendingSpace = false
                        }
                        out[fill] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        fill += 1
                        started = true
                        if fill == chunk {
                            stream.absorb(blocks: out, count: chunk)
                            fill = 0
                        }
                    }
                }
                return stream.finish(tail: UnsafeBufferPointer(start: out, count: fill))
            }
        }
        return Hex.encode(Array(digest.prefix(idLength / 2)))
    }
}
