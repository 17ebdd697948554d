import Foundation
import StorylineCore

/// A byte-level reader for JSON-LD scripts, in the shape `JSONSerialization` gives them to
/// `HeadFacts`: objects as `[String: Any]`, arrays as `[Any]`, strings as `String`, and every
/// other value (numbers, booleans, null) as `NSNull` (nothing reads those as values). It reads
/// only plain, strict JSON and answers nil for anything else (bad syntax, a duplicate key, a
/// `\u` escape of a surrogate or NUL, an exponent or a long number, deep nesting), so that the
/// caller asks `JSONSerialization`, which also decides what to accept. The fast path can only
/// ever agree with the slow one; `JSONSerialization` was most of the cost of a page's metadata.
enum JSONLDReader {
    static let maxDepth = 64

    static func read(_ text: String) -> Any? {
        var text = text
        return text.withUTF8 { p -> Any? in
            var reader = Reader(p: p, i: 0)
            reader.skipSpace()
            guard let value = reader.value(depth: 0) else { return nil }
            reader.skipSpace()
            return reader.i == p.count ? value : nil
        }
    }

    private struct Reader {
        let p: UnsafeBufferPointer<UInt8>
        var i: Int

        mutating func skipSpace() {
            while i < p.count, p[i] == 0x20 || p[i] == 0x09 || p[i] == 0x0A || p[i] == 0x0D { i += 1 }
        }

        mutating func value(depth: Int) -> Any? {
            guard depth <= JSONLDReader.maxDepth, i < p.count else { return nil }
            switch p[i] {
            case 0x22: return string()
            case 0x7B: return object(depth: depth)
            case 0x5B: return array(depth: depth)
            case 0x2D, 0x30...0x39: return number() ? NSNull() : nil
            case 0x74: return literal("true") ? NSNull() : nil
            case 0x66: return literal("false") ? NSNull() : nil
            case 0x6E: return literal("null") ? NSNull() : nil
            default: return nil
            }
        }

        mutating func object(depth: Int) -> [String: Any]? {
            i += 1
            var out: [String: Any] = [:]
            skipSpace()
            if i < p.count, p[i] == 0x7D {
                i += 1
                return out
            }
            while true {
                skipSpace()
                guard i < p.count, p[i] == 0x22, let key = string() else { return nil }
                skipSpace()
                guard i < p.count, p[i] == 0x3A else { return nil }
                i += 1
                skipSpace()
                guard let v = value(depth: depth + 1) else { return nil }
                guard out.updateValue(v, forKey: key) == nil else { return nil }  // a duplicate key
                skipSpace()
                guard i < p.count else { return nil }
                if p[i] == 0x2C {
                    i += 1
                    continue
                }
                guard p[i] == 0x7D else { return nil }
                i += 1
                return out
            }
        }

        mutating func array(depth: Int) -> [Any]? {
            i += 1
            var out: [Any] = []
            skipSpace()
            if i < p.count, p[i] == 0x5D {
                i += 1
                return out
            }
            while true {
                skipSpace()
                guard let v = value(depth: depth + 1) else { return nil }
                out.append(v)
                skipSpace()
                guard i < p.count else { return nil }
                if p[i] == 0x2C {
                    i += 1
                    continue
                }
                guard p[i] == 0x5D else { return nil }
                i += 1
                return out
            }
        }

        /// A string at `i` (its opening quote): JSON's escapes only, no raw control bytes.
        mutating func string() -> String? {
            i += 1
            let start = i
            while i < p.count, p[i] != 0x22, p[i] != 0x5C, p[i] >= 0x20 { i += 1 }
            guard i < p.count else { return nil }
            if p[i] == 0x22 {
                defer { i += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self)
            }
            var bytes = [UInt8](UnsafeBufferPointer(rebasing: p[start..<i]))
            while i < p.count {
                let c = p[i]
                if c == 0x22 {
                    i += 1
                    return String(decoding: bytes, as: UTF8.self)
                }
                if c < 0x20 { return nil }
                if c != 0x5C {
                    bytes.append(c)
                    i += 1
                    continue
                }
                guard JSONEscape.decode(p, at: &i, into: &bytes) else { return nil }
            }
            return nil
        }

        /// A plain JSON number of at most 15 digits and no exponent (others go to the slow path).
        mutating func number() -> Bool {
            let start = i
            if p[i] == 0x2D { i += 1 }
            guard i < p.count, p[i] >= 0x30, p[i] <= 0x39 else { return false }
            if p[i] == 0x30 {
                i += 1
            } else {
                while i < p.count, p[i] >= 0x30, p[i] <= 0x39 { i += 1 }
            }
            if i < p.count, p[i] == 0x2E {
                i += 1
                guard i < p.count, p[i] >= 0x30, p[i] <= 0x39 else { return false }
                while i < p.count, p[i] >= 0x30, p[i] <= 0x39 { i += 1 }
            }
            if i < p.count, p[i] == 0x65 || p[i] == 0x45 { return false }
            return i - start <= 16
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
