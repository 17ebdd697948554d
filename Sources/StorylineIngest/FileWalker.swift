import Foundation

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
            var found: [String] = []
            guard let walker = fm.enumerator(atPath: path) else {
                missing.append(IngestFailure(origin: .init(location: path), message: "cannot list folder"))
                continue
            }
            while let relative = walker.nextObject() as? String {
                let name = relative.split(separator: "/").last.map(String.init) ?? relative
                if name.hasPrefix(".") {
                    walker.skipDescendants()
                    continue
                }
                if isFolderDocumentation(name) { continue }
                guard let dot = name.lastIndex(of: "."),
                    InputKind.knownExtensions.contains(name[name.index(after: dot)...].lowercased())
                else { continue }
                let full = path.hasSuffix("/") ? path + relative : path + "/" + relative
                var sub: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue { found.append(full) }
            }
            files.append(contentsOf: found.sorted())
        }
        return Listing(files: files, missing: missing)
    }

    /// A folder's own README, LICENSE or NOTICE describes the folder; it is not news.
    /// (Named explicitly on the command line, such a file is read like any other.)
    static func isFolderDocumentation(_ name: String) -> Bool {
        let upper = name.uppercased()
        return upper.hasPrefix("README.") || upper.hasPrefix("LICENSE") || upper.hasPrefix("NOTICE")
            || upper.hasPrefix("COPYING")
    }
}
