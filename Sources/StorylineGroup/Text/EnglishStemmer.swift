/// A small English suffix stripper in the spirit of Porter (1980): plurals, past tenses and
/// gerunds, then the common derivational endings, so "deployed", "deploying" and "deployment"
/// meet at "deploy". It is tuned for matching news words, not for linguistic roots; words with
/// non-ASCII letters and words shorter than four letters pass through unchanged.
public enum EnglishStemmer {
    public static func stem(_ word: [UInt8]) -> [UInt8] {
        guard word.count > 3, word.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
        var w = word
        step1a(&w)
        step1b(&w)
        if w.count > 2, w.last == 121, hasVowel(w, before: w.count - 1) { w[w.count - 1] = 105 }  // y -> i
        step2(&w)
        step3(&w)
        step4(&w)
        if w.count > 4, w.last == 101 { w.removeLast() }  // final e
        if w.count > 3, w[w.count - 1] == 108, w[w.count - 2] == 108 { w.removeLast() }  // ll -> l
        return w
    }

    @inline(__always) static func isVowel(_ w: [UInt8], _ i: Int) -> Bool {
        switch w[i] {
        case 97, 101, 105, 111, 117: return true
        case 121: return i > 0 && !isVowel(w, i - 1)
        default: return false
        }
    }

    static func hasVowel(_ w: [UInt8], before end: Int) -> Bool {
        for i in 0..<end where isVowel(w, i) { return true }
        return false
    }

    /// Porter's m: the number of vowel-consonant sequences in the stem w[0..<end].
    static func measure(_ w: [UInt8], _ end: Int) -> Int {
        var m = 0
        var i = 0
        while i < end, !isVowel(w, i) { i += 1 }
        while i < end {
            while i < end, isVowel(w, i) { i += 1 }
            if i >= end { break }
            while i < end, !isVowel(w, i) { i += 1 }
            m += 1
        }
        return m
    }

    static func ends(_ w: [UInt8], _ suffix: StaticString) -> Bool {
        let n = suffix.utf8CodeUnitCount
        guard w.count > n else { return false }
        let p = suffix.utf8Start
        for k in 0..<n where w[w.count - n + k] != p[k] { return false }
        return true
    }

    static func replace(_ w: inout [UInt8], _ suffix: StaticString, _ with: StaticString, minMeasure: Int) -> Bool {
        guard ends(w, suffix) else { return false }
        let stemEnd = w.count - suffix.utf8CodeUnitCount
        guard measure(w, stemEnd) >= minMeasure else { return true }
        w.removeLast(suffix.utf8CodeUnitCount)
        w.append(contentsOf: UnsafeBufferPointer(start: with.utf8Start, count: with.utf8CodeUnitCount))
        return true
    }

    static func step1a(_ w: inout [UInt8]) {
        if ends(w, "sses") { w.removeLast(2) }
        else if ends(w, "ies") { w.removeLast(2) }
        else if ends(w, "ss") || ends(w, "us") || ends(w, "is") {}
        else if ends(w, "s") { w.removeLast() }
    }

    static func step1b(_ w: inout [UInt8]) {
        if ends(w, "eed") {
            if measure(w, w.count - 3) > 0 { w.removeLast() }
            return
        }
        var cut = 0
        if ends(w, "ed"), hasVowel(w, before: w.count - 2) { cut = 2 }
        else if ends(w, "ing"), hasVowel(w, before: w.count - 3) { cut = 3 }
        guard cut > 0, w.count - cut >= 3 else { return }
        w.removeLast(cut)
        if ends(w, "at") || ends(w, "bl") || ends(w, "iz") {
            w.append(101)
        } else if w.count > 2, w[w.count - 1] == w[w.count - 2], !isVowel(w, w.count - 1),
            ![108, 115, 122].contains(w[w.count - 1])
        {
            w.removeLast()
        } else if measure(w, w.count) == 1, w.count >= 3, !isVowel(w, w.count - 1), isVowel(w, w.count - 2),
            !isVowel(w, w.count - 3), ![119, 120, 121].contains(w[w.count - 1])
        {
            w.append(101)
        }
    }

    static func step2(_ w: inout [UInt8]) {
        let rules: [(StaticString, StaticString)] = [
            ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
            ("abli", "able"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
            ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
            ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ]
        for (s, r) in rules where replace(&w, s, r, minMeasure: 1) { return }
    }

    static func step3(_ w: inout [UInt8]) {
        let rules: [(StaticString, StaticString)] = [
            ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"), ("ful", ""), ("ness", ""),
        ]
        for (s, r) in rules where replace(&w, s, r, minMeasure: 1) { return }
    }

    static func step4(_ w: inout [UInt8]) {
        let suffixes: [StaticString] = [
            "ement", "ment", "ance", "ence", "able", "ible", "ant", "ent", "ism", "ate", "iti", "ous", "ive",
            "ize", "ion", "al", "er", "ic", "ou",
        ]
        for s in suffixes where ends(w, s) {
            let stemEnd = w.count - s.utf8CodeUnitCount
            if measure(w, stemEnd) > 1 {
                if s.utf8CodeUnitCount == 3, ends(w, "ion"), stemEnd > 0, w[stemEnd - 1] != 115, w[stemEnd - 1] != 116 {
                    return
                }
                w.removeLast(s.utf8CodeUnitCount)
            }
            return
        }
    }
}
