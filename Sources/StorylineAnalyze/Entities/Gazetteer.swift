import Foundation

/// Name lists the tagger uses as features and alias resolution uses to link places and
/// demonyms to countries: countries, capitals, cities, regions, continents, demonyms.
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
        /// Internal: the token sequence is the start of a longer name.
        static let prefix = Kind(rawValue: 0x8000)

        static func named(_ s: Substring) -> Kind? {
            switch s {
            case "country": return .country
            case "capital": return .capital
            case "city": return .city
            case "region": return .region
            case "continent": return .continent
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
    private var phrases: [UInt64: UInt16] = [:]
    /// Lower-case single-word personal names (hash of the lower-case word) → first name / surname bits.
    private var personalNames: [UInt64: UInt16] = [:]
    /// Country of each country name variant, capital and demonym ("DPRK"… "Pyongyang" → "North Korea").
    private var countryOf: [String: String] = [:]
    public private(set) var maxTokens = 1

    public init() {}

    /// The gazetteer shipped with the module, loaded once.
    public static let shared: Gazetteer = {
        var g = Gazetteer()
        if let places = AnalyzeResources.text("gazetteers/places.tsv") { g.addPlaces(places) }
        if let demonyms = AnalyzeResources.text("gazetteers/demonyms.tsv") { g.addDemonyms(demonyms) }
        if let names = AnalyzeResources.text("gazetteers/personal-names.tsv") { g.addPersonalNames(names) }
        if let words = AnalyzeResources.text("gazetteers/english-words.tsv") { g.addEnglishWords(words) }
        return g
    }()

    /// Adds lines `name<TAB>kind<TAB>canonical`.
    public mutating func addPlaces(_ tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 3, let kind = Kind.named(cols[1]) else { continue }
            let name = String(cols[0])
            add(name, kind)
            if kind == .country || kind == .capital { countryOf[name] = countryOf[name] ?? String(cols[2]) }
        }
    }

    /// Adds lines `demonym<TAB>country`.
    public mutating func addDemonyms(_ tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 2 else { continue }
            let name = String(cols[0])
            add(name, .demonym)
            countryOf[name] = countryOf[name] ?? String(cols[1])
        }
    }

    /// Adds lines `name<TAB>first|last`.
    public mutating func addPersonalNames(_ tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 2 else { continue }
            var kind: Kind = []
            if cols[1].contains("first") { kind.insert(.firstName) }
            if cols[1].contains("last") { kind.insert(.surname) }
            personalNames[FeatureHash.bytes(cols[0].lowercased().utf8), default: 0] |= kind.rawValue
        }
    }

    /// Lower-case word hash → 1 listed in lower case (a common word), 2 listed capitalized (a name).
    private var englishWords: [UInt64: UInt8] = [:]

    /// Adds lines `word<TAB>P|C|PC`.
    public mutating func addEnglishWords(_ tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard cols.count >= 2 else { continue }
            let bits: UInt8 = (cols[1].contains("C") ? 1 : 0) | (cols[1].contains("P") ? 2 : 0)
            englishWords[FeatureHash.bytes(cols[0].utf8), default: 0] |= bits
        }
    }

    /// Dictionary class of a word given the hash of its lower-case form: 0 unlisted, 1 common
    /// word, 2 name, 3 both ("bill" / "Bill").
    func englishWordClass(lowerHash: UInt64) -> UInt8 { englishWords[lowerHash] ?? 0 }

    /// First name / surname bits of a word, given the hash of its lower-case form.
    func personalName(lowerHash: UInt64) -> Kind { Kind(rawValue: personalNames[lowerHash] ?? 0) }

    /// Whether a word is a listed first name or surname (any case).
    public func personalName(_ word: String) -> Kind { personalName(lowerHash: FeatureHash.bytes(word.lowercased().utf8)) }

    public mutating func add(_ name: String, _ kind: Kind) {
        // Plain words need no tokenizer (most entries; keeps loading fast).
        let plain = name.utf8.allSatisfy { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) || $0 == 32 }
        let tokens = plain ? name.split(separator: " ").map(String.init) : Tokenizer().tokenize(name).map(\.text)
        guard !tokens.isEmpty, tokens.count <= 8 else { return }
        maxTokens = max(maxTokens, tokens.count)
        var h: UInt64 = Gazetteer.seed
        for (i, t) in tokens.enumerated() {
            h = FeatureHash.mix(h, FeatureHash.bytes(t.utf8))
            let bits = i == tokens.count - 1 ? kind.rawValue : Kind.prefix.rawValue
            phrases[h, default: 0] |= bits
        }
    }

    static let seed: UInt64 = 0x5EED_6A2E

    /// Kinds of the exact name (tokenized as the tagger tokenizes), empty if unlisted.
    public func kinds(of name: String) -> Kind {
        let hashes = Tokenizer().tokenize(name).map { FeatureHash.bytes($0.text.utf8) }
        guard !hashes.isEmpty else { return [] }
        var h = Gazetteer.seed
        for t in hashes { h = FeatureHash.mix(h, t) }
        return Kind(rawValue: (phrases[h] ?? 0) & ~Kind.prefix.rawValue)
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
