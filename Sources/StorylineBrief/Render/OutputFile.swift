import Foundation

#if canImport(Glibc)
    import Glibc
    private let posixWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let posixWrite = Darwin.write
#endif

/// Writes a whole output file with plain POSIX calls. `Data.write(to:)` syncs every file to
/// disk, and a run writes three files per story: over the 975-document bench that was 685
/// syncs and most of the time spent writing files. Briefs are derived output (the store
/// holds everything they are made from), so they are written without a sync.
enum OutputFile {
    struct WriteError: LocalizedError, CustomStringConvertible {
        let path: String
        let code: Int32
        var description: String { "cannot write \(path): \(String(cString: strerror(code)))" }
        var errorDescription: String? { description }
    }

    static func write<Bytes: Collection>(_ bytes: Bytes, to url: URL) throws where Bytes.Element == UInt8 {
        let path = url.path
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw WriteError(path: path, code: errno) }
        var failure: Int32 = 0
        let contiguous = bytes.withContiguousStorageIfAvailable { buffer -> Bool in
            failure = writeAll(fd, UnsafeRawBufferPointer(buffer))
            return true
        }
        if contiguous == nil { failure = Array(bytes).withUnsafeBytes { writeAll(fd, $0) } }
        if close(fd) != 0, failure == 0 { failure = errno }
        if failure != 0 { throw WriteError(path: path, code: failure) }
    }

    /// Creates `url` and any missing parent folders. A path that exists as a file, or a folder
    /// that cannot be made, is an error naming the path and the reason.
    static func makeFolder(_ url: URL) throws {
        let path = url.standardizedFileURL.path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) {
            if isFolder.boolValue { return }
            throw WriteError(path: path, code: ENOTDIR)
        }
        let parent = url.standardizedFileURL.deletingLastPathComponent()
        if parent.path != path { try makeFolder(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST { throw WriteError(path: path, code: errno) }
    }

    /// Writes every byte (retrying short writes and interruptions); returns 0 or an errno.
    private static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer) -> Int32 {
        var offset = 0
        while offset < buffer.count {
            let n = posixWrite(fd, buffer.baseAddress! + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            offset += n
        }
        return 0
    }
}
