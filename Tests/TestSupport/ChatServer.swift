import Foundation

/// Runs `Tests/Fixtures/brief/chat_server.py`, a real HTTP server on 127.0.0.1.
public final class ChatServer: @unchecked Sendable {
    let process = Process()
    let input = Pipe()
    public let port: Int

    public init() throws {
        let output = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Fixtures.url("brief/chat_server.py").path]
        process.standardOutput = output
        process.standardInput = input
        try process.run()
        var line = Data()
        while !line.contains(0x0A) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        guard let port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        else { throw CocoaError(.fileReadCorruptFile) }
        self.port = port
    }

    public var endpoint: URL { URL(string: "http://127.0.0.1:\(port)/v1")! }

    deinit {
        // Closing its standard input ends the server (see chat_server.py); terminate as well.
        try? input.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
    }
}
