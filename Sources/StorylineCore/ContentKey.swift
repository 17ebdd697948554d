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
            // Input is read a slice at a time; a slice writes at most two bytes per byte read (a
            // folded space and the byte), so the buffer never overflows inside the loop and whole
            // 64-byte blocks are hashed between slices.
            let slice = 4096
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * slice + 66) { buffer in
                let out = buffer.baseAddress!
                var stream = SHA256.Stream()
                var fill = 0
                var pending = 0  // 1 when white space was skipped after some text
                var started = 0  // 1 once a non-space byte was written
                var from = 0
                while from < src.count {
                    let to = min(src.count, from + slice)
                    var k = from
                    while k < to {
                        // Eight bytes at a time where normalizing cannot change their layout: no tab
                        // or line break, no two spaces in a row (nor a space after a pending one). Then
                        // the only change is lower-casing, and a trailing space becomes the pending one.
                        if started == 1 && k + 8 <= to {
                            let x = UInt64(littleEndian: UnsafeRawPointer(src.baseAddress! + k).loadUnaligned(as: UInt64.self))
                            let spaces = ByteLanes.equal(x, 0x20)
                            if !ByteLanes.contains(x, above: 0x08, below: 0x0E) && spaces & (spaces >> 8) == 0
                                && !(pending == 1 && x & 0xFF == 0x20)
                            {
                                let low = x & ByteLanes.lanes(0x7F)
                                let upper = (low &+ ByteLanes.lanes(0x80 - 0x41)) & ~(low &+ ByteLanes.lanes(0x80 - 0x5B)) & ~x & ByteLanes.lanes(0x80)
                                out[fill] = 0x20
                                UnsafeMutableRawPointer(out + fill + pending).storeBytes(of: (x | upper >> 2).littleEndian, as: UInt64.self)
                                let trailing = x >> 56 == 0x20 ? 1 : 0
                                fill += pending + 8 - trailing
                                pending = trailing
                                k += 8
                                continue
                            }
                        }
                        // branch-free: white space is unpredictable in text, and a mispredicted branch
                        // per word cost more than the hashing. A space is written speculatively at
                        // `fill` and kept only when a pending space precedes a byte.
                        let end = min(to, k + 8)
                        while k < end {
                            let byte = src[k]
                            let space = (byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) ? 1 : 0
                            let emit = pending & (1 - space)
                            out[fill] = 0x20
                            out[fill + emit] = byte &+ ((byte &- 0x41) < 26 ? 0x20 : 0)
                            fill += (1 - space) + emit
                            started |= 1 - space
                            pending = space & started
                            k += 1
                        }
                    }
                    from = to
                    let whole = fill / 64 * 64
                    if whole > 0 {
                        stream.absorb(blocks: out, count: whole)
                        out.update(from: out + whole, count: fill - whole)  // fill - whole < 64 <= whole: no overlap
                        fill -= whole
                    }
                }
                return stream.finish(tail: UnsafeBufferPointer(start: out, count: fill))
            }
        }
        return Hex.encode(Array(digest.prefix(idLength / 2)))
    }
}
