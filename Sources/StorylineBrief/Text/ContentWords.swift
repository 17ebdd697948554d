/// Content words of English text: lower-cased word tokens minus function words, each reduced
/// to a light stem, so that "troops" in a brief sentence matches "troop" in its source.
/// Shared by the writers' support check and the selection scores, so both measure the same thing.
public enum ContentWords {
    /// The stems of the content words of `text`, in order of appearance (repeats kept).
    public static func stems(_ text: String) -> [String] {
        var out: [String] = []
        forEachStem(text) { out.append($0) }
        return out
    }

    /// The set of stems of the content words of `text`.
    public static func stemSet(_ text: String) -> Set<String> {
        var out = Set<String>()
        forEachStem(text) { out.insert($0) }
        return out
    }

    /// Calls `body` with each of `stems(text)` in order. ASCII text is read straight from its
    /// bytes: stop words and single letters are dropped and words stemmed before any token
    /// becomes a String (this runs on every sentence of every story). Other text is
    /// tokenized by scalars, its ASCII tokens still stemmed from their bytes.
    static func forEachStem(_ text: String, _ body: (String) -> Void) {
        var copy = text
        let ascii = copy.withUTF8 { b -> Bool in
            guard isASCII(b) else { return false }
            forEachASCIIToken(b) { token in
                if let stem = contentStem(token) { body(stem) }
            }
            return true
        }
        if ascii { return }
        forEachToken(text) { bytes, ascii in
            if ascii {
                if let stem = contentStem(bytes) { body(stem) }
                return
            }
            let token = String(decoding: bytes, as: UTF8.self)
            if stopwords.contains(token) { return }
            if token.count < 2, !(token.first?.isNumber ?? false) { return }
            body(stem(token))
        }
    }

    /// The tokens of `tokens(text)` as UTF-8 bytes, each with whether it is all ASCII (then
    /// `contentStem` reads it exactly as the String rules would). The same rules as `tokens`,
    /// with ASCII scalars classified by their value and only others by Unicode properties.
    static func forEachToken(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Void) {
        var copy = text
        copy.withUTF8 { b in
            let n = b.count
            // The scalar at byte `i` and its length (a String's UTF-8 is always valid).
            @inline(__always) func decode(_ i: Int) -> (Unicode.Scalar, Int) {
                let c0 = UInt32(b[i])
                if c0 < 0x80 { return (Unicode.Scalar(UInt8(c0)), 1) }
                if c0 < 0xE0 { return (Unicode.Scalar((c0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F))!, 2) }
                if c0 < 0xF0 {
                    let v = (c0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                    return (Unicode.Scalar(v)!, 3)
                }
                let v = (c0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6
                    | UInt32(b[i + 3] & 0x3F)
                return (Unicode.Scalar(v)!, 4)
            }
            @inline(__always) func isAlphabetic(_ c: Unicode.Scalar) -> Bool {
                c.isASCII ? (c.value | 0x20) >= 97 && (c.value | 0x20) <= 122 : c.properties.isAlphabetic
            }
            @inline(__always) func isNumeric(_ c: Unicode.Scalar) -> Bool {
                c.isASCII ? c.value >= 48 && c.value <= 57 : c.properties.numericType != nil
            }
            var current: [UInt8] = []
            current.reserveCapacity(64)
            var ascii = true
            // The last scalar appended to the token (`current.last` of `tokens`).
            var last: Unicode.Scalar?
            var skippingPossessive = false
            var i = 0
            while i < n {
                let (c, length) = decode(i)
                let next = i + length
                if isAlphabetic(c) || isNumeric(c) {
                    if !skippingPossessive {
                        if c.isASCII {
                            let v = UInt8(c.value)
                            let lower = v >= 65 && v <= 90 ? v | 0x20 : v
                            current.append(lower)
                            last = Unicode.Scalar(lower)
                        } else {
                            for l in c.properties.lowercaseMapping.unicodeScalars {
                                current.append(contentsOf: UTF8.encode(l)!)
                                if !l.isASCII { ascii = false }
                                last = l
                            }
                        }
                    }
                } else if (c == "'" || c == "\u{2019}"), !current.isEmpty, next < n, isAlphabetic(decode(next).0) {
                    // "Kim's", "don't": the part after the apostrophe is not a separate content word.
                    skippingPossessive = true
                } else if (c == "," || c == "."), let last, isNumeric(last), next < n, isNumeric(decode(next).0) {
                    // A digit separator: keep the number whole.
                } else {
                    if !current.isEmpty { current.withUnsafeBufferPointer { body($0, ascii) } }
                    current.removeAll(keepingCapacity: true)
                    ascii = true
                    last = nil
                    skippingPossessive = false
                }
                i = next
            }
            if !current.isEmpty { current.withUnsafeBufferPointer { body($0, ascii) } }
        }
    }

    /// Content words of an ASCII text with their stems, as `ClaimMeasure.window` reads them:
    /// words of two or more characters that are neither stop words nor numbers. nil when the
    /// text is not ASCII.
    static func asciiWordsAndStems(_ text: Substring) -> [(word: String, stem: String)]? {
        var copy = text
        return copy.withUTF8 { b -> [(word: String, stem: String)]? in
            guard isASCII(b) else { return nil }
            var out: [(word: String, stem: String)] = []
            forEachASCIIToken(b) { token in
                guard token.count >= 2, !(token[0] >= 48 && token[0] <= 57), !isStopword(token) else { return }
                out.append((String(decoding: token, as: UTF8.self), asciiStem(token)))
            }
            return out
        }
    }

    /// Content words of any text with their stems, by the rules of `asciiWordsAndStems`:
    /// ASCII tokens read on their bytes, others as Strings.
    static func wordsAndStems(_ text: Substring) -> [(word: String, stem: String)] {
        if let fast = asciiWordsAndStems(text) { return fast }
        var out: [(word: String, stem: String)] = []
        forEachToken(String(text)) { token, ascii in
            if ascii {
                guard token.count >= 2, !(token[0] >= 48 && token[0] <= 57), !isStopword(token) else { return }
                out.append((String(decoding: token, as: UTF8.self), asciiStem(token)))
                return
            }
            let t = String(decoding: token, as: UTF8.self)
            guard !stopwords.contains(t), t.count >= 2, !(t.first?.isNumber ?? false) else { return }
            out.append((t, stem(t)))
        }
        return out
    }

    @inline(__always) static func isASCII(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for c in b where c >= 0x80 { return false }
        return true
    }

    /// The stem a token contributes to `stems`, or nil for a stop word or a single letter.
    @inline(__always) private static func contentStem(_ token: UnsafeBufferPointer<UInt8>) -> String? {
        let first = token[0]
        let digit = first >= 48 && first <= 57
        if token.count < 2 && !digit { return nil }
        if !digit && isStopword(token) { return nil }
        return asciiStem(token)
    }

    /// `stem` of an ASCII token given as bytes.
    static func asciiStem(_ token: UnsafeBufferPointer<UInt8>) -> String {
        let first = token[0]
        guard token.count > 3, !(first >= 48 && first <= 57) else { return String(decoding: token, as: UTF8.self) }
        if let irregular = irregular(token) { return irregular }
        var w = Array(token)
        stemBytes(&w)
        return String(decoding: w, as: UTF8.self)
    }

    /// Calls `body` with each token `tokens` would produce from ASCII bytes (lower-cased).
    @inline(__always) static func forEachASCIIToken(
        _ b: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        @inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        @inline(__always) func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, b.count)) { current in
            var count = 0
            var skipping = false
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if isLetter(c) || isDigit(c) {
                    if !skipping {
                        current[count] = isLetter(c) ? c | 0x20 : c
                        count += 1
                    }
                } else if c == 39, count > 0, i + 1 < n, isLetter(b[i + 1]) {
                    skipping = true
                } else if c == 44 || c == 46, count > 0, isDigit(current[count - 1]), i + 1 < n, isDigit(b[i + 1]) {
                    // digit separator
                } else {
                    if count > 0 { body(UnsafeBufferPointer(rebasing: current[0..<count])) }
                    count = 0
                    skipping = false
                }
                i += 1
            }
            if count > 0 { body(UnsafeBufferPointer(rebasing: current[0..<count])) }
        }
    }

    /// Stop words as bytes, bucketed by length and first letter, for lookups without hashing.
    private static let stopwordBuckets: [[[UInt8]]] = {
        var buckets = Array(repeating: [[UInt8]](), count: 16 * 26)
        for w in stopwords {
            let b = Array(w.utf8)
            guard let k = bucket(b.count, b[0]) else { continue }
            buckets[k].append(b)
        }
        return buckets
    }()

    private static let irregularBuckets: [[([UInt8], String)]] = {
        var buckets = Array(repeating: [([UInt8], String)](), count: 16 * 26)
        for (w, stem) in irregularForms {
            let b = Array(w.utf8)
            guard let k = bucket(b.count, b[0]) else { continue }
            buckets[k].append((b, stem))
        }
        return buckets
    }()

    @inline(__always) private static func bucket(_ count: Int, _ first: UInt8) -> Int? {
        guard count < 16, first >= 97, first <= 122 else { return nil }
        return count * 26 + Int(first - 97)
    }

    @inline(__always) private static func equal(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        for k in 0..<a.count where a[k] != b[k] { return false }
        return true
    }

    /// Whether the lower-case ASCII token is one of `stopwords`.
    static func isStopword(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let k = bucket(token.count, token[0]) else { return false }
        for w in stopwordBuckets[k] where equal(w, token) { return true }
        return false
    }

    private static func irregular(_ token: UnsafeBufferPointer<UInt8>) -> String? {
        guard let k = bucket(token.count, token[0]) else { return nil }
        for (w, stem) in irregularBuckets[k] where equal(w, token) { return stem }
        return nil
    }

    /// Lower-case word tokens. Letters and digits join; an apostrophe inside a word is kept
    /// out of the token ("Kim's" → "kim"), and commas or periods between digits are dropped
    /// ("1,500" → "1500", "2.5" → "25"), so written numbers compare as numbers. ASCII text
    /// takes a byte fast path; other text goes through Unicode scalar properties.
    public static func tokens(_ text: String) -> [String] {
        var out: [String] = []
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        if isASCII {
            var copy = text
            copy.withUTF8 { asciiTokens($0, into: &out) }
            return out
        }
        var current = String.UnicodeScalarView()
        var skippingPossessive = false
        let scalars = Array(text.unicodeScalars)
        func flush() {
            if !current.isEmpty { out.append(String(current)) }
            current = String.UnicodeScalarView()
            skippingPossessive = false
        }
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c.properties.isAlphabetic || c.properties.numericType != nil {
                if !skippingPossessive {
                    for l in c.properties.lowercaseMapping.unicodeScalars { current.append(l) }
                }
            } else if (c == "'" || c == "\u{2019}"), !current.isEmpty, i + 1 < scalars.count,
                scalars[i + 1].properties.isAlphabetic
            {
                // "Kim's", "don't": the part after the apostrophe is not a separate content word.
                skippingPossessive = true
            } else if (c == "," || c == "."), let last = current.last,
                last.properties.numericType != nil, i + 1 < scalars.count,
                scalars[i + 1].properties.numericType != nil
            {
                // A digit separator: keep the number whole.
            } else {
                flush()
            }
            i += 1
        }
        flush()
        return out
    }

    /// The same rules as `tokens` over ASCII bytes.
    private static func asciiTokens(_ b: UnsafeBufferPointer<UInt8>, into out: inout [String]) {
        forEachASCIIToken(b) { out.append(String(decoding: $0, as: UTF8.self)) }
    }

    /// A light suffix-stripping stemmer (plural, past tense, gerund, adverb), enough to match
    /// inflected forms of the same word; it never needs to produce real words.
    public static func stem(_ word: String) -> String {
        let first = word.utf8.first ?? 0
        guard word.utf8.count > 3, !(first >= 48 && first <= 57) else { return word }
        if let irregular = irregularForms[word] { return irregular }
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return stemCharacters(word) }
        var w = Array(word.utf8)
        stemBytes(&w)
        return String(decoding: w, as: UTF8.self)
    }

    /// The suffix rules of `stem` over the bytes of an ASCII word of four or more letters.
    private static func stemBytes(_ w: inout [UInt8]) {
        func ends(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard w.count >= n else { return false }
            let p = suffix.utf8Start
            for k in 0..<n where w[w.count - n + k] != p[k] { return false }
            return true
        }
        let y = UInt8(ascii: "y")
        if ends("ies"), w.count > 4 {
            w.removeLast(3)
            w.append(y)
        } else if ends("sses") {
            w.removeLast(2)
        } else if ends("s"), !ends("ss"), !ends("us"), !ends("is") {
            w.removeLast()
        }
        if ends("ing"), w.count > 5 {
            w.removeLast(3)
            undoubleBytes(&w)
        } else if ends("ied"), w.count > 4 {
            w.removeLast(3)
            w.append(y)
        } else if ends("ed"), w.count > 4 {
            w.removeLast(2)
            undoubleBytes(&w)
        } else if ends("ly"), w.count > 5 {
            w.removeLast(2)
        }
        if ends("e"), w.count > 4 { w.removeLast() }
    }

    private static func undoubleBytes(_ w: inout [UInt8]) {
        let n = w.count
        if n >= 2, w[n - 1] == w[n - 2], !"lsz".utf8.contains(w[n - 1]) { w.removeLast() }
    }

    /// `stem` for words with non-ASCII letters, by characters.
    private static func stemCharacters(_ word: String) -> String {
        var w = word
        if w.hasSuffix("ies"), w.count > 4 {
            w.removeLast(3)
            w += "y"
        } else if w.hasSuffix("sses") {
            w.removeLast(2)
        } else if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("us"), !w.hasSuffix("is") {
            w.removeLast()
        }
        if w.hasSuffix("ing"), w.count > 5 {
            w.removeLast(3)
            w = undouble(w)
        } else if w.hasSuffix("ied"), w.count > 4 {
            w.removeLast(3)
            w += "y"
        } else if w.hasSuffix("ed"), w.count > 4 {
            w.removeLast(2)
            w = undouble(w)
        } else if w.hasSuffix("ly"), w.count > 5 {
            w.removeLast(2)
        }
        if w.hasSuffix("e"), w.count > 4 { w.removeLast() }
        return w
    }

    private static func undouble(_ w: String) -> String {
        let chars = Array(w)
        if chars.count >= 2, chars[chars.count - 1] == chars[chars.count - 2], !"lsz".contains(chars[chars.count - 1]) {
            return String(chars.dropLast())
        }
        return w
    }

    private static let irregularForms: [String: String] = [
        "said": "say", "says": "say", "told": "tell", "went": "go", "gone": "go", "sent": "send",
        "met": "meet", "made": "make", "took": "take", "taken": "take", "gave": "give", "given": "give",
        "held": "hold", "began": "begin", "begun": "begin", "fought": "fight", "brought": "bring",
        "thought": "think", "left": "leave", "won": "win", "lost": "lose", "saw": "see", "seen": "see",
        "came": "come", "knew": "know", "known": "know", "led": "lead", "wrote": "write", "written": "write",
        "children": "child", "men": "man", "women": "woman", "people": "people",
    ]

    /// English function words; pronouns and auxiliaries carry no claim of their own.
    public static let stopwords: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
        "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can",
        "could", "did", "do", "does", "doing", "down", "during", "each", "either", "few", "for", "from",
        "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself",
        "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might",
        "more", "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once",
        "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "shall", "she",
        "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves",
        "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
        "upon", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
        "whose", "why", "will", "with", "would", "you", "your", "yours", "yourself", "mr", "mrs", "ms", "dr",
        "however", "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless", "still", "yet",
        "thus", "therefore", "although", "though", "even", "ever", "many", "several", "another", "onto",
        "within", "without", "among", "amid", "via", "per", "s", "t", "don", "one's",
    ]
}
