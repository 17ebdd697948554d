import Foundation
import Testing

/// Not a check: with `STORYLINE_SERVE_DEMO=/path/store.sqlite` set, writes the fictional harbor
/// store there (stories, analyses, a brief), so the pages can be looked at with
/// `storyline serve --db /path/store.sqlite` and screenshot in a browser.
@Suite struct DemoStoreHelper {
    static let target = ProcessInfo.processInfo.environment["STORYLINE_SERVE_DEMO"]

    @Test(.enabled(if: target != nil)) func writeDemoStore() throws {
        let fixture = try ServeTestStore.make()
        let path = try #require(Self.target)
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        try FileManager.default.copyItem(atPath: fixture.store.path, toPath: path)
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: fixture.store.path + suffix) {
            try FileManager.default.copyItem(atPath: fixture.store.path + suffix, toPath: path + suffix)
        }
    }
}
