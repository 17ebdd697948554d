import Foundation
import StorylineCore

/// A byte-level reader for the common shape of a JSON Lines record: one object whose fields
/// are strings, numbers, booleans, null, or nested values (skipped). It answers only for
/// records it fully understands and validates; anything else (bad syntax, a duplicate key,
/// an unusual escape, a numeric id that is not a plain integer) answers nil, and the caller
/// reads the line with `JSONSerialization`, which also words the error. So the fast path
/// can only ever agree with the slow one.
///
/// `JSONSerialization` was most of the cost of reading an export, and its strings are bridged
/// objects that every later pass copied again; these are native Swift strings.
enum JSONRecordScanner {
    enum Value {
        case string(String)
        /// A non-negative integer literal, as written.
        case integer(String)
        /// A value no field lookup uses as text (other numbers, booleans, null, arrays, objects).
        case other
    }

    /// Nesting allowed inside a record before giving the line to the slow path.
    static let maxDepth = 64

    static func scan(_ line: ArraySlice<UInt8>) -> [String: Value]? {
        line.withUnsafeBufferPointer { p -> [String: Value]? in
            var s = Scanner(p: p, i: 0)
            return s.record()
        }
    }

    private struct Scanner {
        let p: UnsafeBufferPointer<UInt8>
        var i: Int

        mutating func skipSpace() {
            while i < p.count, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0A || p[i] == 0x0D { i += 1 }
        }

        mutating func record() -> [String: Value]? {
            skipSpace()
            guard i < p.count, p[i] == 0x7B else { return nil }
            i += 1
            var fields: [String: Value] = [:]
            skipSpace()
            if i < p.count, p[i] == 0x7D {
                i += 1
            } else {
                while true {
                    skipSpace()
                    guard let key = string() else { return nil }
                    skipSpace()
                    guard i < p.count, p[i] == 0x3A else { return nil }
                    i += 1
                    skipSpace()
                    guard i < p.count else { return nil }
                    let value: Value
                    switch p[i] {
                    case 0x22:
                        guard let s = string() else { return nil }
                        value = .string(s)
                    case 0x2D, 0x30...0x39:
                        guard let n = number() else { return nil }
                        // an id written as another kind of number is spelled by the slow path
                        if key == "id", case .other = n { return nil }
                        value = n
                    default:
                        // a boolean or null id reads differently through JSONSerialization's bridging
                        guard key != "id", skipValue(depth: 1) else { return nil }
                        value = .other
                    }
                    guard fields.updateValue(value, forKey: key) == nil else { return nil }  // duplicate key
                    skipSpace()
                    guard i < p.count else { return nil }
                    if p[i] == 0x2C {
                        i += 1
                        continue
                    }
                    guard p[i] == 0x7D else { return nil }
                    i += 1
                    break
                }
            }
            skipSpace()
            return i == p.count ? fields : nil
        }

        /// A string at `i` (which holds the opening quote): only the escapes of JSON, no raw
        /// control characters, valid UTF-8; `\u` escapes of surrogates go to the slow path.
        mutating func string() -> String? {
            guard i < p.count, p[i] == 0x22 else { return nil }
            i += 1
            let start = i
            // fast scan: no escapes
            while i < p.count {
                let c = p[i]
                if c == 0x22 || c == 0x5C || c < 0x20 { break }
                i += 1
            }
            guard i < p.count else { return nil }
            if p[i] == 0x22 {
                let raw = UnsafeBufferPointer(rebasing: p[start..<i])
                i += 1
                return Self.validString(raw)
            }
            // with escapes: decode into a buffer
            var bytes = [UInt8](UnsafeBufferPointer(rebasing: p[start..<i]))
            while i < p.count {
                let c = p[i]
                if c == 0x22 {
                    i += 1
                    return bytes.withUnsafeBufferPointer { Self.validString($0) }
                }
                if c < 0x20 { return nil }
                if c != 0x5C {
                    // copy the run up to the next quote, escape or control byte at once
                    let run = i
                    i += 1
                    while i < p.count, p[i] != 0x22, p[i] != 0x5C, p[i] >= 0x20 { i += 1 }
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: p[run..<i]))
                    continue
                }
                guard JSONEscape.decode(p, at: &i, into: &bytes) else { return nil }
            }
            return nil
        }

        static func validString(_ raw: UnsafeBufferPointer<UInt8>) -> String? {
            var ascii = true
            for b in raw where b >= 0x80 {
                ascii = false
                break
            }
            if ascii { return String(decoding: raw, as: UTF8.self) }
            // String(validating:) is not available everywhere; decode and check nothing was replaced
            // (compared with memcmp: a generic element-by-element compare cost as much as the decoding)
            var s = String(decoding: raw, as: UTF8.self)
            let same = s.withUTF8 { d in d.count == raw.count && memcmp(d.baseAddress!, raw.baseAddress!, raw.count) == 0 }
            return same ? s : nil
        }

        /// A JSON number; a plain non-negative integer (what exports use for ids) is kept as written.
        mutating func number() -> Value? {
            let start = i
            if p[i] == 0x2D { i += 1 }
            guard i < p.count, p[i] >= 0x30, p[i] <= 0x39 else { return nil }
            if p[i] == 0x30 {
                i += 1
            } else {
                while i < p.count, p[i] >= 0x30, p[i] <= 0x39 { i += 1 }
            }
            var plain = p[start] != 0x2D
            if i < p.count, p[i] == 0x2E {
                plain = false
                i += 1
                guard i < p.count, p[i] >= 0x30, p[i] <= 0x39 else { return nil }
                while i < p.count, p[i] >= 0x30, p[i] <= 0x39 { i += 1 }
            }
            if i < p.count, p[i] == 0x65 || p[i] == 0x45 {
                plain = false
                i += 1
                if i < p.count, p[i] == 0x2B || p[i] == 0x2D { i += 1 }
                guard i < p.count, p[i] >= 0x30, p[i] <= 0x39 else { return nil }
                while i < p.count, p[i] >= 0x30, p[i] <= 0x39 { i += 1 }
            }
            guard plain else { return .other }
            // up to 15 digits are exact in every number type the slow path may choose; longer ones go there
            guard i - start <= 15 else { return nil }
            return .integer(String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self))
        }

        /// Skips `true`, `false`, `null`, an array or an object (validating it), or a number or string inside them.
        mutating func skipValue(depth: Int) -> Bool {
            guard depth <= JSONRecordScanner.maxDepth, i < p.count else { return false }
            switch p[i] {
            case 0x22: return string() != nil
            case 0x2D, 0x30...0x39: return number() != nil
            case 0x74: return literal("true")
            case 0x66: return literal("false")
            case 0x6E: return literal("null")
            case 0x5B:
                return skipContainer(close: 0x5D) { $0.skipValue(depth: depth + 1) }
            case 0x7B:
                return skipContainer(close: 0x7D) { scanner in
                    guard scanner.string() != nil else { return false }
                    scanner.skipSpace()
                    guard scanner.i < scanner.p.count, scanner.p[scanner.i] == 0x3A else { return false }
                    scanner.i += 1
                    scanner.skipSpace()
                    return scanner.skipValue(depth: depth + 1)
                }
            default:
                return false
            }
        }

        /// Skips the rest of an array or object whose opening bracket is at `i`: elements read
        /// by `element`, separated by commas, up to `close`.
        mutating func skipContainer(close: UInt8, element: (inout Self) -> Bool) -> Bool {
            i += 1
            skipSpace()
            if i < p.count, p[i] == close {
                i += 1
                return true
            }
            while true {
                skipSpace()
                guard element(&self) else { return false }
                skipSpace()
                guard i < p.count else { return false }
                if p[i] == 0x2C {
                    i += 1
                    continue
                }
                guard p[i] == close else { return false }
                i += 1
                return true
            }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard i + n <= p.count else { return false }
            let w = word.utf8Start
            for k in 0..<n where p[i + k] != w[k] { return false }
            i += n
            return true
        }
    }
}
