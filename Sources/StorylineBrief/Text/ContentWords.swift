/// Content words of English text: lower-cased word tokens minus function words, each reduced
/// to a light stem, so that "troops" in a brief sentence matches "troop" in its source.
/// Shared by the writers' support check and the selection scores, so both measure the same thing.
public enum ContentWords {
    /// The stems of the content words of `text`, in order of appearance (repeats kept).
    public static func stems(_ text: String) -> [String] {
        tokens(text).compactMap { token in
            if stopwords.contains(token) { return nil }
            if token.count < 2, !(token.first?.isNumber ?? false) { return nil }
            return stem(token)
        }
    }

    /// The set of stems of the content words of `text`.
    public static func stemSet(_ text: String) -> Set<String> { Set(stems(text)) }

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
        @inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
        @inline(__always) func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 }
        var current: [UInt8] = []
        current.reserveCapacity(24)
        var skipping = false
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if isLetter(c) || isDigit(c) {
                if !skipping { current.append(isLetter(c) ? c | 0x20 : c) }
            } else if c == 39, !current.isEmpty, i + 1 < n, isLetter(b[i + 1]) {
                skipping = true
            } else if c == 44 || c == 46, let last = current.last, isDigit(last), i + 1 < n, isDigit(b[i + 1]) {
                // digit separator
            } else {
                if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
                current.removeAll(keepingCapacity: true)
                skipping = false
            }
            i += 1
        }
        if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)) }
    }

    /// A light suffix-stripping stemmer (plural, past tense, gerund, adverb), enough to match
    /// inflected forms of the same word; it never needs to produce real words.
    public static func stem(_ word: String) -> String {
        let first = word.utf8.first ?? 0
        guard word.utf8.count > 3, !(first >= 48 && first <= 57) else { return word }
        if let irregular = irregularForms[word] { return irregular }
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return stemCharacters(word) }
        var w = Array(word.utf8)
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
        return String(decoding: w, as: UTF8.self)
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
