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
        var bytes = [UInt8](repeating: 0, count: max(size, 0) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if count > limit { return .tooLarge(count) }
                bytes.append(contentsOf: repeatElement(0, count: max(4096, count)))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in readFile(fd, buffer.baseAddress! + count, buffer.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                return .unreadable
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeLast(bytes.count - count)
        return .bytes(bytes)
    }
}

/// `read(2)`, named apart from `FileBytes.read`.
private func readFile(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(fd, buffer, count)
}
