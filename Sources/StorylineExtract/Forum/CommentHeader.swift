/// The header of one comment in a forum thread copied as text: the run of short lines the
/// forum's interface prints above a comment (author handle, vote arrows and score, "edit",
/// "link", the age). Read from the tokens' shapes — handles, numbers, "N units ago",
/// interface words — not from one forum's exact labels.
struct CommentHeader: Sendable, Equatable {
    var author: String?
    var score: Int?
    var age: String?
    /// Seconds before the reference date that `age` means.
    var ageSeconds: Int?
    /// Depth stated by the page ("level 2"); otherwise taken from indentation.
    var statedDepth: Int?

    static let units: [String: Int] = [
        "second": 1, "seconds": 1, "sec": 1, "secs": 1, "s": 1, "minute": 60, "minutes": 60, "min": 60, "mins": 60,
        "m": 60, "hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, "h": 3600, "day": 86_400, "days": 86_400,
        "d": 86_400, "week": 604_800, "weeks": 604_800, "w": 604_800, "wk": 604_800, "wks": 604_800,
        "month": 2_592_000, "months": 2_592_000, "mo": 2_592_000, "year": 31_536_000, "years": 31_536_000,
        "y": 31_536_000, "yr": 31_536_000, "yrs": 31_536_000,
    ]

    static let scoreBefore: Set<String> = ["arrow-up", "▲", "upvote", "upvotes", "score", "score:", "karma", "+"]
    static let scoreAfter: Set<String> = ["points", "point", "votes", "vote", "upvotes", "likes", "pts"]
    /// Interface residue printed in comment headers and footers.
    static let residue: Set<String> = [
        "link", "fedilink", "permalink", "reply", "replies", "share", "report", "save", "edit", "edited", "edit-2",
        "arrow-up", "arrow-down", "▲", "▼", "·", "•", "|", "-", "parent", "next", "prev", "context", "source", "flag",
        "favorite", "hide", "[–]", "[-]", "[+]", "level", "op", "mod", "admin", "english", "deleted", "removed",
        "award", "give", "more", "follow", "block", "upvote", "downvote", "points", "point", "votes", "vote",
        "ago", "by", "posted", "comment", "comments", "score", "score:", "pts", "likes", "root", "collapse", "expand",
        "children", "child", "on", "at", "in", "and", "updated", "published", "last", "submitted", "sticky", "pinned",
    ]

    /// Reads a header from the text of its lines; nil when it is not a comment header
    /// (it needs an author, and an age or a score).
    static func read(_ text: String) -> CommentHeader? {
        guard mayHoldAgeOrScore(text) else { return nil }
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard !tokens.isEmpty, tokens.count <= 24 else { return nil }
        var header = CommentHeader()
        var unknownWords = 0
        var handle = false
        var explicitScore = false
        var explicitAge = false
        var bareNumber: Int?
        var k = 0
        while k < tokens.count {
            let tok = tokens[k]
            let low = tok.lowercased()
            if let (secs, used) = ageAt(tokens, k) {
                if header.age == nil {
                    header.age = tokens[k..<(k + used)].joined(separator: " ")
                    header.ageSeconds = secs
                    explicitAge = header.age?.lowercased().hasSuffix("ago") == true || low == "yesterday"
                }
                k += used
                continue
            }
            if scoreBefore.contains(low), k + 1 < tokens.count, let v = Int(tokens[k + 1]) {
                if header.score == nil { header.score = v; explicitScore = true }
                k += 2
                continue
            }
            if let v = Int(tok) {
                if k + 1 < tokens.count, scoreAfter.contains(tokens[k + 1].lowercased()) {
                    if header.score == nil { header.score = v; explicitScore = true }
                    k += 2
                    continue
                }
                if k > 0, tokens[k - 1].lowercased() == "level" { header.statedDepth = max(0, v - 1) }
                else if bareNumber == nil { bareNumber = v }
                k += 1
                continue
            }
            if isHandle(tok) {
                if header.author == nil { header.author = cleanHandle(tok); handle = true }
                k += 1
                continue
            }
            if residue.contains(low) || low.allSatisfy({ !$0.isLetter && !$0.isNumber }) {
                k += 1
                continue
            }
            // a bare user name: the first token, a plain word-like name
            if header.author == nil && unknownWords == 0 && k <= 2 && isBareName(tok) {
                header.author = tok
                k += 1
                continue
            }
            unknownWords += 1
            k += 1
        }
        if handle, header.score == nil, let v = bareNumber, v < 100_000 { header.score = v }
        guard header.author != nil, unknownWords <= 1 else { return nil }
        // a handle with an age or score; a bare name needs an explicit "… ago" or "N points"
        if handle {
            guard header.age != nil || header.score != nil else { return nil }
        } else {
            guard explicitAge || explicitScore else { return nil }
            if !explicitScore { header.score = nil }
        }
        return header
    }

    /// Whether the text could hold what every header needs, an age or a score (read on the
    /// bytes, before any tokens are made): a score and most ages need an ASCII digit; the rest
    /// are "yesterday", "just now" and "a/an/one <unit>". No other letters lower-case into these
    /// ASCII words, so this never turns a header away.
    static func mayHoldAgeOrScore(_ text: String) -> Bool {
        let u = Array(text.utf8)
        if u.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { return true }
        let lower = u.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        for word in noDigitAgeWords where lower.count >= word.count {
            for i in 0...(lower.count - word.count) where lower[i] == word[0] && lower[i..<(i + word.count)].elementsEqual(word) {
                return true
            }
        }
        for token in lower.split(whereSeparator: { $0 == 0x20 || $0 == 0x09 }) {
            if token.elementsEqual("a".utf8) || token.elementsEqual("an".utf8) || token.elementsEqual("one".utf8) { return true }
        }
        return false
    }

    static let noDigitAgeWords = [Array("yesterday".utf8), Array("just".utf8)]

    /// A user name printed alone: letters, digits, `_`, `-`, `.`; not a month, not a label.
    static func isBareName(_ tok: String) -> Bool {
        guard tok.count >= 2, tok.count <= 30, let f = tok.unicodeScalars.first, f.properties.isAlphabetic else { return false }
        if tok.hasSuffix(":") || tok.hasSuffix(",") || tok.hasSuffix(".") { return false }
        if Dateline.months[tok.lowercased()] != nil { return false }
        if TextVocabulary.interfaceWords.contains(tok.lowercased()) || TextVocabulary.functionWords.contains(tok.lowercased()) { return false }
        return tok.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" || $0 == "." }
    }

    /// A user handle: `name@instance.tld`, `u/name`, `/u/name`, `@name`.
    static func isHandle(_ tok: String) -> Bool {
        if tok.hasPrefix("u/") || tok.hasPrefix("/u/") { return tok.count > 3 }
        if tok.hasPrefix("@") { return tok.count > 1 && !tok.contains(" ") }
        if let at = tok.firstIndex(of: "@"), at != tok.startIndex {
            let host = tok[tok.index(after: at)...]
            return host.contains(".") && !host.hasSuffix(".")
        }
        return false
    }

    static func cleanHandle(_ tok: String) -> String {
        var t = Substring(tok)
        if t.hasPrefix("/u/") { t = t.dropFirst(3) } else if t.hasPrefix("u/") { t = t.dropFirst(2) }
        return String(t)
    }

    /// "30 days ago", "3 hours ago", "5h", "2d ago", "a day ago", "yesterday": seconds and tokens used.
    static func ageAt(_ tokens: [String], _ k: Int) -> (Int, Int)? {
        let low = tokens[k].lowercased()
        if low == "yesterday" { return (86_400, 1) }
        if low == "just", k + 1 < tokens.count, tokens[k + 1].lowercased() == "now" { return (0, 2) }
        var count: Int? = Int(low)
        if low == "a" || low == "an" || low == "one" { count = 1 }
        if let n = count, k + 1 < tokens.count, let unit = units[tokens[k + 1].lowercased()], tokens[k + 1].count > 1 {
            let hasAgo = k + 2 < tokens.count && tokens[k + 2].lowercased() == "ago"
            return (n * unit, hasAgo ? 3 : 2)
        }
        // compact "5h", "2d", "3mo", optionally followed by "ago"
        let digits = low.prefix(while: { $0.isNumber })
        if !digits.isEmpty, let n = Int(digits) {
            let unit = String(low.dropFirst(digits.count))
            if let u = units[unit], !unit.isEmpty {
                let hasAgo = k + 1 < tokens.count && tokens[k + 1].lowercased() == "ago"
                return (n * u, hasAgo ? 2 : 1)
            }
        }
        return nil
    }
}
