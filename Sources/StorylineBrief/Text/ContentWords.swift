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
    /// ("1,500" → "1500", "2.5" → "25"), so written numbers compare as numbers.
    public static func tokens(_ text: String) -> [String] {
        var out: [String] = []
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

    /// A light suffix-stripping stemmer (plural, past tense, gerund, adverb), enough to match
    /// inflected forms of the same word; it never needs to produce real words.
    public static func stem(_ word: String) -> String {
        var w = word
        guard w.count > 3, !(w.first?.isNumber ?? false) else { return w }
        if let irregular = irregularForms[w] { return irregular }
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
