import GRDB
import GRDBSQLite

/// A prepared statement run straight through SQLite's C API, for the ingest's hot insert.
///
/// GRDB's `execute(arguments:)` boxes every argument in a `DatabaseValue` and binds strings
/// through `withCString` (SQLite then measures them with `strlen`); for a batch of thousands
/// of documents with kilobytes of JSON each, that boxing and re-scanning was a tenth of the
/// store's CPU. Here text is bound from its bytes with its length, and large buffers are bound
/// without a copy (`SQLITE_STATIC`) for exactly as long as the caller's closure runs.
struct BoundStatement {
    private let statement: Statement

    init(_ statement: Statement) {
        self.statement = statement
    }

    private var handle: SQLiteStatement { statement.sqliteStatement }

    /// SQLite copies the value before the bind call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    func bind(_ value: String?, at index: Int32) throws {
        guard var value else { return try check(sqlite3_bind_null(handle, index)) }
        try value.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return try check(sqlite3_bind_text(handle, index, "", 0, Self.transient)) }
            try check(sqlite3_bind_text(handle, index, UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.transient))
        }
    }

    func bind(_ value: Int64, at index: Int32) throws {
        try check(sqlite3_bind_int64(handle, index, value))
    }

    func bind(_ value: Bool, at index: Int32) throws {
        try bind(value ? 1 : 0, at: index)
    }

    /// Binds UTF-8 `text` without copying it, runs `body` (which steps the statement), then
    /// resets the statement and clears its bindings, so SQLite never keeps the pointer.
    func withText<T>(_ text: [UInt8], at index: Int32, _ body: () throws -> T) throws -> T {
        defer {
            sqlite3_reset(handle)
            sqlite3_clear_bindings(handle)
        }
        return try text.withUnsafeBufferPointer { bytes in
            if let base = bytes.baseAddress {
                // SQLITE_STATIC (a nil destructor): the bytes outlive the binding, see `defer`
                let pointer = UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self)
                try check(sqlite3_bind_text(handle, index, pointer, Int32(bytes.count), nil))
            } else {
                try check(sqlite3_bind_text(handle, index, "", 0, Self.transient))  // empty: no buffer to point at
            }
            return try body()
        }
    }

    /// Runs the statement to completion (an INSERT or UPDATE returns no rows).
    func step() throws {
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            let failure = error(code)  // read before the reset, which is an API call of its own
            sqlite3_reset(handle)
            throw failure
        }
        sqlite3_reset(handle)
    }

    private func check(_ code: Int32) throws {
        if code != SQLITE_OK { throw error(code) }
    }

    private func error(_ code: Int32) -> DatabaseError {
        let message = sqlite3_db_handle(handle).flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
}
