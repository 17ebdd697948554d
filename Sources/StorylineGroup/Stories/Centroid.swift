/// The running sum of L2-normalised document vectors of one kind, and its squared norm,
/// so cosine with a new document is one sparse dot product and a division.
public struct Centroid: Sendable, Codable, Equatable {
    public var sums: [UInt64: Float] = [:]
    public var squaredNorm: Float = 0

    public init() {}

    @inline(__always) public func cosine(_ v: SparseVector) -> Float {
        guard squaredNorm > 0, !v.isEmpty else { return 0 }
        return v.dot(sums) / squaredNorm.squareRoot()
    }

    public mutating func add(_ v: SparseVector, limit: Int) {
        for k in 0..<v.terms.count {
            let t = v.terms[k]
            let old = sums[t] ?? 0
            let new = old + v.weights[k]
            sums[t] = new
            squaredNorm += new * new - old * old
        }
        if sums.count > 2 * limit { prune(to: limit) }
    }

    /// Keeps the `limit` heaviest terms (ties by hash) and recomputes the norm exactly.
    mutating func prune(to limit: Int) {
        let kept = sums.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(limit)
        sums = Dictionary(uniqueKeysWithValues: kept.map { ($0.key, $0.value) })
        squaredNorm = kept.sorted { $0.key < $1.key }.reduce(0) { $0 + $1.value * $1.value }
    }
}
