import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands the paths a user names into input files: files as given, folders recursively
/// (hidden entries and the folder's README/LICENSE skipped, only known extensions), sorted so every run sees the same order.
public enum FileWalker {
    public struct Listing: Sendable {
        public var files: [String]
        /// Paths that do not exist or cannot be read, with the reason.
        public var missing: [IngestFailure]
    }

    public static func files(under paths: [String]) -> Listing {
        var files: [String] = []
        var missing: [IngestFailure] = []
        let fm = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(IngestFailure(origin: .init(location: path), message: "no such file or folder"))
                continue
            }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            let root = path.hasSuffix("/") ? path : path + "/"
            var found: [(relative: String, full: String)] = []
            guard walk(root: root, relative: "", into: &found) else {
                missing.append(IngestFailure(origin: .init(location: path), message: "cannot list folder"))
                continue
            }
            found.sort { $0.relative < $1.relative }
            files.append(contentsOf: found.map(\.full))
        }
        return Listing(files: files, missing: missing)
    }

    /// Lists the input files under `root + relative` with `readdir` (the file type comes with
    /// each entry, so only symbolic links cost a `stat`): hidden entries are skipped with their
    /// contents, folders are entered (not through symbolic links), and a file is kept when its
    /// extension is known and it is not the folder's own documentation. False when the folder
    /// itself cannot be opened.
    static func walk(root: String, relative: String, into found: inout [(relative: String, full: String)]) -> Bool {
        guard let dir = opendir(root + relative) else { return false }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let (name, type) = withUnsafePointer(to: entry.pointee.d_name) { p in
                p.withMemoryRebound(to: CChar.self, capacity: 256) { (String(cString: $0), entry.pointee.d_type) }
            }
            if name.hasPrefix(".") { continue }  // also "." and ".."
            let rel = relative + name
            var isDirectory = type == UInt8(DT_DIR)
            var isFile = type == UInt8(DT_REG)
            if type == UInt8(DT_UNKNOWN) {
                var info = stat()
                guard lstat(root + rel, &info) == 0 else { continue }
                isDirectory = info.st_mode & S_IFMT == S_IFDIR
                isFile = info.st_mode & S_IFMT == S_IFREG
                if info.st_mode & S_IFMT == S_IFLNK { isFile = false }
            }
            if isDirectory {
                _ = walk(root: root, relative: rel + "/", into: &found)
                continue
            }
            if isFolderDocumentation(name) { continue }
            guard let dot = name.lastIndex(of: "."),
                InputKind.knownExtensions.contains(name[name.index(after: dot)...].lowercased())
            else { continue }
            if !isFile {
                // a symbolic link (or an entry of unknown type) counts when it leads to a file
                var info = stat()
                guard stat(root + rel, &info) == 0, info.st_mode & S_IFMT != S_IFDIR else { continue }
            }
            found.append((rel, root + rel))
        }
        return true
    }

    /// A folder's own README, LICENSE or NOTICE describes the folder; it is not news.
    /// (Named explicitly on the command line, such a file is read like any other.)
    static func isFolderDocumentation(_ name: String) -> Bool {
        let upper = name.uppercased()
        return upper.hasPrefix("README.") || upper.hasPrefix("LICENSE") || upper.hasPrefix("NOTICE")
            || upper.hasPrefix("COPYING")
    }
}
