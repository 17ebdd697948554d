/// Turns a sentence's tokens into the tagger's features: the word and its lower-case form,
/// shape ("Xx", "X.X.", "d,d"), affixes, casing, neighbours up to two tokens away, word and
/// shape pairs, gazetteer membership of the token and its neighbours, sentence position and
/// whether the sentence is a title-case heading. Every feature is a 64-bit hash; a sentence
/// gives exactly `perToken` features per token, so the result is one flat array.
struct NERFeatureExtractor: Sendable {
    let gazetteer: Gazetteer

    static let perToken = 40
    /// Extra features per token of the second (stacked) stage.
    static let stackedPerToken = 4

    /// What the features need to know about one token, computed once.
    struct TokenInfo {
        var exact: UInt64 = 0
        var lower: UInt64 = 0
        var shape: UInt64 = 0
        var suffix2: UInt64 = 0
        var suffix3: UInt64 = 0
        var suffix4: UInt64 = 0
        var prefix3: UInt64 = 0
        /// Casing class: 1 title, 2 all caps, 3 lower, 4 digits, 5 punctuation, 6 mixed.
        var casing: UInt64 = 0
        var lengthBucket: UInt64 = 0
        var gazetteer: UInt64 = 0
        var personalName: UInt64 = 0
        var wordClass: UInt64 = 0
        /// `NERKeywords.Class` of the word (organisation head, place head, title, connector).
        var keyword: UInt64 = 0
        var titleLike = false
        var alphabetic = false
    }

    static let boundary: TokenInfo = {
        var t = TokenInfo()
        t.exact = 0xB0B0
        t.lower = 0xB0B0
        t.shape = 0xB0B0
        t.casing = 7
        t.gazetteer = 0
        return t
    }()

    /// Per-token facts for a sentence, gazetteer membership included. Reuses two scratch
    /// buffers so that no token allocates.
    func infos(_ tokens: [String]) -> [TokenInfo] {
        var lowerBytes: [UInt8] = []
        lowerBytes.reserveCapacity(32)
        var shape: [UInt8] = []
        shape.reserveCapacity(16)
        var infos = [TokenInfo]()
        infos.reserveCapacity(tokens.count)
        for token in tokens { infos.append(info(token, &lowerBytes, &shape)) }
        for m in gazetteer.matches(tokenHashes: infos.map(\.exact)) {
            for k in m.start..<m.end {
                infos[k].gazetteer = UInt64(m.kind.rawValue) << 1 | (k == m.start ? 1 : 0)
            }
        }
        return infos
    }

    func info(_ token: String, _ lowerBytes: inout [UInt8], _ shape: inout [UInt8]) -> TokenInfo {
        var t = TokenInfo()
        lowerBytes.removeAll(keepingCapacity: true)
        var ascii = true
        for b in token.utf8 {
            if b >= 0x80 { ascii = false; break }
            lowerBytes.append(b >= 65 && b <= 90 ? b + 32 : b)
        }
        if !ascii { lowerBytes = Array(token.lowercased().utf8) }
        t.exact = FeatureHash.bytes(token.utf8)
        t.lower = FeatureHash.bytes(lowerBytes)
        let n = lowerBytes.count
        t.suffix2 = FeatureHash.bytes(lowerBytes[max(0, n - 2)...])
        t.suffix3 = FeatureHash.bytes(lowerBytes[max(0, n - 3)...])
        t.suffix4 = FeatureHash.bytes(lowerBytes[max(0, n - 4)...])
        t.prefix3 = FeatureHash.bytes(lowerBytes[..<min(n, 3)])
        t.personalName = UInt64(gazetteer.personalName(lowerHash: t.lower).rawValue)
        t.wordClass = UInt64(gazetteer.englishWordClass(lowerHash: t.lower))
        t.keyword = UInt64(NERKeywords.of(lowerHash: t.lower).rawValue)

        // Shape: X upper, x lower, d digit, other characters as themselves; runs collapsed.
        shape.removeAll(keepingCapacity: true)
        var uppers = 0, lowers = 0, digits = 0, scalars = 0
        var firstUpper = false
        for c in token.unicodeScalars {
            let s: UInt8
            if ScalarClass.isUppercase(c) {
                s = 88; uppers += 1
                if scalars == 0 { firstUpper = true }
            } else if ScalarClass.isLowercase(c) || (ScalarClass.isLetter(c)) {
                s = 120; lowers += 1
            } else if ScalarClass.isDigit(c) {
                s = 100; digits += 1
            } else {
                s = c.value < 128 ? UInt8(c.value) : 111
            }
            scalars += 1
            if shape.last != s { shape.append(s) }
            if shape.count > 12 { break }
        }
        t.shape = FeatureHash.bytes(shape)
        if uppers + lowers == 0 {
            t.casing = digits > 0 ? 4 : 5
        } else if firstUpper && uppers == 1 {
            t.casing = 1
        } else if lowers == 0 {
            t.casing = 2
        } else if uppers == 0 {
            t.casing = 3
        } else {
            t.casing = firstUpper ? 1 : 6
        }
        t.titleLike = firstUpper
        t.alphabetic = uppers + lowers > 0
        t.lengthBucket = scalars <= 4 ? UInt64(scalars) : scalars <= 6 ? 5 : scalars <= 9 ? 6 : 7
        return t
    }

    /// Features for every token of a sentence, `perToken` per token (plus `stackedPerToken`
    /// with `firstStage` tags). `context` holds what the rest of the document says.
    func features(_ tokens: [String], context: NERDocumentContext? = nil, firstStage: [Int]? = nil) -> [UInt64] {
        features(infos(tokens), context: context, firstStage: firstStage)
    }

    func features(_ infos: [TokenInfo], context: NERDocumentContext? = nil, firstStage: [Int]? = nil) -> [UInt64] {
        let base = baseFeatures(infos, context: context)
        guard let firstStage else { return base }
        return stacked(base, infos, context: context, firstStage: firstStage)
    }

    /// The second stage's features: the first stage's (`base`, computed once and shared) plus,
    /// per token, what the first stage said here and about the same word elsewhere in the document.
    func stacked(_ base: [UInt64], _ infos: [TokenInfo], context: NERDocumentContext?, firstStage stage: [Int]) -> [UInt64] {
        let n = infos.count
        let k = Self.perToken + Self.stackedPerToken
        var out = [UInt64](repeating: 0, count: n * k)
        for i in 0..<n {
            let f = i * k
            for j in 0..<Self.perToken { out[f + j] = base[i * Self.perToken + j] }
            let here = UInt64(stage[i])
            let previousTag = UInt64(i > 0 ? stage[i - 1] : 15)
            let nextTag = UInt64(i + 1 < n ? stage[i + 1] : 15)
            let vote = UInt64(context?.vote(for: infos[i].lower) ?? 0)
            out[f + Self.perToken] = FeatureHash.feature(30, here)
            out[f + Self.perToken + 1] = FeatureHash.feature(31, previousTag << 8 | here << 4 | nextTag)
            out[f + Self.perToken + 2] = FeatureHash.feature(32, vote << 8 | infos[i].casing)
            out[f + Self.perToken + 3] = FeatureHash.feature(33, vote << 8 | here)
        }
        return out
    }

    /// The first stage's `perToken` features of every token.
    func baseFeatures(_ infos: [TokenInfo], context: NERDocumentContext?) -> [UInt64] {
        // Title-case headings ("Aesthetic Appreciation and Spanish Art") make capitals uninformative.
        var long = 0, titled = 0
        for t in infos where t.alphabetic && t.lengthBucket >= 4 {
            long += 1
            if t.titleLike { titled += 1 }
        }
        let heading: UInt64 = long >= 3 && titled * 10 >= long * 7 ? 1 : 0

        let n = infos.count
        let runs = Self.capitalizedRuns(infos)
        let k = Self.perToken
        var out = [UInt64](repeating: 0, count: n * k)
        let b = Self.boundary
        for i in 0..<n {
            let w = infos[i]
            let p1 = i >= 1 ? infos[i - 1] : b
            let p2 = i >= 2 ? infos[i - 2] : b
            let n1 = i + 1 < n ? infos[i + 1] : b
            let n2 = i + 2 < n ? infos[i + 2] : b
            let f = i * k
            out[f + 0] = FeatureHash.feature(1, 0)
            out[f + 1] = FeatureHash.feature(2, w.lower)
            out[f + 2] = FeatureHash.feature(3, w.exact)
            out[f + 3] = FeatureHash.feature(4, w.shape)
            out[f + 4] = FeatureHash.feature(5, w.suffix3)
            out[f + 5] = FeatureHash.feature(6, w.suffix4)
            out[f + 6] = FeatureHash.feature(7, w.suffix2)
            out[f + 7] = FeatureHash.feature(8, w.prefix3)
            out[f + 8] = FeatureHash.feature(9, p1.lower)
            out[f + 9] = FeatureHash.feature(10, n1.lower)
            out[f + 10] = FeatureHash.feature(11, p2.lower)
            out[f + 11] = FeatureHash.feature(12, n2.lower)
            out[f + 12] = FeatureHash.feature(13, FeatureHash.mix(p1.shape, w.shape))
            out[f + 13] = FeatureHash.feature(14, FeatureHash.mix(w.shape, n1.shape))
            out[f + 14] = FeatureHash.feature(15, FeatureHash.mix(p1.lower, w.lower))
            out[f + 15] = FeatureHash.feature(16, FeatureHash.mix(w.lower, n1.lower))
            out[f + 16] = FeatureHash.feature(17, w.gazetteer)
            out[f + 17] = FeatureHash.feature(18, p1.gazetteer)
            out[f + 18] = FeatureHash.feature(19, n1.gazetteer)
            out[f + 19] = FeatureHash.feature(20, (i == 0 ? 8 : 0) | w.casing)
            out[f + 20] = FeatureHash.feature(21, heading << 32 | w.casing << 8 | p1.casing << 4 | n1.casing)
            out[f + 21] = FeatureHash.feature(22, FeatureHash.mix(p1.lower, w.shape))
            out[f + 22] = FeatureHash.feature(23, FeatureHash.mix(w.shape, n1.lower))
            out[f + 23] = FeatureHash.feature(24, w.lengthBucket << 4 | w.casing)
            out[f + 24] = FeatureHash.feature(25, FeatureHash.mix(p1.gazetteer, n1.casing << 8 | w.casing))
            out[f + 25] = FeatureHash.feature(26, FeatureHash.mix(heading, w.lower))
            let name = w.personalName
            let nextName = n1.personalName
            out[f + 26] = FeatureHash.feature(27, name << 8 | w.casing << 4 | n1.casing)
            out[f + 27] = FeatureHash.feature(28, nextName << 16 | name << 8 | p1.casing << 4 | w.casing)
            let seen = UInt64(context?.casing(of: w.lower) ?? 0)
            out[f + 28] = FeatureHash.feature(29, seen << 8 | (i == 0 ? 16 : 0) | w.casing)
            out[f + 29] = FeatureHash.feature(34, w.wordClass << 8 | (i == 0 ? 16 : 0) | w.casing)
            out[f + 30] = FeatureHash.feature(35, p1.wordClass << 12 | w.wordClass << 8 | n1.wordClass << 4 | w.casing)
            out[f + 31] = FeatureHash.feature(36, heading << 12 | w.wordClass << 8 | w.personalName << 4 | w.casing)
            out[f + 32] = FeatureHash.feature(37, FeatureHash.mix(p1.lower, w.wordClass << 4 | w.casing))
            // The capitalized run the token lies in ("Royal Academy of Painting"): its length,
            // the token's place in it, its head word's class, and the words around the run.
            let r = runs[i]
            var position: UInt64 = 0, head = b, first = b, before = b, after = b
            if r.end > r.start {
                let len = r.end - r.start
                position = len == 1 ? 1 : i == r.start ? 2 : i == r.end - 1 ? 4 : 3
                head = infos[r.end - 1]
                first = infos[r.start]
                before = r.start > 0 ? infos[r.start - 1] : b
                after = r.end < n ? infos[r.end] : b
            }
            let length = UInt64(min(r.end - r.start, 4))
            out[f + 33] = FeatureHash.feature(38, position << 12 | length << 8 | head.keyword << 4 | first.keyword)
            out[f + 34] = FeatureHash.feature(39, FeatureHash.mix(head.lower, position))
            out[f + 35] = FeatureHash.feature(40, position << 20 | length << 16 | w.gazetteer)
            out[f + 36] = FeatureHash.feature(41, w.casing << 12 | p1.keyword << 8 | w.keyword << 4 | n1.keyword)
            out[f + 37] = FeatureHash.feature(42, FeatureHash.mix(p1.lower, n1.lower))
            out[f + 38] = FeatureHash.feature(43, FeatureHash.mix(before.lower, position))
            out[f + 39] = FeatureHash.feature(44, FeatureHash.mix(after.lower, position))
        }
        return out
    }

    /// For each token, the capitalized run it lies in (`start == end` when none): capitalized
    /// words joined by at most two lower-case connectors that another capitalized word follows
    /// ("Bank of the Philippine Islands"); a leading capitalized function word ("The") is left out.
    static func capitalizedRuns(_ infos: [TokenInfo]) -> [(start: Int, end: Int)] {
        let n = infos.count
        var out = [(start: Int, end: Int)](repeating: (0, 0), count: n)
        let connector = UInt64(NERKeywords.Class.connector.rawValue)
        var i = 0
        while i < n {
            guard infos[i].titleLike else { i += 1; continue }
            var start = i
            if infos[i].keyword == connector, i + 1 < n, infos[i + 1].titleLike { start = i + 1 }
            var end = start + 1
            var k = end
            while k < n {
                if infos[k].titleLike {
                    k += 1
                    end = k
                } else if infos[k].keyword == connector, k - end < 2, k + 1 < n,
                    infos[k + 1].titleLike || (infos[k + 1].keyword == connector && k + 2 < n && infos[k + 2].titleLike)
                {
                    k += 1
                } else {
                    break
                }
            }
            for m in start..<end { out[m] = (start, end) }
            i = end
        }
        return out
    }
}

/// What a whole document says about its words' casing: a word also written capitalized in
/// mid-sentence elsewhere is likely a name; one also written in lower case is likely not.
public struct NERDocumentContext: Sendable {
    /// Lower-case word hash → bits: 1 capitalized mid-sentence, 2 all lower case, 4 all capitals.
    var seen: [UInt64: UInt8] = [:]

    public init() {}

    /// Context over per-token facts of the document's sentences.
    init(_ sentences: [[NERFeatureExtractor.TokenInfo]]) {
        for s in sentences {
            for (i, token) in s.enumerated() where token.alphabetic {
                let bit: UInt8
                if token.titleLike {
                    bit = token.casing == 2 && token.lengthBucket > 1 ? 4 : (i > 0 ? 1 : 0)
                } else {
                    bit = 2
                }
                if bit != 0 { seen[token.lower, default: 0] |= bit }
            }
        }
    }

    func casing(of lowerHash: UInt64) -> UInt8 { seen[lowerHash] ?? 0 }

    /// Lower-case word hash → first-stage entity-type votes of its capitalized uses.
    var votes: [UInt64: [UInt16]] = [:]

    /// Records the first stage's tags of the document's sentences.
    mutating func addVotes(_ sentences: [[NERFeatureExtractor.TokenInfo]], tags: [[Int]]) {
        for (tokens, tagged) in zip(sentences, tags) {
            for (token, tag) in zip(tokens, tagged) {
                guard token.titleLike else { continue }
                let h = token.lower
                var v = votes[h] ?? [UInt16](repeating: 0, count: 6)
                v[tag == 0 ? 0 : (tag + 1) / 2] += 1
                votes[h] = v
            }
        }
    }

    /// The type most often predicted for the word in this document (1…5), 0 for none, plus
    /// 8 when it was also left untagged: "Harrow" tagged ORG three times of four.
    func vote(for lowerHash: UInt64) -> UInt8 {
        guard let v = votes[lowerHash] else { return 0 }
        var best = 0
        for t in 1..<6 where v[t] > (best == 0 ? 0 : v[best]) { best = t }
        return UInt8(best) | (v[0] > 0 ? 8 : 0) | (v[1...].filter { $0 > 0 }.count > 1 ? 16 : 0)
    }
}
