import Foundation

/// The trained weights of the entity tagger: one row of per-tag weights per feature hash, and
/// tag-to-tag transition weights; decoding is Viterbi under the BIO constraint.
public struct NERModel: Sendable {
    var table: FeatureTable
    /// `rowCount × NERTagSet.count` emission weights.
    var weights: [Float]
    /// `(NERTagSet.count + 1) × NERTagSet.count`: row 0 is the sentence start, row p + 1 follows tag p.
    var transitions: [Float]

    static let tagCount = NERTagSet.count

    init(table: FeatureTable, weights: [Float], transitions: [Float]) {
        self.table = table
        self.weights = weights
        self.transitions = transitions
    }

    var featureCount: Int { weights.count / Self.tagCount }

    /// Per-token, per-tag scores of the features (`perToken` hashes per token).
    func emissions(_ features: [UInt64], tokenCount n: Int) -> [Float] {
        let T = Self.tagCount
        let k = features.count / max(n, 1)
        var scores = [Float](repeating: 0, count: n * T)
        table.withLookup { table in
            weights.withUnsafeBufferPointer { w in
                features.withUnsafeBufferPointer { features in
                    scores.withUnsafeMutableBufferPointer { s in
                        for i in 0..<n {
                            let base = i * T
                            for f in 0..<k {
                                let row = table.row(features[i * k + f])
                                if row < 0 { continue }
                                let r = Int(row) * T
                                for t in 0..<T { s[base + t] += w[r + t] }
                            }
                        }
                    }
                }
            }
        }
        return scores
    }

    /// Best tag sequence for the features of one sentence.
    func decode(_ features: [UInt64], tokenCount n: Int) -> [Int] {
        guard n > 0 else { return [] }
        return Self.viterbi(emissions(features, tokenCount: n), transitions: transitions, count: n)
    }

    /// Viterbi over first-order transitions; disallowed BIO moves are never taken.
    static func viterbi(_ e: [Float], transitions: [Float], count n: Int) -> [Int] {
        guard n > 0 else { return [] }
        let T = tagCount
        var score = [Float](repeating: 0, count: n * T)
        var back = [Int8](repeating: 0, count: n * T)
        return e.withUnsafeBufferPointer { e in
            transitions.withUnsafeBufferPointer { tr in
                score.withUnsafeMutableBufferPointer { score in
                    back.withUnsafeMutableBufferPointer { back in
                        viterbi(e.baseAddress!, count: n, transitions: tr.baseAddress!, score: score.baseAddress!, back: back.baseAddress!)
                    }
                }
            }
        }
    }

    /// `viterbi` over caller-owned buffers (`score` and `back` hold `n × tagCount`). An I-X tag
    /// may only follow B-X or I-X, so its candidates are just those two; candidates are tried in
    /// ascending order and only a strictly better score wins, as always.
    static func viterbi(
        _ e: UnsafePointer<Float>, count n: Int, transitions: UnsafePointer<Float>,
        score: UnsafeMutablePointer<Float>, back: UnsafeMutablePointer<Int8>
    ) -> [Int] {
        guard n > 0 else { return [] }
        let T = tagCount
        for t in 0..<T {
            score[t] = NERTagSet.isInside(t) ? -.infinity : e[t] + transitions[t]
        }
        if n > 1 {
            for i in 1..<n {
                let previous = score + (i - 1) * T
                let current = score + i * T
                let emission = e + i * T
                let pointers = back + i * T
                for t in 0..<T {
                    var best: Float = -.infinity
                    var arg = 0
                    if NERTagSet.isInside(t) {
                        for p in (t - 1)...t {
                            let v = previous[p] + transitions[(p + 1) * T + t]
                            // Selects, not branches: which candidate wins is unpredictable.
                            let better = v > best
                            best = better ? v : best
                            arg = better ? p : arg
                        }
                    } else {
                        for p in 0..<T {
                            let v = previous[p] + transitions[(p + 1) * T + t]
                            let better = v > best
                            best = better ? v : best
                            arg = better ? p : arg
                        }
                    }
                    current[t] = best + emission[t]
                    pointers[t] = Int8(arg)
                }
            }
        }
        let last = score + (n - 1) * T
        var end = 0
        var best: Float = -.infinity
        for t in 0..<T where last[t] > best {
            best = last[t]
            end = t
        }
        var path = [Int](repeating: 0, count: n)
        path.withUnsafeMutableBufferPointer { path in
            path[n - 1] = end
            var i = n - 1
            while i > 0 {
                path[i - 1] = Int(back[i * T + path[i]])
                i -= 1
            }
        }
        return path
    }

    // MARK: Serialization

    static let magic: [UInt8] = Array("SLNER01\n".utf8)

    /// Compact binary form: header, transitions, then for each feature its hash, a bit mask of
    /// the tags with non-zero weight and those weights as Float32 (little-endian).
    public func serialized() -> Data {
        var d = Data(Self.magic)
        func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { d.append(contentsOf: $0) } }
        func f32(_ v: Float) { u32(v.bitPattern) }
        let T = Self.tagCount
        u32(UInt32(T))
        var rows: [(UInt64, Int32)] = []
        for (k, r) in table.entries { rows.append((k, r)) }
        rows.sort { $0.0 < $1.0 }
        u32(UInt32(rows.count))
        for v in transitions { f32(v) }
        for (key, row) in rows {
            withUnsafeBytes(of: key.littleEndian) { d.append(contentsOf: $0) }
            var mask: UInt16 = 0
            for t in 0..<T where weights[Int(row) * T + t] != 0 { mask |= 1 << t }
            withUnsafeBytes(of: mask.littleEndian) { d.append(contentsOf: $0) }
            for t in 0..<T where mask & (1 << t) != 0 { f32(weights[Int(row) * T + t]) }
        }
        return d
    }

    public enum LoadError: Error, CustomStringConvertible {
        case malformed(String)
        public var description: String {
            switch self {
            case .malformed(let why): return "entity model is malformed: \(why)"
            }
        }
    }

    public init(serialized d: Data) throws {
        let bytes = [UInt8](d)
        var p = 0
        func need(_ k: Int) throws {
            if p + k > bytes.count { throw LoadError.malformed("truncated at byte \(p)") }
        }
        func u16() throws -> UInt16 {
            try need(2)
            defer { p += 2 }
            return UInt16(bytes[p]) | UInt16(bytes[p + 1]) << 8
        }
        func u32() throws -> UInt32 {
            try need(4)
            defer { p += 4 }
            return UInt32(bytes[p]) | UInt32(bytes[p + 1]) << 8 | UInt32(bytes[p + 2]) << 16 | UInt32(bytes[p + 3]) << 24
        }
        func u64() throws -> UInt64 {
            let lo = try u32()
            let hi = try u32()
            return UInt64(lo) | UInt64(hi) << 32
        }
        guard bytes.count >= Self.magic.count, Array(bytes[0..<Self.magic.count]) == Self.magic else {
            throw LoadError.malformed("wrong magic")
        }
        p = Self.magic.count
        let T = Int(try u32())
        guard T == Self.tagCount else { throw LoadError.malformed("expected \(Self.tagCount) tags, found \(T)") }
        let rowCount = Int(try u32())
        guard rowCount <= bytes.count / 10 else { throw LoadError.malformed("row count \(rowCount)") }
        var transitions = [Float](repeating: 0, count: (T + 1) * T)
        for i in transitions.indices { transitions[i] = Float(bitPattern: try u32()) }
        var table = FeatureTable(capacity: rowCount)
        var weights = [Float](repeating: 0, count: rowCount * T)
        for r in 0..<rowCount {
            let key = try u64()
            let mask = try u16()
            _ = table.rowInserting(key, newRow: Int32(r))
            for t in 0..<T where mask & (1 << t) != 0 { weights[r * T + t] = Float(bitPattern: try u32()) }
        }
        self.init(table: table, weights: weights, transitions: transitions)
    }
}
