import StorylineCore

/// Counts in a document's main text that tell kinds apart: first-person voice outside
/// quotations, opinion markers, exclamations, questions, attributions to other outlets,
/// live-blog timestamps. One byte pass per block.
struct TextStyle: Sendable {
    var words = 0
    /// "I", "my", "me" outside quotation marks.
    var firstPersonSingular = 0
    var opinionMarkers = 0
    var exclamations = 0
    var questions = 0
    /// "according to Reuters", "… reports", "… reported", "writes" — coverage attributed to others.
    var outletAttributions = 0
    /// Paragraphs that start with a clock time (live blogs).
    var timestampedParagraphs = 0
    var listItems = 0
    var listChars = 0
    var chars = 0

    static let opinion = [
        "i think", "i believe", "in my view", "in my opinion", "we should", "we must", "it is time", "it's time",
        "arguably", "the truth is", "make no mistake", "let's", "let us", "the real question", "should be",
        "must be", "we need to", "i would argue", "to be sure", "the lesson", "what this means", "why it matters",
        "the problem is", "the question is",
    ]
    /// No phrase here may contain another: " reports that" would count once more on top of
    /// " reports ", and one credit counted twice tipped ordinary reports into "aggregator".
    /// "according to" is counted apart (`isOutletCredit`): it credits officials and witnesses
    /// far more often than outlets.
    static let attribution = [
        " reports ", " reported ", " writes ", " wrote that",
        " details ", " highlights ", " covers ", " notes that", " provides context", "the papers say",
    ]
    /// Both lists, counted in one pass (group 0: opinion, group 1: attribution).
    static let phrases = PhraseSet(groups: [opinion, attribution])

    /// Reads each block's UTF-8 in place (no copies, no lower-cased duplicates): the classifier
    /// runs on every document.
    init(_ blocks: [TextBlock]) {
        for block in blocks {
            var text = block.text
            text.withUTF8 { add($0, isList: block.role == .listItem) }
        }
    }

    private mutating func add(_ t: UnsafeBufferPointer<UInt8>, isList: Bool) {
        chars += t.count
        if isList {
            listItems += 1
            listChars += t.count
        }
        if t.count >= 4, ByteText.isDigit(t[0]), t[1] == 0x3A || t[1] == 0x2E || (ByteText.isDigit(t[1]) && (t[2] == 0x3A || t[2] == 0x2E)) {
            timestampedParagraphs += 1
        }
        let phrases = Self.phrases
        withUnsafeTemporaryAllocation(of: Int.self, capacity: 2) { counts in
            counts[0] = 0
            counts[1] = 0
            // the phrases are matched in the walk below (one pass over the text), except in
            // texts too short for its four-byte windows
            let inWalk = t.count >= 4
            if !inWalk { phrases.counts(inMixedCase: t, into: counts) }
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: phrases.foundWords) { found in
                for w in 0..<found.count { found[w] = 0 }
                walk(t, phrases: phrases, matchPhrases: inWalk, found: found, counts: counts)
            }
            opinionMarkers += counts[0]
            outletAttributions += counts[1]
        }
    }

    /// The byte walk: words, quotes, `!`/`?`, first person and outlet credits, and (when
    /// `matchPhrases`) the phrases, tried at every position but a letter inside a run of letters.
    private mutating func walk(
        _ t: UnsafeBufferPointer<UInt8>, phrases: PhraseSet, matchPhrases: Bool, found: UnsafeMutableBufferPointer<UInt64>,
        counts: UnsafeMutableBufferPointer<Int>
    ) {
        var inQuote = false
        var wordStart = true
        Self.byteClasses.withUnsafeBufferPointer { classes in
            let n = t.count
            var i = 0
            while i < n {
                let c = t[i]
                if matchPhrases {
                    let window = phrases.window(at: i, in: t)
                    if phrases.mayStart(window, hasNext: i + 1 < n) { phrases.match(window, at: i, in: t, found: found, counts: counts) }
                }
                let k = classes[Int(c)]
                if k & Self.special != 0 {
                    if c == 0x22 { inQuote.toggle() }
                    if c == 0xE2, i + 2 < n, t[i + 1] == 0x80 {
                        if t[i + 2] == 0x9C { inQuote = true } else if t[i + 2] == 0x9D { inQuote = false }
                    }
                    if c == 0x21 { exclamations += 1 }
                    if c == 0x3F { questions += 1 }
                }
                if k & Self.wordByte == 0 {
                    wordStart = true
                } else if wordStart {
                    words += 1
                    if c | 0x20 == 0x61, Self.isOutletCredit(t, accordingToAt: i) { outletAttributions += 1 }
                    if !inQuote && (c == 0x49) {  // "I" as a word, "I'm", "I've"
                        let next = i + 1 < n ? t[i + 1] : 0x20
                        if !ByteText.isWordByte(next) && next != 0x2E { firstPersonSingular += 1 }
                    }
                    if !inQuote && (c == 0x6D || c == 0x4D), i + 2 < n, (t[i + 1] == 0x79 || t[i + 1] == 0x65), !ByteText.isWordByte(t[i + 2]) {
                        firstPersonSingular += 1  // "my", "me"
                    }
                    wordStart = false
                }
                i += 1
                // letters after a letter: inside a word (no count changes) and no phrase starts there
                if ByteText.isASCIILetter(c) { i = ByteText.endOfLetters(t, from: i) }
            }
        }
    }

    /// Per byte: `wordByte` for `ByteText.isWordByte`, `special` for the bytes counted or
    /// toggling quotes (`"`, `!`, `?`, and 0xE2, which starts curly quotes).
    private static let wordByte: UInt8 = 1
    private static let special: UInt8 = 2
    private static let byteClasses: [UInt8] = (0..<256).map { b in
        let c = UInt8(b)
        var k: UInt8 = ByteText.isWordByte(c) ? wordByte : 0
        if c == 0x22 || c == 0x21 || c == 0x3F || c == 0xE2 { k |= special }
        return k
    }

    private static let accordingTo = Array("according to ".utf8)

    /// Whether "according to" starts at `i` and credits a name ("according to Reuters",
    /// "according to the BBC") rather than a role ("according to a police spokesperson",
    /// "according to officials", "according to the police"): only a capitalised name can be
    /// an outlet, and reports credit officials all the time.
    static func isOutletCredit(_ t: UnsafeBufferPointer<UInt8>, accordingToAt i: Int) -> Bool {
        let phrase = accordingTo
        guard i + phrase.count < t.count else { return false }
        for k in 0..<phrase.count where t[i + k] | (ByteText.isUpper(t[i + k]) ? 0x20 : 0) != phrase[k] { return false }
        var j = i + phrase.count
        while j < t.count, t[j] == 0x20 { j += 1 }
        // "the" before the name: "according to the Financial Times"
        if j + 4 < t.count, t[j] | 0x20 == 0x74, t[j + 1] == 0x68, t[j + 2] == 0x65, t[j + 3] == 0x20 { j += 4 }
        return j < t.count && ByteText.isUpper(t[j])
    }
}
