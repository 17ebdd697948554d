/// An optional property that JSON always carries: `null` when absent, never a missing key.
///
/// SPEC's JSON shapes (and the API's OpenAPI document) promise every key, but synthesized
/// `Encodable` conformance leaves nil optionals out. Marking the property `@NullEncoded`
/// keeps the synthesized conformance (so a type is just its list of fields) and writes
/// `null` for nil.
@propertyWrapper
public struct NullEncoded<Value: Encodable & Sendable>: Encodable, Sendable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
    }
}

extension NullEncoded: Equatable where Value: Equatable {}
extension NullEncoded: Hashable where Value: Hashable {}
