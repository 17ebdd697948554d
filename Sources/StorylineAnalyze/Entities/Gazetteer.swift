import Foundation

/// Name lists the tagger uses as features and alias resolution uses to link places and
/// demonyms to countries: countries, capitals, cities, regions, continents, demonyms, and
/// well-known organisations.
/// Built by `scripts/build-gazetteers` from openly licensed data (see Resources/gazetteers/NOTICE).
public struct Gazetteer: Sendable {
    /// What a listed name is; a name may be several (Pyongyang: capital and city).
    public struct Kind: OptionSet, Sendable, Hashable {
        public let rawValue: UInt16
        public init(rawValue: UInt16) { self.rawValue = rawValue }
        public static let country = Kind(rawValue: 1)
        public static let capital = Kind(rawValue: 2)
        public static let city = Kind(rawValue: 4)
        public static let region = Kind(rawValue: 8)
        public static let continent = Kind(rawValue: 16)
        public static let demonym = Kind(rawValue: 32)
        public static let firstName = Kind(rawValue: 64)
        public static let surname = Kind(rawValue: 128)
        /// A well-known organisation ("NATO", "World Health Organization").
        public static let organization = Kind(rawValue: 256)
        /// Internal: the token sequence is the start of a longer name.
        static let prefix = Kind(rawValue: 0x8000)

        static func named(_ s: Substring) -> Kind? {
            switch s {
            case "country": return .country
            case "capital": return .capital
            case "city": return .city
            case "region": return .region
            case "continent": return .continent
            case "organization": return .organization
            default: return nil
            }
        }
    }

    /// A name found in a token sequence.
    public struct Match: Sendable, Hashable {
        public var start: Int
        public var end: Int
        public var kind: Kind
    }

    /// Token-sequence hash → kinds (plus the prefix bit).
    private var phrases = HashedKeyMap<UInt16>(filler: 0)
    /// Lower-case word hash → its facts, one lookup for all: first name / surname bits (low 16
    /// bits) and dictionary class (`englishWordClass`, bits 16–23).
    private var words = HashedKeyMap<UInt32>(filler: 0)
    /// Country of each country name variant, capital and demonym ("DPRK"… "Pyongyang" → "North Korea").
    private var countryOf: [String: String] = [:]
    public private(set) var maxTokens = 1

    public init() {}

    /// The gazetteer shipped with the module, loaded once.
    public static let shared: Gazetteer = {
        var g = Gazetteer()
        if let places = AnalyzeResources.text("gazetteers/places.tsv") { g.addPlaces(places) }
        if let orgs = AnalyzeResources.text("gazetteers/organizations.tsv") { g.addPlaces(orgs) }
        if let demonyms = AnalyzeResources.text("gazetteers/demonyms.tsv") { g.addDemonyms(demonyms) }
        if let names = AnalyzeResources.text("gazetteers/personal-names.tsv") { g.addPersonalNames(names) }
        if let words = AnalyzeResources.text("gazetteers/english-words.tsv") { g.addEnglishWords(words) }
        return g
    }()

    /// Calls `body` with the tab-separated columns of each line (bytes; "#" lines skipped).
    /// Works on UTF-8 bytes: the shipped lists are loaded at every start.
    static func forEachRow(_ text: String, _ body: ([ArraySlice<UInt8>]) -> Void) {
        let bytes = Array(text.utf8)
        var lineStart = 0
        var cols: [ArraySlice<UInt8>] = []
        cols.reserveCapacity(4)
        for i in 0...bytes.count where i == bytes.count || bytes[i] == 10 {
            var end = i
            if end > lineStart, bytes[end - 1] == 13 { end -= 1 }
            if end > lineStart, bytes[lineStart] != 35 {
                cols.removeAll(keepingCapacity: true)
                var c = lineStart
                for k in lineStart...end where k == end || bytes[k] == 9 {
                    cols.append(bytes[c..<k])
                    c = k + 1
                }
                body(cols)
            }
            lineStart = i + 1
        }
    }

    static func lowerASCII(_ s: ArraySlice<UInt8>) -> [UInt8] {
        s.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
    }

    /// Adds lines `name<TAB>kind<TAB>canonical`.
    public mutating func addPlaces(_ tsv: String) {
        Self.forEachRow(tsv) { cols in
            guard cols.count >= 3, let kind = Kind.named(Substring(decoding: cols[1], as: UTF8.self)) else { return }
            add(bytes: cols[0], kind)
            if kind == .country || kind == .capital {
                let name = String(decoding: cols[0], as: UTF8.self)
                if countryOf[name] == nil { countryOf[name] = String(decoding: cols[2], as: UTF8.self) }
            }
        }
    }

    /// Adds lines `demonym<TAB>country`.
    public mutating func addDemonyms(_ tsv: String) {
        Self.forEachRow(tsv) { cols in
            guard cols.count >= 2 else { return }
            add(bytes: cols[0], .demonym)
            let name = String(decoding: cols[0], as: UTF8.self)
            if countryOf[name] == nil { countryOf[name] = String(decoding: cols[1], as: UTF8.self) }
        }
    }

    /// Adds lines `name<TAB>first|last`.
    public mutating func addPersonalNames(_ tsv: String) {
        Self.forEachRow(tsv) { cols in
            guard cols.count >= 2 else { return }
            var kind: Kind = []
            let tag = cols[1]
            // "first", "last" or "first|last"
            if tag.starts(with: "first".utf8) { kind.insert(.firstName) }
            if tag.starts(with: "last".utf8) || tag.contains(124) { kind.insert(.surname) }
            let lower = cols[0].allSatisfy { $0 < 128 }
                ? Self.lowerASCII(cols[0]) : Array(String(decoding: cols[0], as: UTF8.self).lowercased().utf8)
            words.update(FeatureHash.bytes(lower), initial: 0) { $0 |= UInt32(kind.rawValue) }
        }
    }

    /// Adds lines `word<TAB>P|C|PC` (words in lower case).
    public mutating func addEnglishWords(_ tsv: String) {
        Self.forEachRow(tsv) { cols in
            guard cols.count >= 2 else { return }
            let bits: UInt8 = (cols[1].contains(67) ? 1 : 0) | (cols[1].contains(80) ? 2 : 0)
            words.update(FeatureHash.bytes(cols[0]), initial: 0) { $0 |= UInt32(bits) << 16 }
        }
    }

    /// Dictionary class of a word given the hash of its lower-case form: 0 unlisted, 1 common
    /// word, 2 name, 3 both ("bill" / "Bill").
    func englishWordClass(lowerHash: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: words.value(lowerHash, or: 0) >> 16) }

    /// `personalName` and `englishWordClass` of a word in one lookup.
    func wordFacts(lowerHash: UInt64) -> (personalName: Kind, wordClass: UInt8) {
        let v = words.value(lowerHash, or: 0)
        return (Kind(rawValue: UInt16(truncatingIfNeeded: v)), UInt8(truncatingIfNeeded: v >> 16))
    }

    /// First name / surname bits of a word, given the hash of its lower-case form.
    func personalName(lowerHash: UInt64) -> Kind { Kind(rawValue: UInt16(truncatingIfNeeded: words.value(lowerHash, or: 0))) }

    /// Whether a word is a listed first name or surname (any case).
    public func personalName(_ word: String) -> Kind { personalName(lowerHash: FeatureHash.bytes(word.lowercased().utf8)) }

    public mutating func add(_ name: String, _ kind: Kind) {
        add(bytes: ArraySlice(Array(name.utf8)), kind)
    }

    /// Adds a name given as UTF-8 bytes; plain words (most entries) need no tokenizer.
    mutating func add(bytes name: ArraySlice<UInt8>, _ kind: Kind) {
        let plain = name.allSatisfy { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 32 }
        var hashes: [UInt64] = []
        if plain {
            hashes = name.split(separator: 32).map { FeatureHash.bytes($0) }
        } else {
            hashes = Tokenizer().tokenize(String(decoding: name, as: UTF8.self)).map { FeatureHash.bytes($0.text.utf8) }
        }
        guard !hashes.isEmpty, hashes.count <= 8 else { return }
        maxTokens = max(maxTokens, hashes.count)
        var h: UInt64 = Gazetteer.seed
        for (i, t) in hashes.enumerated() {
            h = FeatureHash.mix(h, t)
            let bits = i == hashes.count - 1 ? kind.rawValue : Kind.prefix.rawValue
            phrases.update(h, initial: 0) { $0 |= bits }
        }
    }

    static let seed: UInt64 = 0x5EED_6A2E

    /// Kinds of the exact name (tokenized as the tagger tokenizes), empty if unlisted.
    public func kinds(of name: String) -> Kind {
        var h = Gazetteer.seed
        // Plain names (ASCII letters and spaces, most of them) tokenize into their words.
        let plain = name.utf8.allSatisfy { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 32 }
        var words = 0
        if plain {
            for w in name.utf8.split(separator: 32) {
                h = FeatureHash.mix(h, FeatureHash.bytes(w))
                words += 1
            }
        } else {
            for t in Tokenizer().tokenize(name) {
                h = FeatureHash.mix(h, FeatureHash.bytes(t.text.utf8))
                words += 1
            }
        }
        guard words > 0 else { return [] }
        return Kind(rawValue: phrases.value(h, or: 0) & ~Kind.prefix.rawValue)
    }

    /// The country a country variant, capital or demonym stands for.
    public func country(for name: String) -> String? { countryOf[name] }

    /// Longest non-overlapping matches, left to right, over tokens given by their text hashes.
    func matches(tokenHashes: [UInt64]) -> [Match] {
        var out: [Match] = []
        let n = tokenHashes.count
        var i = 0
        while i < n {
            var h = Gazetteer.seed
            var best: Match?
            var j = i
            while j < n, j - i < maxTokens {
                h = FeatureHash.mix(h, tokenHashes[j])
                guard let bits = phrases[h] else { break }
                let kind = Kind(rawValue: bits & ~Kind.prefix.rawValue)
                if !kind.isEmpty { best = Match(start: i, end: j + 1, kind: kind) }
                if bits & Kind.prefix.rawValue == 0 { break }
                j += 1
            }
            if let m = best {
                out.append(m)
                i = m.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// Matches in a token sequence.
    public func matches(_ tokens: [String]) -> [Match] {
        matches(tokenHashes: tokens.map { FeatureHash.bytes($0.utf8) })
    }
}

/// Files under the module's `Resources` folder.
enum AnalyzeResources {
    /// Foundation on Linux may already point `resourceURL` into the copied `Resources` folder.
    static func url(_ path: String) -> URL? {
        let bundle = Bundle.module
        let candidates = [
            bundle.bundleURL.appendingPathComponent("Resources").appendingPathComponent(path),
            bundle.resourceURL?.appendingPathComponent(path),
            bundle.resourceURL?.appendingPathComponent("Resources").appendingPathComponent(path),
        ]
        return candidates.compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0.path) }
    }

    static func text(_ path: String) -> String? {
        url(path).flatMap { try? String(contentsOf: $0, encoding: .utf8) }
    }

    static func data(_ path: String) -> Data? {
        url(path).flatMap { try? Data(contentsOf: $0) }
    }
}
