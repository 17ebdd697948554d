import Foundation

/// Normal forms of names for alias matching: case, diacritics, hyphens, periods and
/// apostrophes folded ("Kim Jong-un" → ["kim", "jong", "un"]), leading titles and articles
/// dropped ("Mr Kim" → ["kim"], "the Pentagon" → ["pentagon"]).
public enum NameNormalizer {
    /// Honorifics, ranks and offices that precede names and are not part of them.
    public static let titles: Set<String> = [
        "mr", "mrs", "ms", "mx", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "gen", "general",
        "lt", "lieutenant", "col", "colonel", "maj", "major", "capt", "captain", "sgt", "sergeant", "adm", "admiral",
        "cmdr", "commander", "marshal", "president", "vice", "premier", "chairman", "chairwoman", "chair",
        "leader", "minister", "prime", "foreign", "defence", "defense", "secretary", "sen", "senator", "rep",
        "representative", "gov", "governor", "mayor", "king", "queen", "prince", "princess", "pope", "rev",
        "reverend", "father", "sheikh", "ayatollah", "judge", "justice", "ambassador", "envoy", "chancellor",
        "supreme", "comrade", "deputy", "spokesman", "spokeswoman", "spokesperson", "st", "saint",
    ]

    static let articles: Set<String> = ["the", "a", "an"]

    /// Lower-case tokens of a name, without leading titles or articles (all of them if nothing else is left).
    public static func tokens(_ name: String) -> [String] {
        let all = rawTokens(name)
        var i = 0
        while i < all.count - 1, titles.contains(all[i]) || articles.contains(all[i]) { i += 1 }
        return Array(all[i...])
    }

    /// Lower-case, diacritic-free tokens split at spaces, hyphens and periods; "'s" removed.
    public static func rawTokens(_ name: String) -> [String] {
        if let fast = name.utf8.withContiguousStorageIfAvailable(asciiRawTokens), let tokens = fast { return tokens }
        return foldedRawTokens(name)
    }

    /// `rawTokens` for any name, through Foundation's case and diacritic folding.
    static func foldedRawTokens(_ name: String) -> [String] {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out: [String] = []
        var cur = ""
        var scalars = Array(folded.unicodeScalars)
        // Possessive at the end.
        if scalars.count > 2, scalars[scalars.count - 1] == "s", ScalarClass.isApostrophe(scalars[scalars.count - 2]) {
            scalars.removeLast(2)
        }
        for c in scalars {
            if ScalarClass.isLetterOrDigit(c) {
                cur.unicodeScalars.append(c)
            } else if ScalarClass.isApostrophe(c) {
                continue
            } else if !cur.isEmpty {
                out.append(cur)
                cur = ""
            }
        }
        if !cur.isEmpty { out.append(cur) }
        // "U.S." gives ["u", "s"]: runs of single letters are one token ("us").
        var joined: [String] = []
        var lastWasLetter = false
        for t in out {
            if t.count == 1, lastWasLetter {
                joined[joined.count - 1] += t
            } else {
                joined.append(t)
            }
            lastWasLetter = t.count == 1
        }
        return joined
    }

    /// `rawTokens` of an all-ASCII name, from its bytes: folding is then plain lower-casing,
    /// the only apostrophe is "'" and letters and digits are [a-z0-9]. Nil for any other name.
    static func asciiRawTokens(_ b: UnsafeBufferPointer<UInt8>) -> [String]? {
        for x in b where x >= 0x80 { return nil }
        @inline(__always) func lower(_ x: UInt8) -> UInt8 { x >= 65 && x <= 90 ? x + 32 : x }
        var n = b.count
        // Possessive at the end.
        if n > 2, lower(b[n - 1]) == 115, b[n - 2] == 39 { n -= 2 }
        var out: [String] = []
        var lastWasLetter = false
        var cur: [UInt8] = []
        func flush() {
            // "U.S." gives ["u", "s"]: runs of single letters are one token ("us").
            if cur.count == 1, lastWasLetter {
                out[out.count - 1] += String(decoding: cur, as: UTF8.self)
            } else {
                out.append(String(decoding: cur, as: UTF8.self))
            }
            lastWasLetter = cur.count == 1
            cur.removeAll(keepingCapacity: true)
        }
        for k in 0..<n {
            let c = lower(b[k])
            if (c >= 97 && c <= 122) || (c >= 48 && c <= 57) {
                cur.append(c)
            } else if c == 39 {
                continue
            } else if !cur.isEmpty {
                flush()
            }
        }
        if !cur.isEmpty { flush() }
        return out
    }

    /// The surface form with leading titles and articles removed ("Mr Kim" → "Kim").
    public static func strippingTitles(_ name: String) -> String {
        if let fast = name.utf8.withContiguousStorageIfAvailable({ asciiStrippingTitles(name, $0) }), let result = fast {
            return result
        }
        return characterStrippingTitles(name)
    }

    /// `strippingTitles` for any name, over its characters.
    static func characterStrippingTitles(_ name: String) -> String {
        var words = name.split(separator: " ", omittingEmptySubsequences: true)
        while words.count > 1 {
            let w = words[0].lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "."))
            guard titles.contains(w) || articles.contains(w) else { break }
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    /// `strippingTitles` of an all-ASCII name from its bytes; the name itself when nothing
    /// changes. Nil for any other name.
    static func asciiStrippingTitles(_ name: String, _ b: UnsafeBufferPointer<UInt8>) -> String? {
        var words: [Range<Int>] = []
        var start = -1
        for k in 0...b.count {
            if k < b.count, b[k] >= 0x80 { return nil }
            if k == b.count || b[k] == 32 {
                if start >= 0 { words.append(start..<k) }
                start = -1
            } else if start < 0 {
                start = k
            }
        }
        var first = 0
        while words.count - first > 1 {
            var r = words[first]
            while !r.isEmpty, b[r.lowerBound] == 46 { r = r.lowerBound + 1..<r.upperBound }
            while !r.isEmpty, b[r.upperBound - 1] == 46 { r = r.lowerBound..<r.upperBound - 1 }
            let w = String(decoding: UnsafeBufferPointer(rebasing: b[r]).lazy.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }, as: UTF8.self)
            guard titles.contains(w) || articles.contains(w) else { break }
            first += 1
        }
        // Unchanged: no word dropped and single spaces only between words.
        if first == 0 {
            let letters = words.reduce(0) { $0 + $1.count }
            let spaces = b.count - letters
            let tight = words.isEmpty ? b.isEmpty : words[0].lowerBound == 0 && words[words.count - 1].upperBound == b.count
            if tight && spaces == max(0, words.count - 1) { return name }
        }
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        for r in words[first...] {
            if !out.isEmpty { out.append(32) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[r]))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Edit distance (insertions, deletions, substitutions, adjacent transpositions), capped:
    /// returns `limit + 1` as soon as the distance must exceed `limit`.
    public static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var prev2 = [Int](repeating: 0, count: y.count + 1)
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                var v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { v = min(v, prev2[j - 2] + 1) }
                cur[j] = v
                rowMin = min(rowMin, v)
            }
            if rowMin > limit { return limit + 1 }
            (prev2, prev, cur) = (prev, cur, prev2)
        }
        return prev[y.count]
    }

    /// Whether two name tokens are spelling variants: equal, or long and one edit apart
    /// with the same first letter ("zelensky" / "zelenskyy").
    public static func sameToken(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard min(a.count, b.count) >= 6, a.first == b.first else { return false }
        return editDistance(a, b, limit: 1) <= 1
    }
}
