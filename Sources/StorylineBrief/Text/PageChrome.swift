/// Sentences a page speaks to its reader rather than about the story: sign-up nags, app
/// promotions, calls to action ("Pick the outlets you trust and we'll do the rest.",
/// "Get the app", "Already a subscriber? Log in"). Reporting talks about people in the
/// story; the page's furniture talks to "you" about "us", accounts, apps and newsletters,
/// or opens with an imperative aimed at the reader.
enum PageChrome {
    /// Openings that are commands to the reader, never the start of a news sentence.
    static let imperativeOpenings: [String] = [
        "sign up", "sign in", "log in", "login", "subscribe", "download", "follow us", "follow our", "join us",
        "join our", "join the conversation", "register", "get the", "get our", "get unlimited", "get access",
        "get breaking", "get the latest", "read more", "read the", "read our", "keep reading", "continue reading",
        "click", "tap", "share this", "share on", "support us", "support our", "become a", "try it", "try our",
        "try for", "start your", "start reading", "unlock", "listen to", "watch:", "watch the video", "don't miss",
        "never miss", "stay informed", "stay up to date", "enjoy unlimited", "pick the", "choose the", "want to",
        "like what", "enjoying", "already a", "have an account", "find out more", "learn more", "see more",
        "more stories", "related:", "advertisement", "we use cookies", "this article", "this story was",
        "this site", "thank you for", "thanks for reading", "enter your", "leave a comment", "comments are",
    ]
    /// Words of the page's business with the reader: accounts, apps, subscriptions, mail.
    static let promoWords: Set<String> = [
        "account", "accounts", "app", "apps", "subscribe", "subscriber", "subscribers", "subscription",
        "subscriptions", "membership", "member", "members", "newsletter", "newsletters", "inbox", "email", "e-mail",
        "sign", "signup", "login", "log", "download", "notification", "notifications", "alerts", "trial", "free",
        "feed", "feeds", "outlets", "headlines", "journalism", "ad-free", "offer", "unlimited", "premium", "follow",
        "updates", "briefing", "podcast", "register", "registered", "donate", "donation", "support", "cookies",
    ]
    static let secondPerson: Set<String> = ["you", "your", "you're", "you'll", "you've", "yours", "you’re", "you’ll"]
    static let firstPlural: Set<String> = ["we", "we'll", "we're", "we've", "our", "us", "we’ll", "we’re"]

    static let youBytes = Array("you".utf8)

    static func isCallToAction(_ text: String) -> Bool {
        var copy = text
        let verdict = copy.withUTF8 { b -> Verdict in
            switch asciiOpening(b) {
            case nil: return .unknown
            case true?: return .callToAction
            case false?: return mentionsYou(b) ? .readWords : .notCallToAction
            }
        }
        switch verdict {
        case .callToAction: return true
        case .notCallToAction: return false
        case .readWords: return addressesReader(words: wordsOutsideQuotes(lowercasing: text))
        case .unknown: return isCallToActionByCharacters(text)
        }
    }

    private enum Verdict { case callToAction, notCallToAction, readWords, unknown }

    static let openingBytes: [[UInt8]] = imperativeOpenings.map { Array($0.utf8) }

    /// Whether the text opens with an imperative, decided on the bytes, or nil when only the
    /// Character walk can tell. The openings are ASCII, so a text's opening matches one only
    /// where its bytes (lower-cased) do, and then its Characters are those bytes unless a
    /// combining mark follows. Before the first letter, ASCII non-letters and a few
    /// punctuation marks that are whole characters of their own (curly quotes, dashes, the
    /// ellipsis, guillemets, the no-break space) are skipped, as the Character walk drops them.
    private static func asciiOpening(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        let n = b.count
        @inline(__always) func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 97 && (c | 0x20) <= 122 }
        var p = 0
        while p < n, !isLetter(b[p]) {
            if b[p] < 0x80 {
                p += 1
                continue
            }
            // U+00A0 NBSP, U+00AB «, U+00BB » (C2 xx); U+2013 –, U+2014 —, U+2018 ‘, U+201C “,
            // U+2026 … (E2 80 xx).
            if b[p] == 0xC2, p + 1 < n, b[p + 1] == 0xA0 || b[p + 1] == 0xAB || b[p + 1] == 0xBB {
                p += 2
            } else if b[p] == 0xE2, p + 2 < n, b[p + 1] == 0x80,
                b[p + 2] == 0x93 || b[p + 2] == 0x94 || b[p + 2] == 0x98 || b[p + 2] == 0x9C || b[p + 2] == 0xA6
            {
                p += 3
            } else {
                return nil
            }
            // A combining mark would make the punctuation and the mark one Character.
            if p < n, b[p] >= 0x80, !(b[p] == 0xC2 || b[p] == 0xE2) { return nil }
        }
        guard p < n else { return false }
        for (index, opening) in openingBytes.enumerated() {
            let m = opening.count
            var j = 0
            while j < m, p + j < n {
                let c = b[p + j]
                // A non-ASCII character never lower-cases to the ASCII of an opening, except the
                // Kelvin sign ("k"); only the Character walk can judge that one.
                if c >= 0x80 {
                    if c == 0xE2, p + j + 2 < n, b[p + j + 1] == 0x84, b[p + j + 2] == 0xAA { return nil }
                    break
                }
                if (isLetter(c) ? c | 0x20 : c) != opening[j] { break }
                j += 1
            }
            guard j == m else { continue }
            // A combining mark after the match would join its last character.
            if p + m < n, b[p + m] >= 0x80 { return nil }
            // Whole words only: "Register" is a command, "Registered voters" is not.
            if p + m < n, isLetter(b[p + m]), imperativeOpenings[index].last?.isLetter ?? false { continue }
            return true
        }
        return false
    }

    /// Whether the lower-cased text holds "you". No non-ASCII letter lower-cases to "y", "o"
    /// or "u", so that is whether the ASCII bytes spell it in any case.
    private static func mentionsYou(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i + 2 < b.count {
            if b[i] | 0x20 == 0x79, b[i + 1] | 0x20 == 0x6F, b[i + 2] | 0x20 == 0x75 { return true }
            i += 1
        }
        return false
    }

    /// The reader addressed outside quotation marks, about the page's business or by "we".
    static func addressesReader(words: [String]) -> Bool {
        guard words.contains(where: secondPerson.contains) else { return false }
        return words.contains(where: firstPlural.contains) || words.contains(where: promoWords.contains)
    }

    static func isCallToActionByCharacters(_ text: String) -> Bool {
        let lower = text.lowercased()
        let opening = lower.drop { !$0.isLetter }
        for prefix in imperativeOpenings where opening.hasPrefix(prefix) {
            // Whole words only: "Register" is a command, "Registered voters" is not.
            let rest = opening.dropFirst(prefix.count)
            if let next = rest.first, next.isLetter, prefix.last?.isLetter ?? false { continue }
            return true
        }
        // The reader addressed outside quotation marks, about the page's business or by "we".
        // (A byte search first: most sentences never say "you", and this runs on every one.)
        guard ByteSearch.contains(Array(lower.utf8), youBytes) else { return false }
        let words = wordsOutsideQuotes(lower)
        guard words.contains(where: secondPerson.contains) else { return false }
        return words.contains(where: firstPlural.contains) || words.contains(where: promoWords.contains)
    }

    /// Whether `wordsOutsideQuotes(text.lowercased())` is non-empty; ASCII text is walked
    /// on its bytes without building the words (case does not change what a word is there).
    static func hasWordOutsideQuotes(_ text: String) -> Bool {
        var copy = text
        let fast = copy.withUTF8 { b -> Bool? in
            var length = 0
            var straight = false
            for c in b {
                if c >= 0x80 { return nil }
                let inWord = ASCIIWordByte.continues(c, wordLength: length)
                if inWord {
                    length += 1
                    continue
                }
                if length > 0 && !straight { return true }
                length = 0
                if c == 0x22 { straight.toggle() }
            }
            return length > 0 && !straight
        }
        if let fast { return fast }
        return !wordsOutsideQuotes(text.lowercased()).isEmpty
    }

    /// `wordsOutsideQuotes(text.lowercased())`; ASCII text is read on its bytes.
    static func wordsOutsideQuotes(lowercasing text: String) -> [String] {
        var copy = text
        let fast = copy.withUTF8 { b -> [String]? in
            var out: [String] = []
            var start = 0
            var length = 0
            var straight = false
            for i in 0..<b.count {
                let c = b[i]
                if c >= 0x80 { return nil }
                let inWord = ASCIIWordByte.continues(c, wordLength: length)
                if inWord {
                    if length == 0 { start = i }
                    length += 1
                    continue
                }
                if length > 0 && !straight { out.append(lowered(UnsafeBufferPointer(rebasing: b[start..<i]))) }
                length = 0
                if c == 0x22 { straight.toggle() }
            }
            if length > 0 && !straight { out.append(lowered(UnsafeBufferPointer(rebasing: b[start..<b.count]))) }
            return out
        }
        return fast ?? wordsOutsideQuotes(text.lowercased())
    }

    private static func lowered(_ b: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: b.count) { out in
            for i in 0..<b.count { out[i] = b[i] >= 65 && b[i] <= 90 ? b[i] | 0x20 : b[i] }
            return b.count
        }
    }

    /// Lower-cased words (letters, digits, apostrophes, hyphens) that stand outside quotes.
    /// Walks Unicode scalars, not Characters: it runs on every candidate sentence of a story,
    /// and grapheme breaking made it the writer's hottest loop.
    static func wordsOutsideQuotes(_ lower: String) -> [String] {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        var straight = false
        var curly = 0
        func flush() {
            if !current.isEmpty, !straight, curly == 0 { out.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for c in lower.unicodeScalars {
            let inWord: Bool
            if c.isASCII {
                let v = c.value
                inWord = (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || (v >= 48 && v <= 57)
                    || ((v == 39 || v == 45) && !current.isEmpty)
            } else {
                let p = c.properties
                inWord = p.isAlphabetic || p.numericType != nil || (c == "\u{2019}" && !current.isEmpty)
                    || (p.generalCategory == .nonspacingMark && !current.isEmpty)
            }
            if inWord {
                current.append(c)
                continue
            }
            flush()
            if c == "\"" { straight.toggle() } else if c == "\u{201C}" { curly += 1 } else if c == "\u{201D}" { curly = max(0, curly - 1) }
        }
        flush()
        return out
    }
}
