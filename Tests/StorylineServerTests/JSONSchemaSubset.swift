import Foundation

/// A JSON value decoded strictly (booleans are never numbers, integers are kept apart).
enum JSONValue: Decodable, Equatable, Sendable {
    case null, bool(Bool), int(Int), double(Double), string(String), array([JSONValue]), object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    static func parse(_ text: String) throws -> JSONValue { try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)) }

    subscript(key: String) -> JSONValue? { if case .object(let o) = self { return o[key] } else { return nil } }
    var string: String? { if case .string(let s) = self { return s } else { return nil } }
    var array: [JSONValue]? { if case .array(let a) = self { return a } else { return nil } }
    var object: [String: JSONValue]? { if case .object(let o) = self { return o } else { return nil } }
}

/// The subset of JSON Schema (2020-12, as OpenAPI 3.1 uses it) that our OpenAPI document
/// uses: type (single or list), properties, required, items, minItems, enum, const,
/// additionalProperties, minimum/maximum, minLength/maxLength, $ref into the document,
/// oneOf and anyOf. Keywords it does not know make it fail, so the schema cannot quietly
/// drift beyond what is checked.
struct JSONSchemaSubset {
    let document: JSONValue

    static let known: Set<String> = [
        "type", "properties", "required", "items", "minItems", "enum", "const", "additionalProperties", "minimum",
        "maximum", "minLength", "maxLength", "$ref", "oneOf", "anyOf", "description", "default",
    ]

    func schema(_ ref: String) -> JSONValue? {
        guard ref.hasPrefix("#/") else { return nil }
        var node: JSONValue? = document
        for part in ref.dropFirst(2).split(separator: "/") { node = node?[String(part)] }
        return node
    }

    /// Problems found, each with the JSON path where it is; empty when `value` conforms.
    func validate(_ value: JSONValue, against schema: JSONValue, at path: String = "$") -> [String] {
        guard let s = schema.object else { return ["\(path): schema is not an object"] }
        var problems: [String] = []
        for key in s.keys where !Self.known.contains(key) { problems.append("\(path): unsupported schema keyword \(key)") }
        if let ref = s["$ref"]?.string {
            guard let target = self.schema(ref) else { return problems + ["\(path): unresolved $ref \(ref)"] }
            problems += validate(value, against: target, at: path)
        }
        if let types = s["type"] {
            let names = types.array?.compactMap(\.string) ?? [types.string ?? ""]
            if !names.contains(where: { Self.matches(value, type: $0) }) {
                problems.append("\(path): expected \(names.joined(separator: "|")), got \(Self.describe(value))")
                return problems
            }
        }
        if let options = s["enum"]?.array, !options.contains(value) { problems.append("\(path): \(Self.describe(value)) not in enum") }
        if let constant = s["const"], constant != value { problems.append("\(path): expected const \(constant)") }
        if case .object(let object) = value {
            let properties = s["properties"]?.object ?? [:]
            for name in s["required"]?.array?.compactMap(\.string) ?? [] where object[name] == nil {
                problems.append("\(path): missing required \(name)")
            }
            for (name, item) in object {
                if let sub = properties[name] {
                    problems += validate(item, against: sub, at: "\(path).\(name)")
                } else if let extra = s["additionalProperties"] {
                    if extra == .bool(false) { problems.append("\(path): unexpected property \(name)") }
                    else if extra.object != nil { problems += validate(item, against: extra, at: "\(path).\(name)") }
                }
            }
        }
        if case .array(let items) = value {
            if case .int(let min)? = s["minItems"], items.count < min { problems.append("\(path): fewer than \(min) items") }
            if let itemSchema = s["items"] {
                for (i, item) in items.enumerated() { problems += validate(item, against: itemSchema, at: "\(path)[\(i)]") }
            }
        }
        if let number = Self.number(value) {
            if let min = s["minimum"].flatMap(Self.number), number < min { problems.append("\(path): below minimum") }
            if let max = s["maximum"].flatMap(Self.number), number > max { problems.append("\(path): above maximum") }
        }
        if case .string(let text) = value {
            if case .int(let min)? = s["minLength"], text.count < min { problems.append("\(path): shorter than \(min)") }
            if case .int(let max)? = s["maxLength"], text.count > max { problems.append("\(path): longer than \(max)") }
        }
        if let options = s["oneOf"]?.array {
            let passing = options.filter { validate(value, against: $0, at: path).isEmpty }.count
            if passing != 1 { problems.append("\(path): matches \(passing) of oneOf, expected exactly 1") }
        }
        if let options = s["anyOf"]?.array, !options.contains(where: { validate(value, against: $0, at: path).isEmpty }) {
            problems.append("\(path): matches none of anyOf")
        }
        return problems
    }

    static func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("integer", .int), ("number", .int), ("number", .double),
            ("string", .string), ("array", .array), ("object", .object):
            return true
        default: return false
        }
    }

    static func number(_ value: JSONValue) -> Double? {
        switch value {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool: return "boolean"
        case .int: return "integer"
        case .double: return "number"
        case .string(let s): return "string \"\(s.prefix(40))\""
        case .array: return "array"
        case .object: return "object"
        }
    }
}
