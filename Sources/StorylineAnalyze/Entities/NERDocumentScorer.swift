/// The scoring side of `NERTagger.tagDocument` for one document. Features are hashed and
/// looked up as they are generated, into buffers allocated once per document (no per-sentence
/// feature arrays). One probe per first-stage feature also gives its second-stage weights, so
/// the second stage only adds its own few features. A word's first `localCount` features depend
/// on the word alone, so their sums are computed once per distinct word of the document.
/// Every score is the same sum, in the same order, as `NERModel.emissions` over the features
/// of `NERFeatureExtractor`, so tags are bit-for-bit those of the plain path.
final class NERDocumentScorer {
    typealias TokenInfo = NERFeatureExtractor.TokenInfo
    static let T = NERTagSet.count

    let table: NERWeightTable
    let windows: [[TokenInfo]]
    /// Index of each window's first token in the document.
    private let starts: [Int]
    private let hasSecond: Bool
    /// First-stage emissions (then second-stage ones) of the window being decoded.
    private let emissions: UnsafeMutablePointer<Float>
    /// Second-stage sums over the first-stage features, `T` per token of the document.
    private let partial: UnsafeMutablePointer<Float>
    private var partialDone: [Bool]
    private let keys: UnsafeMutablePointer<UInt64>
    /// Lookup scratch, two words per feature.
    private let scratch: UnsafeMutablePointer<Int>
    private let score: UnsafeMutablePointer<Float>
    private let back: UnsafeMutablePointer<Int8>
    /// Word hash → which `localSums` entry holds its local feature sums.
    private var localIndex: HashedKeyMap<Int32>
    /// `2 T` floats per distinct word: first-stage sums, then second-stage sums.
    private let localSums: UnsafeMutablePointer<Float>
    private var localCount = 0
    private var runs: [(start: Int, end: Int)] = []

    init(table: NERWeightTable, windows: [[TokenInfo]], hasSecond: Bool) {
        let T = Self.T
        var starts: [Int] = []
        starts.reserveCapacity(windows.count)
        var total = 0
        var longest = 1
        for w in windows {
            starts.append(total)
            total += w.count
            longest = max(longest, w.count)
        }
        self.table = table
        self.windows = windows
        self.starts = starts
        self.hasSecond = hasSecond
        emissions = .allocate(capacity: longest * T)
        partial = .allocate(capacity: hasSecond ? max(1, total * T) : 1)
        partialDone = [Bool](repeating: false, count: windows.count)
        keys = .allocate(capacity: NERFeatureExtractor.perToken + NERFeatureExtractor.stackedPerToken)
        scratch = .allocate(capacity: 2 * (NERFeatureExtractor.perToken + NERFeatureExtractor.stackedPerToken))
        score = .allocate(capacity: longest * T)
        back = .allocate(capacity: longest * T)
        localIndex = HashedKeyMap(filler: -1, capacity: min(total, 4096))
        localSums = .allocate(capacity: max(1, total) * 2 * T)
    }

    deinit {
        emissions.deallocate()
        partial.deallocate()
        keys.deallocate()
        scratch.deallocate()
        score.deallocate()
        back.deallocate()
        localSums.deallocate()
    }

    /// First-stage tags of window `w`. With `keepSecond`, its second-stage sums over the same
    /// features are kept for `secondStage`.
    func firstStage(_ w: Int, context: NERDocumentContext, transitions: [Float], keepSecond: Bool) -> [Int] {
        let n = windows[w].count
        guard n > 0 else { return [] }
        scoreBase(w, context: context, first: true, second: keepSecond && hasSecond)
        if keepSecond && hasSecond { partialDone[w] = true }
        return decode(n, transitions)
    }

    /// Second-stage tags of window `w`, given its first-stage tags and the document's votes.
    func secondStage(_ w: Int, context: NERDocumentContext, firstStage tags: [Int], transitions: [Float]) -> [Int] {
        let T = Self.T
        let infos = windows[w]
        let n = infos.count
        guard n > 0, hasSecond else { return [] }
        if !partialDone[w] {
            scoreBase(w, context: context, first: false, second: true)
            partialDone[w] = true
        }
        emissions.update(from: partial + starts[w] * T, count: n * T)
        let extra = NERFeatureExtractor.stackedPerToken
        table.withLookup { lookup in
            tags.withUnsafeBufferPointer { tags in
                for i in 0..<n {
                    let vote = UInt64(context.vote(for: infos[i].lower))
                    NERFeatureExtractor.stackedFeatures(infos[i], i, tags, vote: vote, into: keys)
                    let s = emissions + i * T
                    lookup.add(keys, count: extra, stages: .second, first: s, second: s, scratch: scratch)
                }
            }
        }
        return decode(n, transitions)
    }

    private func decode(_ n: Int, _ transitions: [Float]) -> [Int] {
        transitions.withUnsafeBufferPointer {
            NERModel.viterbi(emissions, count: n, transitions: $0.baseAddress!, score: score, back: back)
        }
    }

    /// Sums the first-stage features of window `w`'s tokens: first-stage weights into
    /// `emissions` when `first`, second-stage weights into `partial` when `second`.
    private func scoreBase(_ w: Int, context: NERDocumentContext, first: Bool, second: Bool) {
        let T = Self.T
        let infos = windows[w]
        let n = infos.count
        NERFeatureExtractor.capitalizedRuns(infos, into: &runs)
        let heading = NERFeatureExtractor.heading(infos)
        let rest = NERFeatureExtractor.perToken - NERFeatureExtractor.localCount
        let secondBase = partial + (second ? starts[w] * T : 0)
        var stages: NERWeightTable.Stages = []
        if first { stages.insert(.first) }
        if second { stages.insert(.second) }
        table.withLookup { lookup in
            infos.withUnsafeBufferPointer { infos in
                for i in 0..<n {
                    let s1 = emissions + i * T
                    let s2 = secondBase + i * T
                    let local = localSums(infos[i], lookup)
                    if first { s1.update(from: local, count: T) }
                    if second { s2.update(from: local + T, count: T) }
                    let seen = UInt64(context.casing(of: infos[i].lower))
                    NERFeatureExtractor.contextFeatures(infos, i, heading: heading, run: runs[i], seen: seen, into: keys)
                    lookup.add(keys, count: rest, stages: stages, first: s1, second: s2, scratch: scratch)
                }
            }
        }
    }

    /// Both stages' sums over the word's local features, computed on its first occurrence.
    @inline(__always)
    private func localSums(_ info: TokenInfo, _ lookup: NERWeightTable.Lookup) -> UnsafePointer<Float> {
        let T = Self.T
        let k = localIndex.value(info.exact, or: -1)
        if k >= 0 { return UnsafePointer(localSums + Int(k) * 2 * T) }
        let sums = localSums + localCount * 2 * T
        sums.initialize(repeating: 0, count: 2 * T)
        NERFeatureExtractor.localFeatures(info, into: keys)
        lookup.add(
            keys, count: NERFeatureExtractor.localCount, stages: [.first, .second], first: sums, second: sums + T,
            scratch: scratch)
        localIndex.set(info.exact, Int32(localCount))
        localCount += 1
        return UnsafePointer(sums)
    }
}
