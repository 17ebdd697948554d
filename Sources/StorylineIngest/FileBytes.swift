#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file into bytes with one `open`/`fstat`/`read` sequence: no attribute
/// dictionary, no `Data`, no second copy. Ingest reads every file this way.
enum FileBytes {
    enum Outcome {
        case bytes([UInt8])
        /// The file is larger than the limit (its size in bytes).
        case tooLarge(Int)
        case unreadable
    }

    static func read(_ path: String, limit: Int) -> Outcome {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .unreadable }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .unreadable }
        let size = Int(info.st_size)
        if size > limit { return .tooLarge(size) }
        // The size can change under us: read until EOF, growing past the stat size if needed.
        // The buffer is not zero-filled first: `read` writes every byte that is kept.
        var failed = false
        var capacity = max(size, 0) + 1
        var bytes = [UInt8]()
        while true {
            var count = bytes.count
            bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                let base = buffer.baseAddress!
                bytes.withUnsafeBufferPointer { old in
                    if let from = old.baseAddress { base.initialize(from: from, count: old.count) }
                }
                while count < capacity {
                    let n = readFile(fd, base + count, capacity - count)
                    if n < 0 {
                        if errno == EINTR { continue }
                        failed = true
                        break
                    }
                    if n == 0 { break }
                    count += n
                }
                initialized = count
            }
            if failed { return .unreadable }
            if count < capacity { break }  // end of file before the buffer filled
            if count > limit { return .tooLarge(count) }
            capacity = count + max(4096, count)
        }
        return .bytes(bytes)
    }
}

/// `read(2)`, named apart from `FileBytes.read`.
private func readFile(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
