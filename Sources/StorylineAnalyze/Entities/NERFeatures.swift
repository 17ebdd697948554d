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

        /// Casing class, title-likeness and length bucket from the letter counts of the token's
        /// first scalars (the same for the byte fast path and the general path).
        mutating func setCasing(uppers: Int, lowers: Int, digits: Int, scalars: Int, firstUpper: Bool) {
            if uppers + lowers == 0 {
                casing = digits > 0 ? 4 : 5
            } else if firstUpper && uppers == 1 {
                casing = 1
            } else if lowers == 0 {
                casing = 2
            } else if uppers == 0 {
                casing = 3
            } else {
                casing = firstUpper ? 1 : 6
            }
            titleLike = firstUpper
            alphabetic = uppers + lowers > 0
            lengthBucket = scalars <= 4 ? UInt64(scalars) : scalars <= 6 ? 5 : scalars <= 9 ? 6 : 7
        }
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
        if let fast = token.utf8.withContiguousStorageIfAvailable({ Self.asciiInfo($0) }), var t = fast {
            let facts = gazetteer.wordFacts(lowerHash: t.lower)
            t.personalName = UInt64(facts.personalName.rawValue)
            t.wordClass = UInt64(facts.wordClass)
            t.keyword = UInt64(NERKeywords.of(lowerHash: t.lower).rawValue)
            return t
        }
        return scalarInfo(token, &lowerBytes, &shape)
    }

    /// `info` for any token, over its Unicode scalars.
    func scalarInfo(_ token: String, _ lowerBytes: inout [UInt8], _ shape: inout [UInt8]) -> TokenInfo {
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
        t.setCasing(uppers: uppers, lowers: lowers, digits: digits, scalars: scalars, firstUpper: firstUpper)
        return t
    }

    /// `info` for an all-ASCII token, straight from its bytes (no scratch copies, no scalar
    /// classes): the same hashes, shape and counts. Nil when a byte is not ASCII. The gazetteer
    /// and keyword facts are left for the caller.
    static func asciiInfo(_ bytes: UnsafeBufferPointer<UInt8>) -> TokenInfo? {
        let n = bytes.count
        @inline(__always) func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b + 32 : b }
        @inline(__always) func fnv(_ from: Int, _ to: Int) -> UInt64 {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            var k = from
            while k < to {
                h ^= UInt64(lower(bytes[k]))
                h = h &* 0x0000_0100_0000_01B3
                k += 1
            }
            return h
        }
        var exact: UInt64 = 0xcbf2_9ce4_8422_2325
        var lowered: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            if b >= 0x80 { return nil }
            exact ^= UInt64(b)
            exact = exact &* 0x0000_0100_0000_01B3
            lowered ^= UInt64(lower(b))
            lowered = lowered &* 0x0000_0100_0000_01B3
        }
        var t = TokenInfo()
        t.exact = exact
        t.lower = lowered
        t.suffix2 = fnv(max(0, n - 2), n)
        t.suffix3 = fnv(max(0, n - 3), n)
        t.suffix4 = fnv(max(0, n - 4), n)
        t.prefix3 = fnv(0, min(n, 3))

        // Shape, as in `info`: runs collapsed, at most 13 shape characters.
        var shape: UInt64 = 0xcbf2_9ce4_8422_2325
        var shapeCount = 0
        var last: UInt8 = 0
        var uppers = 0, lowers = 0, digits = 0, scalars = 0
        var firstUpper = false
        for b in bytes {
            let s: UInt8
            if b >= 65 && b <= 90 {
                s = 88; uppers += 1
                if scalars == 0 { firstUpper = true }
            } else if b >= 97 && b <= 122 {
                s = 120; lowers += 1
            } else if b >= 48 && b <= 57 {
                s = 100; digits += 1
            } else {
                s = b
            }
            scalars += 1
            if shapeCount == 0 || last != s {
                shape ^= UInt64(s)
                shape = shape &* 0x0000_0100_0000_01B3
                shapeCount += 1
                last = s
            }
            if shapeCount > 12 { break }
        }
        t.shape = shape
        t.setCasing(uppers: uppers, lowers: lowers, digits: digits, scalars: scalars, firstUpper: firstUpper)
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
        out.withUnsafeMutableBufferPointer { out in
            stage.withUnsafeBufferPointer { stage in
                for i in 0..<n {
                    let f = out.baseAddress! + i * k
                    for j in 0..<Self.perToken { f[j] = base[i * Self.perToken + j] }
                    let vote = UInt64(context?.vote(for: infos[i].lower) ?? 0)
                    Self.stackedFeatures(infos[i], i, stage, vote: vote, into: f + Self.perToken)
                }
            }
        }
        return out
    }

    /// The `stackedPerToken` extra features of token `i`: the first stage's tags here and
    /// around, and its document-wide `vote` for the word.
    @inline(__always)
    static func stackedFeatures(
        _ w: TokenInfo, _ i: Int, _ stage: UnsafeBufferPointer<Int>, vote: UInt64, into o: UnsafeMutablePointer<UInt64>
    ) {
        let n = stage.count
        let here = UInt64(stage[i])
        let previousTag = UInt64(i > 0 ? stage[i - 1] : 15)
        let nextTag = UInt64(i + 1 < n ? stage[i + 1] : 15)
        o[0] = FeatureHash.feature(30, here)
        o[1] = FeatureHash.feature(31, previousTag << 8 | here << 4 | nextTag)
        o[2] = FeatureHash.feature(32, vote << 8 | w.casing)
        o[3] = FeatureHash.feature(33, vote << 8 | here)
    }

    /// The first stage's `perToken` features of every token.
    func baseFeatures(_ infos: [TokenInfo], context: NERDocumentContext?) -> [UInt64] {
        let n = infos.count
        let k = Self.perToken
        var out = [UInt64](repeating: 0, count: n * k)
        let runs = Self.capitalizedRuns(infos)
        let heading = Self.heading(infos)
        infos.withUnsafeBufferPointer { infos in
            out.withUnsafeMutableBufferPointer { out in
                for i in 0..<n {
                    let f = out.baseAddress! + i * k
                    Self.localFeatures(infos[i], into: f)
                    let seen = UInt64(context?.casing(of: infos[i].lower) ?? 0)
                    Self.contextFeatures(infos, i, heading: heading, run: runs[i], seen: seen, into: f + Self.localCount)
                }
            }
        }
        return out
    }

    /// 1 when the sentence is a title-case heading ("Aesthetic Appreciation and Spanish Art"),
    /// where capitals say little.
    static func heading(_ infos: [TokenInfo]) -> UInt64 {
        var long = 0, titled = 0
        for t in infos where t.alphabetic && t.lengthBucket >= 4 {
            long += 1
            if t.titleLike { titled += 1 }
        }
        return long >= 3 && titled * 10 >= long * 7 ? 1 : 0
    }

    /// How many of a token's features come first and depend on the token alone (its word,
    /// shape and affixes), so they are the same wherever the word occurs.
    static let localCount = 8

    /// The token's own `localCount` features.
    @inline(__always)
    static func localFeatures(_ w: TokenInfo, into out: UnsafeMutablePointer<UInt64>) {
        out[0] = FeatureHash.feature(1, 0)
        out[1] = FeatureHash.feature(2, w.lower)
        out[2] = FeatureHash.feature(3, w.exact)
        out[3] = FeatureHash.feature(4, w.shape)
        out[4] = FeatureHash.feature(5, w.suffix3)
        out[5] = FeatureHash.feature(6, w.suffix4)
        out[6] = FeatureHash.feature(7, w.suffix2)
        out[7] = FeatureHash.feature(8, w.prefix3)
    }

    /// The other `perToken - localCount` features of token `i`: neighbours, pairs, gazetteer,
    /// casing, the capitalized run `r` it lies in and what the document says (`seen`).
    @inline(__always)
    static func contextFeatures(
        _ infos: UnsafeBufferPointer<TokenInfo>, _ i: Int, heading: UInt64, run r: (start: Int, end: Int), seen: UInt64,
        into o: UnsafeMutablePointer<UInt64>
    ) {
        let n = infos.count
        let b = Self.boundary
        let w = infos[i]
        let p1 = i >= 1 ? infos[i - 1] : b
        let p2 = i >= 2 ? infos[i - 2] : b
        let n1 = i + 1 < n ? infos[i + 1] : b
        let n2 = i + 2 < n ? infos[i + 2] : b
        o[0] = FeatureHash.feature(9, p1.lower)
        o[1] = FeatureHash.feature(10, n1.lower)
        o[2] = FeatureHash.feature(11, p2.lower)
        o[3] = FeatureHash.feature(12, n2.lower)
        o[4] = FeatureHash.feature(13, FeatureHash.mix(p1.shape, w.shape))
        o[5] = FeatureHash.feature(14, FeatureHash.mix(w.shape, n1.shape))
        o[6] = FeatureHash.feature(15, FeatureHash.mix(p1.lower, w.lower))
        o[7] = FeatureHash.feature(16, FeatureHash.mix(w.lower, n1.lower))
        o[8] = FeatureHash.feature(17, w.gazetteer)
        o[9] = FeatureHash.feature(18, p1.gazetteer)
        o[10] = FeatureHash.feature(19, n1.gazetteer)
        o[11] = FeatureHash.feature(20, (i == 0 ? 8 : 0) | w.casing)
        o[12] = FeatureHash.feature(21, heading << 32 | w.casing << 8 | p1.casing << 4 | n1.casing)
        o[13] = FeatureHash.feature(22, FeatureHash.mix(p1.lower, w.shape))
        o[14] = FeatureHash.feature(23, FeatureHash.mix(w.shape, n1.lower))
        o[15] = FeatureHash.feature(24, w.lengthBucket << 4 | w.casing)
        o[16] = FeatureHash.feature(25, FeatureHash.mix(p1.gazetteer, n1.casing << 8 | w.casing))
        o[17] = FeatureHash.feature(26, FeatureHash.mix(heading, w.lower))
        let name = w.personalName
        let nextName = n1.personalName
        o[18] = FeatureHash.feature(27, name << 8 | w.casing << 4 | n1.casing)
        o[19] = FeatureHash.feature(28, nextName << 16 | name << 8 | p1.casing << 4 | w.casing)
        o[20] = FeatureHash.feature(29, seen << 8 | (i == 0 ? 16 : 0) | w.casing)
        o[21] = FeatureHash.feature(34, w.wordClass << 8 | (i == 0 ? 16 : 0) | w.casing)
        o[22] = FeatureHash.feature(35, p1.wordClass << 12 | w.wordClass << 8 | n1.wordClass << 4 | w.casing)
        o[23] = FeatureHash.feature(36, heading << 12 | w.wordClass << 8 | w.personalName << 4 | w.casing)
        o[24] = FeatureHash.feature(37, FeatureHash.mix(p1.lower, w.wordClass << 4 | w.casing))
        // The capitalized run the token lies in ("Royal Academy of Painting"): its length,
        // the token's place in it, its head word's class, and the words around the run.
        var position: UInt64 = 0
        var headKeyword: UInt64 = b.keyword, headLower = b.lower, firstKeyword = b.keyword
        var beforeLower = b.lower, afterLower = b.lower
        if r.end > r.start {
            let len = r.end - r.start
            position = len == 1 ? 1 : i == r.start ? 2 : i == r.end - 1 ? 4 : 3
            headKeyword = infos[r.end - 1].keyword
            headLower = infos[r.end - 1].lower
            firstKeyword = infos[r.start].keyword
            beforeLower = r.start > 0 ? infos[r.start - 1].lower : b.lower
            afterLower = r.end < n ? infos[r.end].lower : b.lower
        }
        let length = UInt64(min(r.end - r.start, 4))
        o[25] = FeatureHash.feature(38, position << 12 | length << 8 | headKeyword << 4 | firstKeyword)
        o[26] = FeatureHash.feature(39, FeatureHash.mix(headLower, position))
        o[27] = FeatureHash.feature(40, position << 20 | length << 16 | w.gazetteer)
        o[28] = FeatureHash.feature(41, w.casing << 12 | p1.keyword << 8 | w.keyword << 4 | n1.keyword)
        o[29] = FeatureHash.feature(42, FeatureHash.mix(p1.lower, n1.lower))
        o[30] = FeatureHash.feature(43, FeatureHash.mix(beforeLower, position))
        o[31] = FeatureHash.feature(44, FeatureHash.mix(afterLower, position))
    }

    /// For each token, the capitalized run it lies in (`start == end` when none): capitalized
    /// words joined by at most two lower-case connectors that another capitalized word follows
    /// ("Bank of the Philippine Islands"); a leading capitalized function word ("The") is left out.
    static func capitalizedRuns(_ infos: [TokenInfo]) -> [(start: Int, end: Int)] {
        var out: [(start: Int, end: Int)] = []
        capitalizedRuns(infos, into: &out)
        return out
    }

    /// `capitalizedRuns` into a reused buffer.
    static func capitalizedRuns(_ infos: [TokenInfo], into out: inout [(start: Int, end: Int)]) {
        let n = infos.count
        out.removeAll(keepingCapacity: true)
        out.append(contentsOf: repeatElement((start: 0, end: 0), count: n))
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
    }
}

/// What a whole document says about its words' casing: a word also written capitalized in
/// mid-sentence elsewhere is likely a name; one also written in lower case is likely not.
public struct NERDocumentContext: Sendable {
    /// Lower-case word hash → bits: 1 capitalized mid-sentence, 2 all lower case, 4 all capitals.
    var seen = HashedKeyMap<UInt8>(filler: 0)

    public init() {}

    /// Context over per-token facts of the document's sentences.
    init(_ sentences: [[NERFeatureExtractor.TokenInfo]]) {
        seen = HashedKeyMap(filler: 0, capacity: sentences.reduce(0) { $0 + $1.count } / 2)
        for s in sentences {
            for (i, token) in s.enumerated() where token.alphabetic {
                let bit: UInt8
                if token.titleLike {
                    bit = token.casing == 2 && token.lengthBucket > 1 ? 4 : (i > 0 ? 1 : 0)
                } else {
                    bit = 2
                }
                if bit != 0 { seen.update(token.lower, initial: 0) { $0 |= bit } }
            }
        }
    }

    func casing(of lowerHash: UInt64) -> UInt8 { seen.value(lowerHash, or: 0) }

    /// First-stage tag counts of one word's capitalized uses: untagged, then one per entity type.
    struct Votes: Sendable {
        var counts: (UInt16, UInt16, UInt16, UInt16, UInt16, UInt16) = (0, 0, 0, 0, 0, 0)

        subscript(i: Int) -> UInt16 {
            get {
                switch i {
                case 0: return counts.0
                case 1: return counts.1
                case 2: return counts.2
                case 3: return counts.3
                case 4: return counts.4
                default: return counts.5
                }
            }
            set {
                switch i {
                case 0: counts.0 = newValue
                case 1: counts.1 = newValue
                case 2: counts.2 = newValue
                case 3: counts.3 = newValue
                case 4: counts.4 = newValue
                default: counts.5 = newValue
                }
            }
        }
    }

    /// Lower-case word hash → first-stage entity-type votes of its capitalized uses.
    var votes = HashedKeyMap<Votes>(filler: Votes())

    /// Records the first stage's tags of the document's sentences.
    mutating func addVotes(_ sentences: [[NERFeatureExtractor.TokenInfo]], tags: [[Int]]) {
        for (tokens, tagged) in zip(sentences, tags) {
            for (token, tag) in zip(tokens, tagged) {
                guard token.titleLike else { continue }
                votes.update(token.lower, initial: Votes()) { $0[tag == 0 ? 0 : (tag + 1) / 2] += 1 }
            }
        }
    }

    /// The type most often predicted for the word in this document (1…5), 0 for none, plus
    /// 8 when it was also left untagged: "Harrow" tagged ORG three times of four.
    func vote(for lowerHash: UInt64) -> UInt8 {
        guard let v = votes[lowerHash] else { return 0 }
        var best = 0
        var types = 0
        for t in 1..<6 {
            if v[t] > (best == 0 ? 0 : v[best]) { best = t }
            if v[t] > 0 { types += 1 }
        }
        return UInt8(best) | (v[0] > 0 ? 8 : 0) | (types > 1 ? 16 : 0)
    }
}
