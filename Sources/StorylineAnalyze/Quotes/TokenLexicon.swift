/// The closed word lists a token's key belongs to, looked up once when the token is made:
/// the finders test list membership for every token many times over, and a bit test is far
/// cheaper than hashing the key again. Each flag means exactly `list.contains(key)`.
struct LexiconFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt32

    static let speechVerb = LexiconFlags(rawValue: 1 << 0)
    static let introducingVerb = LexiconFlags(rawValue: 1 << 1)
    static let futureMarker = LexiconFlags(rawValue: 1 << 2)
    static let dateOpener = LexiconFlags(rawValue: 1 << 3)
    static let smallNumber = LexiconFlags(rawValue: 1 << 4)
    static let multiplier = LexiconFlags(rawValue: 1 << 5)
    static let vagueNumber = LexiconFlags(rawValue: 1 << 6)
    static let currency = LexiconFlags(rawValue: 1 << 7)
    static let listWord = LexiconFlags(rawValue: 1 << 8)
    static let weekday = LexiconFlags(rawValue: 1 << 9)
    static let month = LexiconFlags(rawValue: 1 << 10)
}

enum TokenLexicon {
    /// Key → the lists that hold it.
    static let table: [String: LexiconFlags] = {
        var table: [String: LexiconFlags] = [:]
        func add<S: Sequence>(_ words: S, _ flag: LexiconFlags) where S.Element == String {
            for w in words { table[w, default: []].insert(flag) }
        }
        add(SpeechLexicon.speechVerbs, .speechVerb)
        add(SpeechLexicon.introducingVerbs, .introducingVerb)
        add(DateLexicon.futureMarkers, .futureMarker)
        add(DateFinder.lowercaseOpeners, .dateOpener)
        add(NumberWords.small.keys, .smallNumber)
        add(NumberWords.multipliers.keys, .multiplier)
        add(NumberWords.vague.keys, .vagueNumber)
        add(ClaimFinder.currencies.keys, .currency)
        add(ClaimFinder.listWords, .listWord)
        add(DateLexicon.weekdays.keys, .weekday)
        add(DateLexicon.months.keys, .month)
        return table
    }()

    static func flags(_ key: String) -> LexiconFlags { table[key] ?? [] }
}
