/// The query of a request URL, decoded strictly: a malformed escape is the client's error
/// (400), never a guess. The first value of a repeated name wins.
struct QueryString: Sendable {
    private var values: [String: String] = [:]

    init(_ query: String?) throws(ServeError) {
        guard let query, !query.isEmpty else { return }
        guard query.utf8.count <= 8192 else { throw .badRequest("the query string is too long") }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = URLEncoding.decode(parts[0], plusIsSpace: true),
                let value = URLEncoding.decode(parts.count > 1 ? parts[1] : "", plusIsSpace: true)
            else { throw .badRequest("the query string has a malformed percent escape") }
            if values[name] == nil { values[name] = value }
        }
    }

    subscript(name: String) -> String? { values[name] }

    /// An integer parameter within `range`; absent gives `defaultValue`.
    func integer(_ name: String, default defaultValue: Int, range: ClosedRange<Int>) throws(ServeError) -> Int {
        guard let text = values[name] else { return defaultValue }
        guard let value = Int(text), range.contains(value) else {
            throw .badRequest("\(name) must be an integer from \(range.lowerBound) to \(range.upperBound)")
        }
        return value
    }
}
