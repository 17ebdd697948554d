import Foundation
import StorylineCore

/// A date mention with its place in the sentence.
struct LocatedDate: Sendable, Hashable {
    var mention: DateMention
    /// Scalar offsets in the sentence text.
    var lower: Int
    var upper: Int
}

/// Finds dates in sentences and resolves them against the publication day: absolute
/// ("26 October 2024", "October 26", "2024-10-26", "in 2022"), relative ("on Tuesday",
/// "last week", "earlier this month", "since early August", "30 days ago", "yesterday").
/// A weekday in a past-tense sentence is the last such day on or before publication; in a
/// future one, the next on or after. Weeks resolve to their Monday. Without a publication
/// date, relative dates stay unresolved.
public struct DateFinder: Sendable {
    public init() {}

    public func find(_ sentences: [Sentence], published: Date?) -> [DateMention] {
        locate(sentences, published: published).map(\.mention)
    }

    /// `tokens`, when given, holds each sentence's tokens (shared with claim finding).
    func locate(_ sentences: [Sentence], published: Date?, tokens: [[WordToken]]? = nil) -> [LocatedDate] {
        let pub = published.map { Int(($0.timeIntervalSince1970 / 86_400).rounded(.down)) }
        var out: [LocatedDate] = []
        for s in sentences {
            // The sentence's scalars are read only when a date is cut from it.
            var scalars: [Unicode.Scalar]?
            let t: [WordToken]
            if let tokens {
                t = tokens[s.index]
            } else {
                scalars = Array(s.text.unicodeScalars)
                t = WordTokenizer.tokens(scalars ?? [])
            }
            if WordTokenizer.looksLikeCode(t) { continue }
            var i = 0
            while i < t.count {
                if let m = match(t, i, pub: pub) {
                    if scalars == nil { scalars = Array(s.text.unicodeScalars) }
                    let text = (scalars ?? []).text(t[m.first].start, t[m.last].end)
                    out.append(
                        LocatedDate(
                            mention: DateMention(text: text, resolved: m.resolved, relative: m.relative, sentence: s.index),
                            lower: t[m.first].start, upper: t[m.last].end))
                    i = m.last + 1
                } else {
                    i += 1
                }
            }
        }
        return out
    }

    /// The weekday a word names, possessive or not ("Monday", "Monday's"). Its stem differs
    /// from its key only when the key holds an apostrophe; otherwise the key's flag answers.
    static func weekday(_ w: WordToken) -> Int? {
        if w.lex.contains(.weekday) { return DateLexicon.weekdays[w.key] }
        guard w.key.utf8.contains(39) else { return nil }
        return DateLexicon.weekdays[w.stem]
    }

    static let lowercaseOpeners: Set<String> = [
        "yesterday", "today", "tonight", "tomorrow", "earlier", "later", "early", "late", "last", "this", "next",
        "past", "the", "a", "an", "one",
    ]

    struct Match {
        var first: Int
        var last: Int
        var resolved: String?
        var relative: Bool
    }

    // MARK: - Patterns

    func match(_ t: [WordToken], _ i: Int, pub: Int?) -> Match? {
        let w = t[i]
        // Most tokens cannot open a date: skip them before reading the tense.
        if w.kind == .punctuation { return nil }
        if w.isWord, !w.isCapitalized, !w.lex.contains(.dateOpener), !w.lex.contains(.smallNumber),
            !w.key.hasPrefix("mid-")
        {
            return nil
        }
        // The tense is read only when a pattern needs it.
        var tense: Bool?
        func future() -> Bool {
            if let tense { return tense }
            let f = isFuture(t, i)
            tense = f
            return f
        }
        // Explicit dates, optionally led by a weekday: "Saturday 26 October 2024", "Tuesday, Nov. 19".
        var k = i
        var ledByWeekday = false
        if w.isCapitalized, Self.weekday(w) != nil {
            k = i + 1
            if k < t.count, t[k].text == "." { k += 1 }
            if k < t.count, t[k].isPunctuation(",") { k += 1 }
            ledByWeekday = true
        }
        if k < t.count, let explicit = explicitDate(t, k, pub: pub, future: future) {
            var first = i
            if !ledByWeekday, i > 0, ["early", "late", "mid", "mid-", "last", "next", "this"].contains(t[i - 1].key) {
                first = i - 1
            }
            return Match(first: first, last: explicit.last, resolved: explicit.resolved, relative: false)
        }
        if ledByWeekday, let day = Self.weekday(w), !DateLexicon.weekdayAbbreviations.contains(w.key) {
            let prev = i > 0 ? t[i - 1].key : ""
            var resolved: String?
            if let pub {
                if prev == "last" {
                    resolved = DayMath.day(previous(day, from: pub, strictly: true))
                } else if prev == "next" {
                    resolved = DayMath.day(following(day, from: pub, strictly: true))
                } else {
                    let ahead = future() || prev == "by" || prev == "until" || prev == "till"
                    resolved = DayMath.day(ahead ? following(day, from: pub, strictly: false) : previous(day, from: pub, strictly: false))
                }
            }
            var first = i
            if prev == "last" || prev == "next" || prev == "this" { first = i - 1 }
            var last = i
            if i + 1 < t.count, ["morning", "afternoon", "evening", "night"].contains(t[i + 1].key) { last = i + 1 }
            return Match(first: first, last: last, resolved: resolved, relative: true)
        }
        if w.kind == .number, let iso = isoDate(w.text) {
            return Match(first: i, last: i, resolved: iso, relative: false)
        }
        if let year = yearValue(t, i) {
            return Match(first: i, last: i, resolved: DayMath.pad(year, 4), relative: false)
        }
        return w.kind == .punctuation ? nil : relativeDate(t, i, pub: pub, future: future)
    }

    /// "26 October [2024]", "October 26[, 2024]", "October 2024", "[early] August" after a lead word.
    func explicitDate(_ t: [WordToken], _ i: Int, pub: Int?, future: () -> Bool) -> (last: Int, resolved: String?)? {
        func year(at k: Int) -> Int? {
            var j = k
            if j < t.count, t[j].isPunctuation(",") { j += 1 }
            guard j < t.count, let y = yearValue(t, j, standalone: false) else { return nil }
            return y
        }
        func yearIndex(_ k: Int) -> Int { k < t.count && t[k].isPunctuation(",") ? k + 1 : k }
        func resolveDay(_ y: Int?, _ m: Int, _ d: Int) -> String? {
            guard d >= 1, d <= 31 else { return nil }
            if let y { return DayMath.day(CivilDate.toDays(year: y, month: m, day: d)) }
            guard let pub else { return nil }
            return DayMath.day(CivilDate.toDays(year: inferYear(m, pub: pub, future: future()), month: m, day: d))
        }
        // Day first.
        if let d = dayNumber(t, i) {
            var k = d.next
            if k < t.count, t[k].key == "of" { k += 1 }
            if let m = monthAt(t, k) {
                let y = year(at: m.next)
                return (y != nil ? yearIndex(m.next) : m.next - 1, resolveDay(y, m.month, d.value))
            }
            return nil
        }
        guard let m = monthAt(t, i) else { return nil }
        if let d = dayNumber(t, m.next) {
            let y = year(at: d.next)
            return (y != nil ? yearIndex(d.next) : d.next - 1, resolveDay(y, m.month, d.value))
        }
        if m.next < t.count, let y = yearValue(t, m.next, standalone: false) {
            _ = y
            return (m.next, DayMath.month(y, m.month))
        }
        let prev = i > 0 ? t[i - 1].key : ""
        if DateLexicon.monthLeads.contains(prev) || prev.hasPrefix("mid") || t[i].key.hasPrefix("mid-") {
            guard let pub else { return (m.next - 1, nil) }
            let (py, pm, _) = CivilDate.fromDays(pub)
            var year = inferYear(m.month, pub: pub, future: future())
            if prev == "last" { year = m.month < pm ? py : py - 1 }
            if prev == "next" { year = m.month > pm ? py : py + 1 }
            return (m.next - 1, DayMath.month(year, m.month))
        }
        return nil
    }

    /// "yesterday", "last week", "earlier this month", "30 days ago", "late last year".
    func relativeDate(_ t: [WordToken], _ i: Int, pub: Int?, future: () -> Bool) -> Match? {
        let key = t[i].key
        func ymd(_ offset: Int) -> String? { pub.map { DayMath.day($0 + offset) } }
        switch key {
        case "yesterday": return Match(first: i, last: i, resolved: ymd(-1), relative: true)
        case "today", "tonight": return Match(first: i, last: i, resolved: ymd(0), relative: true)
        case "tomorrow": return Match(first: i, last: i, resolved: ymd(1), relative: true)
        default: break
        }
        // "[earlier|later|early|late] (last|this|next|past) (week|month|year|night|morning)".
        var k = i
        if ["earlier", "later", "early", "late"].contains(key), k + 1 < t.count { k += 1 }
        let which = t[k].key
        if ["last", "this", "next", "past"].contains(which), k + 1 < t.count {
            var u = k + 1
            if which == "this", t[u].key == "past", u + 1 < t.count { u += 1 }
            let unit = t[u].stem
            if which == "past", k == i || t[k - 1].key != "this" { return nil }
            if let pub {
                let (py, pm, _) = CivilDate.fromDays(pub)
                let shift = which == "last" ? -1 : which == "next" ? 1 : 0
                switch unit {
                case "week":
                    let monday = pub - DayMath.weekday(pub) + 7 * shift
                    return Match(first: i, last: u, resolved: DayMath.day(monday), relative: true)
                case "weekend":
                    let saturday: Int
                    switch which {
                    case "last": saturday = previous(5, from: pub, strictly: true)
                    case "next": saturday = following(5, from: pub, strictly: true)
                    default: saturday = future() ? following(5, from: pub, strictly: false) : previous(5, from: pub, strictly: false)
                    }
                    return Match(first: i, last: u, resolved: DayMath.day(saturday), relative: true)
                case "month":
                    let total = py * 12 + (pm - 1) + shift
                    return Match(first: i, last: u, resolved: DayMath.month(total / 12, total % 12 + 1), relative: true)
                case "year":
                    return Match(first: i, last: u, resolved: DayMath.pad(py + shift, 4), relative: true)
                case "night":
                    guard which == "last" else { return nil }
                    return Match(first: i, last: u, resolved: DayMath.day(pub - 1), relative: true)
                case "morning", "afternoon", "evening":
                    guard which == "this" else { return nil }
                    return Match(first: i, last: u, resolved: DayMath.day(pub), relative: true)
                default: return nil
                }
            }
            if ["week", "weekend", "month", "year"].contains(unit) || (which == "last" && unit == "night") {
                return Match(first: i, last: u, resolved: nil, relative: true)
            }
            return nil
        }
        // "over the weekend" (past) / "at the weekend" (by tense).
        if key == "the", i + 1 < t.count, t[i + 1].key == "weekend" {
            let resolved = pub.map {
                DayMath.day(future() ? following(5, from: $0, strictly: false) : previous(5, from: $0, strictly: false))
            }
            return Match(first: i, last: i + 1, resolved: resolved, relative: true)
        }
        // "N days ago", "a week ago".
        if let n = countValue(t[i]), i + 2 < t.count, let unit = DateLexicon.units[t[i + 1].key], t[i + 2].key == "ago" {
            guard let pub else { return Match(first: i, last: i + 2, resolved: nil, relative: true) }
            let (py, pm, _) = CivilDate.fromDays(pub)
            let resolved: String
            switch unit {
            case "day": resolved = DayMath.day(pub - n)
            case "week": resolved = DayMath.day(pub - 7 * n)
            case "month":
                let total = py * 12 + (pm - 1) - n
                resolved = DayMath.month(total / 12, total % 12 + 1)
            default: resolved = DayMath.pad(py - n, 4)
            }
            return Match(first: i, last: i + 2, resolved: resolved, relative: true)
        }
        return nil
    }

    // MARK: - Pieces

    func monthAt(_ t: [WordToken], _ i: Int) -> (month: Int, next: Int)? {
        // "mid-September"
        if i < t.count, t[i].isWord, t[i].key.hasPrefix("mid-"), let m = DateLexicon.months[String(t[i].key.dropFirst(4))] {
            return (m, i + 1)
        }
        guard i < t.count, t[i].isCapitalized, t[i].lex.contains(.month), let m = DateLexicon.months[t[i].key] else {
            return nil
        }
        var next = i + 1
        if next < t.count, t[next].text == ".", t[i].key.count <= 4 { next += 1 }
        if t[i].key == "may" || t[i].key == "march" {
            // "May" and "March" are dates only next to a day or year, or after a lead word.
            let prev = i > 0 ? t[i - 1].key : ""
            let nextIsNumber = next < t.count && t[next].kind == .number
            let prevIsNumber = i > 0 && t[i - 1].kind == .number
            if !(nextIsNumber || prevIsNumber || DateLexicon.monthLeads.contains(prev)) { return nil }
        }
        return (m, next)
    }

    func dayNumber(_ t: [WordToken], _ i: Int) -> (value: Int, next: Int)? {
        guard i < t.count, t[i].kind == .number, t[i].text.count <= 2, let v = Int(t[i].text), v >= 1, v <= 31 else {
            return nil
        }
        var next = i + 1
        if next < t.count, ["st", "nd", "rd", "th"].contains(t[next].key), t[next].start == t[i].end { next += 1 }
        return (v, next)
    }

    /// A year: four digits 1900–2100 that do not count something ("2000 troops").
    func yearValue(_ t: [WordToken], _ i: Int, standalone: Bool = true) -> Int? {
        let w = t[i]
        guard w.kind == .number, w.text.count == 4, let y = Int(w.text), y >= 1800, y <= 2100 else { return nil }
        if i > 0, ["$", "£", "€", "#"].contains(t[i - 1].text) { return nil }
        let yearLead = i > 0 && ["in", "since", "of", "by", "from", "until", "year", "fiscal", "fy", "early", "late", "mid", "between", "to", "and", "before", "after", "during", "through"].contains(t[i - 1].key)
        if standalone, !yearLead, i + 1 < t.count {
            let n = t[i + 1]
            let plural = n.key.hasSuffix("s") && !n.key.hasSuffix("ss") && !n.key.hasSuffix("is") && !n.key.hasSuffix("us")
            if n.isWord, !n.isCapitalized, plural, !["was", "has", "as", "its", "this", "across", "thus"].contains(n.key) {
                return nil
            }
            if n.text == "%" || ["percent", "per", "million", "billion"].contains(n.key) { return nil }
        }
        return y
    }

    /// "2024-10-26" → itself; "10/26/2024" when day and month cannot be swapped.
    func isoDate(_ text: String) -> String? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        if text.contains("-"), parts[0].count == 4, (1...12).contains(b), (1...31).contains(c) {
            return DayMath.pad(a, 4) + "-" + DayMath.pad(b, 2) + "-" + DayMath.pad(c, 2)
        }
        if text.contains("/"), parts[2].count == 4 {
            if a > 12, (1...12).contains(b), a <= 31 { return DayMath.day(CivilDate.toDays(year: c, month: b, day: a)) }
            if b > 12, (1...12).contains(a), b <= 31 { return DayMath.day(CivilDate.toDays(year: c, month: a, day: b)) }
        }
        return nil
    }

    func countValue(_ w: WordToken) -> Int? {
        if w.kind == .number { return Int(w.text) }
        if w.key == "a" || w.key == "an" || w.key == "one" { return 1 }
        return w.lex.contains(.smallNumber) ? NumberWords.small[w.key] : nil
    }

    /// Whether the clause before token `i` speaks of the future ("will play … on Sunday"),
    /// reading back to the nearest verb of saying or comma; "was due", "were expected" are past.
    func isFuture(_ t: [WordToken], _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0, i - k <= 16 {
            let w = t[k]
            if w.isPunctuation(",") || w.isPunctuation(";") || w.lex.contains(.speechVerb) { break }
            if w.lex.contains(.futureMarker) {
                let past = k > 0 && ["was", "were", "had"].contains(t[k - 1].key)
                return !past
            }
            k -= 1
        }
        if i > 1, t[i - 1].key == "on", t[i - 2].key == "to" { return true }  // "is to meet on Friday"
        return false
    }

    func inferYear(_ month: Int, pub: Int, future: Bool) -> Int {
        let (py, pm, _) = CivilDate.fromDays(pub)
        if future { return month < pm - 1 ? py + 1 : py }
        return month > pm + 1 ? py - 1 : py
    }

    func previous(_ weekday: Int, from pub: Int, strictly: Bool) -> Int {
        var back = (DayMath.weekday(pub) - weekday + 7) % 7
        if strictly, back == 0 { back = 7 }
        return pub - back
    }

    func following(_ weekday: Int, from pub: Int, strictly: Bool) -> Int {
        var ahead = (weekday - DayMath.weekday(pub) + 7) % 7
        if strictly, ahead == 0 { ahead = 7 }
        return pub + ahead
    }
}
