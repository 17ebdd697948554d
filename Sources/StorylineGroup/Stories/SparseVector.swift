import Foundation

/// A weighted, L2-normalised sparse vector (term hash → weight), kept as parallel arrays
/// because a document's vector is only ever iterated, never looked up.
public struct SparseVector: Sendable, Hashable, Codable {
    public var terms: [UInt64]
    public var weights: [Float]

    public init(terms: [UInt64] = [], weights: [Float] = []) {
        self.terms = terms
        self.weights = weights
    }

    public var isEmpty: Bool { terms.isEmpty }

    /// Dot product with a centroid stored as a dictionary.
    @inline(__always) public func dot(_ sums: [UInt64: Float]) -> Float {
        var s: Float = 0
        for k in 0..<terms.count {
            if let v = sums[terms[k]] { s += weights[k] * v }
        }
        return s
    }

    /// The `count` heaviest terms, heaviest first (ties by hash, so the choice is deterministic).
    public func top(_ count: Int) -> [UInt64] {
        let order = terms.indices.sorted { weights[$0] != weights[$1] ? weights[$0] > weights[$1] : terms[$0] < terms[$1] }
        return order.prefix(count).map { terms[$0] }
    }
}

/// Document frequencies seen so far in the stream, per feature kind. IDF comes from the
/// stream itself so the product needs no background corpus; the first documents of a stream
/// are weighted with little evidence, which is the price of being self-contained.
public struct DocumentFrequencies: Sendable, Codable, Equatable {
    public var documents: Int = 0
    public var counts: [[UInt64: UInt32]] = Array(repeating: [:], count: FeatureKind.allCases.count)

    public init() {}

    public mutating func add(_ f: DocumentFeatures) {
        documents += 1
        for kind in FeatureKind.allCases {
            for term in f[kind].keys { counts[kind.rawValue][term, default: 0] += 1 }
        }
    }

    /// Smoothed IDF: ln((N+1)/(df+1)) + 1.
    @inline(__always) public func idf(_ kind: FeatureKind, _ term: UInt64) -> Float {
        let df = Float(counts[kind.rawValue][term] ?? 0)
        return logf((Float(documents) + 1) / (df + 1)) + 1
    }

    /// Sublinear TF × IDF, L2-normalised.
    public func vector(_ kind: FeatureKind, _ counts: [UInt64: Float]) -> SparseVector {
        var terms: [UInt64] = []
        var weights: [Float] = []
        terms.reserveCapacity(counts.count)
        weights.reserveCapacity(counts.count)
        var sq: Float = 0
        for (t, tf) in counts.sorted(by: { $0.key < $1.key }) {
            let w = (1 + logf(max(tf, 1))) * idf(kind, t)
            terms.append(t)
            weights.append(w)
            sq += w * w
        }
        if sq > 0 {
            let inv = 1 / sq.squareRoot()
            for k in weights.indices { weights[k] *= inv }
        }
        return SparseVector(terms: terms, weights: weights)
    }
}
