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
    /// "according to …", "… reports", "… reported", "writes" — coverage attributed to others.
    var outletAttributions = 0
    /// Paragraphs that start with a clock time (live blogs).
    var timestampedParagraphs = 0
    var listItems = 0
    var listChars = 0
    var chars = 0

    static let opinion = PhraseSet([
        "i think", "i believe", "in my view", "in my opinion", "we should", "we must", "it is time", "it's time",
        "arguably", "the truth is", "make no mistake", "let's", "let us", "the real question", "should be",
        "must be", "we need to", "i would argue", "to be sure", "the lesson", "what this means", "why it matters",
        "the problem is", "the question is",
    ])
    /// No phrase here may contain another: " reports that" would count once more on top of
    /// " reports ", and one credit counted twice tipped ordinary reports into "aggregator".
    static let attribution = PhraseSet([
        "according to", " reports ", " reported ", " writes ", " wrote that",
        " details ", " highlights ", " covers ", " notes that", " provides context", "the papers say",
    ])

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
        opinionMarkers += Self.opinion.count(inMixedCase: t)
        outletAttributions += Self.attribution.count(inMixedCase: t)
        if t.count >= 4, ByteText.isDigit(t[0]), t[1] == 0x3A || t[1] == 0x2E || (ByteText.isDigit(t[1]) && (t[2] == 0x3A || t[2] == 0x2E)) {
            timestampedParagraphs += 1
        }
        var inQuote = false
        var i = 0
        var wordStart = true
        while i < t.count {
            let c = t[i]
            if c == 0x22 { inQuote.toggle() }
            if c == 0xE2, i + 2 < t.count, t[i + 1] == 0x80 {
                if t[i + 2] == 0x9C { inQuote = true } else if t[i + 2] == 0x9D { inQuote = false }
            }
            if c == 0x21 { exclamations += 1 }
            if c == 0x3F { questions += 1 }
            let isWord = ByteText.isWordByte(c)
            if isWord && wordStart {
                words += 1
                if !inQuote && (c == 0x49) {  // "I" as a word, "I'm", "I've"
                    let next = i + 1 < t.count ? t[i + 1] : 0x20
                    if !ByteText.isWordByte(next) && next != 0x2E { firstPersonSingular += 1 }
                }
                if !inQuote && (c == 0x6D || c == 0x4D), i + 2 < t.count, (t[i + 1] == 0x79 || t[i + 1] == 0x65), !ByteText.isWordByte(t[i + 2]) {
                    firstPersonSingular += 1  // "my", "me"
                }
            }
            wordStart = !isWord
            i += 1
        }
    }
}
