/// Finds exact and near-duplicate documents: reprints and syndication (the same article in
/// an aggregator's wrapper), light edits and updates, truncations and excerpts, and posts
/// that quote a large part of an article.
///
/// Method: word 5-shingles, hashed; a shingle is *sampled* when its hash is 0 mod
/// `sampleModulus` (content-defined sampling, as in Broder's fingerprinting and winnowing).
/// Because the choice depends only on the shingle, a passage shared by two documents yields
/// the same samples in both whatever surrounds it, so the measure is *containment*
/// (shared / smaller set), which MinHash-Jaccard gets wrong when one text wraps, truncates
/// or quotes the other. Each sample maps to the duplicate group that first showed it, which
/// doubles as the LSH-style candidate index: one hash lookup per sample, no pairwise scan.
///
/// Representative rule: the EARLIEST document of a group in stream (publication) order is
/// its representative, and every later copy points at it. The first publication is usually
/// the original outlet; the rule never changes a past answer, so it stays online.
public struct DuplicateIndex: Sendable, Codable, Equatable {
    public struct Parameters: Sendable, Codable, Equatable {
        public var shingleSize = 5
        public var sampleModulus: UInt64 = 8
        /// Shared samples / samples of the smaller side at or above which two texts are copies.
        public var containment: Double = 0.4
        /// Fewer shared samples than this never make a duplicate (short texts: exact match only).
        public var minimumShared = 3
        public init() {}
    }

    public var parameters: Parameters
    /// Hash of the normalised full text → group (representative document index).
    public private(set) var exact: [UInt64: Int32] = [:]
    /// Sampled shingle → group that first contained it.
    public private(set) var samples: [UInt64: Int32] = [:]
    /// Distinct samples per group (indexed by representative document index; 0 elsewhere).
    public private(set) var groupSamples: [Int32: Int32] = [:]

    /// Marks a sample seen in texts that are not copies of each other.
    static let common: Int32 = -1

    public init(parameters: Parameters = Parameters()) {
        self.parameters = parameters
    }

    /// A document's fingerprints.
    public struct Fingerprint: Sendable, Hashable {
        public var exact: UInt64
        public var samples: [UInt64]
        public var wordCount: Int
    }

    public func fingerprint(title: String, text: String) -> Fingerprint {
        let tokens = WordTokenizer.tokenize(text)
        var words: [UInt64] = []
        words.reserveCapacity(tokens.count)
        for t in tokens { words.append(TermHash.hash(t.lowered)) }
        var exact: UInt64 = 0xcbf2_9ce4_8422_2325
        for w in words { exact = (exact ^ w) &* 0x0000_0100_0000_01b3 }
        var samples = Set<UInt64>()
        let k = parameters.shingleSize
        if words.count >= k {
            for i in 0...(words.count - k) {
                var h: UInt64 = 0x84222325cbf29ce4
                for j in i..<(i + k) { h = (h ^ words[j]) &* 0x0000_0100_0000_01b3 }
                h ^= h >> 29
                if h % parameters.sampleModulus == 0 { samples.insert(h) }
            }
        }
        return Fingerprint(exact: exact, samples: samples.sorted(), wordCount: words.count)
    }

    /// The group `document` (its stream index) duplicates, if any; records it either way.
    /// Returns the representative's index and the containment that decided it (1 for exact).
    public mutating func add(_ fp: Fingerprint, document: Int32) -> (representative: Int32, containment: Double)? {
        if fp.wordCount == 0 { return nil }
        if let r = exact[fp.exact] {
            record(fp, group: r)
            return (r, 1)
        }
        var shared: [Int32: Int32] = [:]
        var distinctive = 0
        for s in fp.samples {
            guard let g = samples[s] else {
                distinctive += 1
                continue
            }
            if g == Self.common { continue }
            distinctive += 1
            shared[g, default: 0] += 1
        }
        var best: (Int32, Double, Int32)?
        for (g, k) in shared where Int(k) >= parameters.minimumShared {
            let smaller = min(distinctive, Int(groupSamples[g] ?? 0))
            guard smaller > 0 else { continue }
            let c = Double(k) / Double(smaller)
            if c >= parameters.containment {
                if best == nil || c > best!.1 || (c == best!.1 && g < best!.0) { best = (g, c, k) }
            }
        }
        if let (g, c, _) = best {
            record(fp, group: g)
            return (g, c)
        }
        // Not a copy: the passages it shares with earlier texts are boilerplate (a site's
        // wrapper, a stock phrase), and must not make later texts look like copies.
        for s in fp.samples where samples[s] != nil { samples[s] = Self.common }
        exact[fp.exact] = document
        record(fp, group: document)
        return nil
    }

    private mutating func record(_ fp: Fingerprint, group: Int32) {
        if exact[fp.exact] == nil { exact[fp.exact] = group }
        var added: Int32 = 0
        for s in fp.samples where samples[s] == nil {
            samples[s] = group
            added += 1
        }
        groupSamples[group, default: 0] += added
    }
}
