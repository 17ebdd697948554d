import Foundation

/// Work started on a thread of its own now and collected later, for a stage that does not
/// depend on the one running beside it: `storyline run` groups documents (which reads only
/// their extracted text) while they are analyzed, so the serial clusterer fills the gaps the
/// parallel analysis leaves on the cores.
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    /// Written once, on the work's thread, before `done` is signalled; read only after it.
    private var outcome: Result<Value, any Error>?

    public init(_ body: @escaping @Sendable () throws -> Value) {
        let thread = Thread { [self] in
            outcome = Result { try body() }
            done.signal()
        }
        // Deep recursion is not expected, but a secondary thread's default stack is small.
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for the work and returns its value, or throws its error. May be called more than once.
    public func value() throws -> Value {
        done.wait()
        defer { done.signal() }
        return try outcome!.get()
    }
}
