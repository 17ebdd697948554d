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
