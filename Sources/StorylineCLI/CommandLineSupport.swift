import ArgumentParser
import Foundation

/// Exit codes of the command-line contract.
enum ExitStatus {
    static let success: Int32 = 0
    static let someInputsFailed: Int32 = 1
    static let usage: Int32 = 2
}

/// Thrown by a command that finished its work but had inputs that failed (exit 1).
struct SomeInputsFailed: Error {}

/// A failure with a message for the user (exit 1, no stack of error types).
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ message: String) { description = message }
}

extension CommandLine {
    /// Parses and runs `command`, mapping errors to SPEC's exit codes: usage errors give 2
    /// (ArgumentParser would give 64), failed inputs 1.
    static func exitWithStorylineConventions<C: ParsableCommand>(_ command: C.Type) -> Never {
        do {
            var parsed = try C.parseAsRoot()
            try parsed.run()
            exit(ExitStatus.success)
        } catch is SomeInputsFailed {
            exit(ExitStatus.someInputsFailed)
        } catch let failure as CommandFailure {
            Stderr.write("storyline: \(failure.description)\n")
            exit(ExitStatus.someInputsFailed)
        } catch {
            let code = C.exitCode(for: error)
            if code == .success {
                C.exit(withError: error)  // --help, --version
            }
            let message = C.fullMessage(for: error)
            if !message.isEmpty { Stderr.write(message + "\n") }
            exit(code == .validationFailure ? ExitStatus.usage : code.rawValue == 64 ? ExitStatus.usage : ExitStatus.someInputsFailed)
        }
    }
}

/// Unbuffered writes to standard error, safe from any thread.
enum Stderr {
    static func write(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(2, buffer.baseAddress! + offset, buffer.count - offset)
                if n <= 0 { break }
                offset += n
            }
        }
    }
}

/// Buffered writes to standard output.
enum Stdout {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// A stage whose issue has not landed yet says so plainly instead of pretending to work.
func notAvailableYet(_ what: String) -> CommandFailure {
    CommandFailure("\(what) is not available yet in this build.")
}
