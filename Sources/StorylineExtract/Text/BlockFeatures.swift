/// Measurable features of one block of a text dump, computed in one byte pass plus a word
/// pass. The classifier reads only these, so its rules are about shapes of text (length,
/// punctuation, function-word share, code-token density), not about particular pages.
struct BlockFeatures: Sendable {
    var bytes = 0
    var scalars = 0
    var words = 0
    var functionWords = 0
    var capitalizedWords = 0
    var lowercaseWords = 0
    var numericWords = 0
    /// `{ } ; = < > | \ $ [ ]` and friends: dense in CSS, JS and JSON, rare in prose.
    var codePunctuation = 0
    /// Tokens like `a.b(`, `x:y;`, `"k":`, `=>`, `&&`, `px;` — strong code evidence.
    var codeTokens = 0
    var longestWord = 0
    var cjkScalars = 0
    /// Sentence ends inside the block (". X", "。", "! ", "? ") plus a final one.
    var sentenceEnds = 0
    var endsWithSentencePunctuation = false
    var endsWithEllipsis = false
    var firstPersonPlural = 0
    var secondPerson = 0
    var firstPersonSingular = 0
    var chromeHits = 0
    var nagHits = 0
    var appealHits = 0
    var creditHits = 0
    var legalHits = 0
    /// Words that are interface vocabulary; a block made only of them is chrome.
    var interfaceWords = 0
    var hasURL = false

    var functionWordShare: Double { words == 0 ? 0 : Double(functionWords) / Double(words) }
    var capitalizedShare: Double { words == 0 ? 0 : Double(capitalizedWords) / Double(words) }
    var codeDensity: Double { bytes == 0 ? 0 : Double(codePunctuation + 3 * codeTokens) / Double(bytes) }
    var isCJK: Bool { scalars > 0 && Double(cjkScalars) / Double(scalars) > 0.3 }

    init() {}

    /// Function, interface and pronoun flags of ASCII words (other words go through `ByteText.key`).
    static let wordFlags: WordFlagTable = {
        var entries: [(String, WordFlagTable.Flags)] = []
        for w in TextVocabulary.functionWords { entries.append((w, .function)) }
        for w in TextVocabulary.interfaceWords { entries.append((w, .interface)) }
        for w in ["we", "our", "us", "ours"] { entries.append((w, .firstPersonPlural)) }
        for w in ["you", "your", "yours"] { entries.append((w, .secondPerson)) }
        for w in ["i", "my", "me", "i'm", "i've", "i’m", "i’ve", "mine"] { entries.append((w, .firstPersonSingular)) }
        return WordFlagTable(entries)
    }()

    /// The bytes the feature pass's switch looks at (code punctuation, sentence ends, `&`, `。`).
    static let punctuationBytes: [Bool] = (0..<256).map { b in
        [0x7B, 0x7D, 0x3B, 0x3D, 0x3C, 0x3E, 0x7C, 0x5C, 0x24, 0x5B, 0x5D, 0x5F, 0x28, 0x2E, 0x3A, 0x21, 0x3F, 0x26, 0xE3].contains(b)
    }

    static let schemeSeparator = Array("://".utf8)
    static let www = Array("www.".utf8)

    /// Recounts function words with a document's own frequent words added (for languages the
    /// built-in lists do not cover).
    mutating func recountFunctionWords(_ b: [UInt8], extra: Set<String>) {
        var n = 0
        for w in ByteText.words(b) where w.count <= 12 {
            let k = ByteText.key(w)
            if TextVocabulary.functionWords.contains(k) || extra.contains(k) { n += 1 }
        }
        functionWords = n
    }

    init(_ b: [UInt8], lower: [UInt8]) {
        bytes = b.count
        let n = b.count
        var nScalars = 0, nCjkScalars = 0, nCodePunctuation = 0, nCodeTokens = 0, nSentenceEnds = 0
        b.withUnsafeBufferPointer { b in
            Self.punctuationBytes.withUnsafeBufferPointer { isPunctuation in
                for i in 0..<n {
                    let c = b[i]
                    // scalars and CJK lead bytes counted branch-free; only punctuation takes the switch
                    nScalars &+= c & 0xC0 != 0x80 ? 1 : 0
                    nCjkScalars &+= c >= 0xE3 && c <= 0xED ? 1 : 0
                    guard isPunctuation[Int(c)] else { continue }
                    switch c {
                    case 0x7B, 0x7D, 0x3B, 0x3D, 0x3C, 0x3E, 0x7C, 0x5C, 0x24, 0x5B, 0x5D, 0x5F:
                        nCodePunctuation += 1
                        // `){`, `};`, `=>`, `&&`-like pairs and `;x` with no space after are code tokens
                        if i + 1 < n {
                            let d = b[i + 1]
                            if (c == 0x3B || c == 0x7B || c == 0x7D) && d != 0x20 { nCodeTokens += 1 }
                            if c == 0x3D && (d == 0x3E || d == 0x3D) { nCodeTokens += 1 }
                        }
                    case 0x28:  // "(" right after a word char and followed by non-space: call syntax f(x
                        if i > 0, ByteText.isWordByte(b[i - 1]) || b[i - 1] == 0x29, i + 1 < n, b[i + 1] != 0x20 {
                            nCodeTokens += 1
                        }
                    case 0x2E:  // "." between identifiers: a.b
                        if i > 0, i + 1 < n, ByteText.isASCIILetter(b[i - 1]), ByteText.isASCIILetter(b[i + 1]) {
                            nCodeTokens += 1
                        } else if i + 2 < n, b[i + 1] == 0x20, ByteText.isUpper(b[i + 2]) || b[i + 2] >= 0xC0 || b[i + 2] == 0x22 {
                            nSentenceEnds += 1
                        }
                    case 0x3A:  // "x:y" with no space (CSS declarations, JSON)
                        if i > 0, i + 1 < n, b[i + 1] != 0x20, b[i + 1] != 0x2F, ByteText.isASCIILetter(b[i - 1]) || b[i - 1] == 0x22 {
                            if !(ByteText.isDigit(b[i + 1]) && i > 0 && ByteText.isDigit(b[i - 1])) { nCodeTokens += 1 }
                        }
                    case 0x21, 0x3F:
                        if i + 2 < n, b[i + 1] == 0x20, ByteText.isUpper(b[i + 2]) { nSentenceEnds += 1 }
                    case 0x26:
                        if i + 1 < n, b[i + 1] == 0x26 { nCodeTokens += 1 }
                    case 0xE3:
                        if i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0x82 { nSentenceEnds += 1 }  // 。
                    default: break
                    }
                }
            }
        }
        self.scalars = nScalars
        self.cjkScalars = nCjkScalars
        self.codePunctuation = nCodePunctuation
        self.codeTokens = nCodeTokens
        self.sentenceEnds = nSentenceEnds
        if ByteText.contains(lower, Self.schemeSeparator) || ByteText.contains(lower, Self.www) { hasURL = true }
        // final punctuation, skipping closing quotes and brackets
        var j = n - 1
        while j >= 0 {
            let c = b[j]
            if c == 0x22 || c == 0x27 || c == 0x29 || c == 0x20 || c == 0x2A { j -= 1; continue }
            if c == 0x9D || c == 0x99, j >= 2, b[j - 2] == 0xE2, b[j - 1] == 0x80 { j -= 3; continue }  // ” ’
            break
        }
        if j >= 0 {
            let c = b[j]
            if c == 0x2E || c == 0x21 || c == 0x3F || c == 0x3A {
                endsWithSentencePunctuation = true
                if c == 0x2E, j >= 2, b[j - 1] == 0x2E, b[j - 2] == 0x2E { endsWithEllipsis = true }
            } else if c == 0xA6, j >= 2, b[j - 2] == 0xE2, b[j - 1] == 0x80 {  // …
                endsWithSentencePunctuation = true
                endsWithEllipsis = true
            } else if j >= 2, b[j - 2] == 0xE3, b[j - 1] == 0x80, b[j] == 0x82 {  // 。
                endsWithSentencePunctuation = true
            } else if j >= 2, b[j - 2] == 0xEF, b[j - 1] == 0xBC, b[j] == 0x81 || b[j] == 0x9F {  // ！？
                endsWithSentencePunctuation = true
            }
        }
        if endsWithSentencePunctuation { sentenceEnds += 1 }

        let wordFlags = Self.wordFlags  // read once: a static inside the closure is a lazy-init check per word
        b.withUnsafeBufferPointer { p in
            ByteText.forEachWord(p) { start, end in
                words += 1
                let count = end - start
                longestWord = max(longestWord, count)
                let f = p[start]
                var ascii = f < 0x80
                if ByteText.isUpper(f) { capitalizedWords += 1 } else if ByteText.isLower(f) { lowercaseWords += 1 }
                else if ByteText.isDigit(f) { numericWords += 1 }
                else if f >= 0xC3 {
                    // Latin-1/Cyrillic capitals: lead byte C3 80–9E or D0 80–AF
                    if start + 1 < end {
                        let t = p[start + 1]
                        if (f == 0xC3 && t < 0x9F) || (f == 0xD0 && t < 0xB0) { capitalizedWords += 1 } else { lowercaseWords += 1 }
                    }
                }
                guard count <= 12 else { return }
                if ascii {
                    for i in (start + 1)..<end where p[i] >= 0x80 {
                        ascii = false
                        break
                    }
                }
                if ascii {
                    let flags = wordFlags.flags(p, start, end)
                    if flags.isEmpty { return }
                    if flags.contains(.function) { functionWords += 1 }
                    if flags.contains(.interface) { interfaceWords += 1 }
                    if flags.contains(.firstPersonPlural) { firstPersonPlural += 1 }
                    if flags.contains(.secondPerson) { secondPerson += 1 }
                    if flags.contains(.firstPersonSingular) { firstPersonSingular += 1 }
                    return
                }
                let k = ByteText.key(b[start..<end])
                if TextVocabulary.functionWords.contains(k) { functionWords += 1 }
                if TextVocabulary.interfaceWords.contains(k) { interfaceWords += 1 }
                switch k {
                case "we", "our", "us", "ours": firstPersonPlural += 1
                case "you", "your", "yours": secondPerson += 1
                case "i", "my", "me", "i'm", "i've", "i’m", "i’ve", "mine": firstPersonSingular += 1
                default: break
                }
            }
        }
        // chrome vocabulary counts only in short blocks; nags, appeals, credits and footers are
        // short too, so very long blocks (prose or code) skip the phrase pass
        if bytes <= 4_000 {
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 5) { counts in
                TextVocabulary.blockPhrases.counts(in: lower, groupMask: bytes <= 400 ? 0b11111 : 0b11110, into: counts)
                chromeHits = counts[0]
                nagHits = counts[1]
                appealHits = counts[2]
                creditHits = counts[3]
                legalHits = counts[4]
            }
        }
    }
}
