import Foundation
import StorylineCore

/// Reads a visible dateline ("Saturday 26 October 2024 08:11 BST", "Nov. 19, 2019 5:04 PM ET",
/// "2019-11-19T09:01", "19.11.2019") into a date. Works on the tokens of a short line; a line is a
/// dateline when the date makes up most of it.
enum Dateline {
    struct Found: Sendable {
        var date: Date
        /// Share of the line's words that belong to the date (weekday, month, numbers, zone, "updated").
        var coverage: Double
    }

    static let months: [String: Int] = {
        var m: [String: Int] = [:]
        let names = [
            ["january", "jan"], ["february", "feb"], ["march", "mar"], ["april", "apr"], ["may"], ["june", "jun"],
            ["july", "jul"], ["august", "aug"], ["september", "sep", "sept"], ["october", "oct"],
            ["november", "nov"], ["december", "dec"],
        ]
        for (k, list) in names.enumerated() { for n in list { m[n] = k + 1 } }
        return m
    }()

    static let zones: [String: Int] = [
        "utc": 0, "gmt": 0, "z": 0, "bst": 60, "ist": 330, "cet": 60, "cest": 120, "eet": 120, "eest": 180,
        "msk": 180, "est": -300, "edt": -240, "et": -300, "cst": -360, "cdt": -300, "ct": -360, "mst": -420,
        "mdt": -360, "pst": -480, "pdt": -420, "pt": -480, "aest": 600, "aedt": 660, "jst": 540, "kst": 540,
        "hkt": 480, "sgt": 480,
    ]

    static let fillers: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun", "updated", "published", "posted", "last", "on", "at", "am",
        "pm", "a", "p", "m", "th", "st", "nd", "rd", "of", "the", "date", "first", "modified", "by", "|",
    ]

    /// The first date in `text` (≤ 300 bytes read), with how much of the text it covers.
    static func find(in text: [UInt8]) -> Found? {
        let t = text.count > 300 ? Array(text[0..<300]) : text
        // a date needs a year and a day, so a number: most blocks have no digit at all
        guard t.contains(where: { ByteText.isDigit($0) }) else { return nil }
        // tokens: letter runs, digit runs (with ':' or '-' or '.' or '/' joined for times and numeric dates)
        var tokens: [(String, Bool)] = []  // (lower text, isNumber-ish)
        var i = 0
        while i < t.count {
            let c = t[i]
            if ByteText.isASCIILetter(c) {
                let s = i
                while i < t.count && ByteText.isASCIILetter(t[i]) { i += 1 }
                tokens.append((ByteText.string(ByteText.lowercased(Array(t[s..<i]))), false))
            } else if ByteText.isDigit(c) {
                let s = i
                while i < t.count && (ByteText.isDigit(t[i]) || ((t[i] == 0x3A || t[i] == 0x2D || t[i] == 0x2F || t[i] == 0x2E || t[i] == 0x54) && i + 1 < t.count && ByteText.isDigit(t[i + 1]))) { i += 1 }
                tokens.append((ByteText.string(t[s..<i]), true))
            } else if c >= 0x80 {
                let s = i
                while i < t.count && t[i] >= 0x80 { i += 1 }
                tokens.append((ByteText.string(t[s..<i]), false))
            } else {
                i += 1
            }
        }
        guard !tokens.isEmpty, tokens.count <= 40 else { return nil }
        var year: Int?, month: Int?, day: Int?, minutes: Int?, zone: Int?
        var used = 0
        var pm: Bool?
        for (k, (tok, isNum)) in tokens.enumerated() {
            if isNum {
                // number tokens are ASCII: byte tests (Foundation's `contains` searched through NSString)
                let u = tok.utf8
                if u.contains(0x2D) || u.contains(0x2F) || (u.contains(0x2E) && !u.contains(0x3A)) {
                    if let (y, m, d) = numericDate(tok), year == nil {
                        year = y; month = m; day = d; used += 1
                        if let tpart = tok.split(separator: "T").dropFirst().first, let mins = clock(String(tpart)) { minutes = mins }
                        continue
                    }
                }
                if u.contains(0x3A) {
                    if minutes == nil, let mins = clock(tok) { minutes = mins; used += 1 }
                    continue
                }
                guard let v = Int(tok) else { continue }
                if tok.count == 4, (1990...2100).contains(v), year == nil { year = v; used += 1 }
                else if (1...31).contains(v), day == nil, tok.count <= 2 { day = v; used += 1 }
            } else if let m = months[tok], month == nil {
                // "may" is also a verb: accept it only next to a number
                if tok == "may" {
                    let nextNum = k + 1 < tokens.count && tokens[k + 1].1
                    let prevNum = k > 0 && tokens[k - 1].1
                    if !nextNum && !prevNum { continue }
                }
                month = m; used += 1
            } else if let z = zones[tok], zone == nil, k > 0 {
                zone = z; used += 1
            } else if tok == "pm" || (tok == "p" && k + 1 < tokens.count && tokens[k + 1].0 == "m") {
                pm = true; used += 1
            } else if tok == "am" || (tok == "a" && k + 1 < tokens.count && tokens[k + 1].0 == "m") {
                pm = false; used += 1
            } else if fillers.contains(tok) {
                used += 1
            }
        }
        guard let y = year, let m = month, let d = day, (1...12).contains(m) else { return nil }
        var mins = minutes ?? 0
        if let pm, minutes != nil {
            if pm && mins < 12 * 60 { mins += 12 * 60 } else if !pm && mins >= 12 * 60 { mins -= 12 * 60 }
        }
        var seconds = CivilDays.days(year: y, month: m, day: d) * 86_400
        if minutes != nil {
            seconds += mins * 60 - (zone ?? 0) * 60
        }
        return Found(date: Date(timeIntervalSince1970: TimeInterval(seconds)), coverage: Double(used) / Double(tokens.count))
    }

    /// "2024-10-26", "26/10/2024" (day first unless impossible), "26.10.2024"; optional "T08:11".
    static func numericDate(_ tok: String) -> (Int, Int, Int)? {
        let datePart = tok.split(separator: "T").first.map(String.init) ?? tok
        let parts = datePart.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        if parts[0] > 1900 { return valid(parts[0], parts[1], parts[2]) }
        if parts[2] > 1900 {
            if parts[1] > 12 { return valid(parts[2], parts[0], parts[1]) }  // US month/day/year
            return valid(parts[2], parts[1], parts[0])
        }
        return nil
    }

    static func valid(_ y: Int, _ m: Int, _ d: Int) -> (Int, Int, Int)? {
        (1990...2100).contains(y) && (1...12).contains(m) && (1...31).contains(d) ? (y, m, d) : nil
    }

    static func clock(_ tok: String) -> Int? {
        let p = tok.split(separator: ":").compactMap { Int($0) }
        guard p.count >= 2, (0...23).contains(p[0]), (0...59).contains(p[1]) else { return nil }
        return p[0] * 60 + p[1]
    }
}

/// Days since 1970-01-01 for a civil date (proleptic Gregorian).
enum CivilDays {
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
