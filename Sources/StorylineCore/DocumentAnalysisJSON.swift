import Foundation

/// The stored JSON form of a document's analysis, written straight into bytes. `storyline run`
/// stores one per document, and `JSONEncoder`'s generic machinery cost more than the analysis
/// of quotes or dates; this writer produces exactly the bytes `JSONEncoder` with
/// `.sortedKeys` and `.withoutEscapingSlashes` produces (a test holds it to that), so existing
/// stores and every reader (`JSONDecoder`) are unaffected.
extension DocumentAnalysis {
    public func compactJSON() -> [UInt8] {
        // A value JSONEncoder would refuse (not finite) or print in its own exponent style is
        // left to the encoder itself rather than re-deriving its number format.
        if claims.contains(where: { !Self.isPlainNumber($0.value) }) {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            if let data = try? encoder.encode(self) { return [UInt8](data) }
        }
        var w = JSONBytes()
        w.reserve(sentences.reduce(256) { $0 + $1.text.utf8.count + 48 })
        w.raw("{\"claims\":[")
        for (i, c) in claims.enumerated() {
            if i > 0 { w.byte(0x2C) }
            w.byte(0x7B)
            if let source = c.attributedTo {
                w.raw("\"attributedTo\":")
                w.string(source)
                w.byte(0x2C)
            }
            w.raw("\"counts\":")
            w.string(c.counts)
            if let qualifier = c.qualifier {
                w.raw(",\"qualifier\":")
                w.string(qualifier)
            }
            w.raw(",\"sentence\":")
            w.int(c.sentence)
            w.raw(",\"value\":")
            w.raw(Self.number(c.value))
            w.raw(",\"valueText\":")
            w.string(c.valueText)
            w.byte(0x7D)
        }
        w.raw("],\"dates\":[")
        for (i, d) in dates.enumerated() {
            if i > 0 { w.byte(0x2C) }
            w.raw(d.relative ? "{\"relative\":true" : "{\"relative\":false")
            if let resolved = d.resolved {
                w.raw(",\"resolved\":")
                w.string(resolved)
            }
            w.raw(",\"sentence\":")
            w.int(d.sentence)
            w.raw(",\"text\":")
            w.string(d.text)
            w.byte(0x7D)
        }
        w.raw("],\"entities\":[")
        for (i, e) in entities.enumerated() {
            if i > 0 { w.byte(0x2C) }
            w.raw("{\"aliases\":")
            w.strings(e.aliases)
            w.raw(",\"mentions\":")
            w.int(e.mentions)
            w.raw(",\"name\":")
            w.string(e.name)
            w.raw(",\"sentences\":[")
            for (k, s) in e.sentences.enumerated() {
                if k > 0 { w.byte(0x2C) }
                w.int(s)
            }
            w.raw("],\"type\":")
            w.string(e.type.rawValue)
            w.byte(0x7D)
        }
        w.raw("],\"quotes\":[")
        for (i, q) in quotes.enumerated() {
            if i > 0 { w.byte(0x2C) }
            w.raw(q.direct ? "{\"direct\":true" : "{\"direct\":false")
            w.raw(",\"sentence\":")
            w.int(q.sentence)
            if let speaker = q.speaker {
                w.raw(",\"speaker\":")
                w.string(speaker)
            }
            w.raw(",\"text\":")
            w.string(q.text)
            w.byte(0x7D)
        }
        w.raw("],\"sentences\":[")
        for (i, s) in sentences.enumerated() {
            if i > 0 { w.byte(0x2C) }
            w.raw("{\"block\":")
            w.int(s.block)
            w.raw(",\"index\":")
            w.int(s.index)
            w.raw(",\"start\":")
            w.int(s.start)
            w.raw(",\"text\":")
            w.string(s.text)
            w.byte(0x7D)
        }
        w.raw("]}")
        return w.bytes
    }

    /// Whether `value` prints the same through `number` as through `JSONEncoder`: finite, and
    /// small enough that its shortest form has no exponent.
    static func isPlainNumber(_ value: Double) -> Bool {
        value.isFinite && (value == 0 || (abs(value) >= 1e-4 && abs(value) < 1e15))
    }

    /// A finite double as `JSONEncoder` writes it: the shortest round-trip form, without a
    /// trailing ".0" for whole numbers.
    static func number(_ value: Double) -> String {
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}

extension JSONBytes {
    mutating func int(_ value: Int) { raw(String(value)) }
}
