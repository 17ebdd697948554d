import Foundation
import StorylineCore

/// Finds the publication date the way htmldate does: first what the page declares for
/// machines (JSON-LD, meta tags, microdata, `<time>`), then the URL, then a visible dateline
/// near the top of the text. Modification dates are used only when nothing else is found.
enum PublicationDate {
    static let metaKeys = [
        "article:published_time", "article:published", "og:article:published_time", "og:published_time",
        "datepublished", "publishdate", "publish-date", "publish_date", "pubdate", "publication_date",
        "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date.created",
        "dcterms.created", "dc.date", "date", "article.published", "cxenseparse:recs:publishtime",
        "article_date_original", "original-publish-date", "release_date", "citation_publication_date",
        "published_time", "published-date", "timestamp", "dcterms.date", "created",
    ]

    static func find(facts: HeadFacts, article: [String: Any]?, url: String?, doc: HTMLDocument) -> Date? {
        if let a = article {
            for key in ["datePublished", "dateCreated", "uploadDate"] {
                if let s = JSONLD.string(a[key]), let d = parse(s) { return d }
            }
        }
        for o in facts.jsonLD {
            if let s = JSONLD.string(o["datePublished"]), let d = parse(s) { return d }
        }
        for key in metaKeys {
            if let s = facts.meta[key], let d = parse(s) { return d }
        }
        if let s = facts.itemprops["datePublished"] ?? facts.itemprops["dateCreated"], let d = parse(s) { return d }
        for t in facts.times where t.published {
            if let d = parse(t.value) { return d }
        }
        if let url, let d = fromURL(url) { return d }
        if let t = facts.times.first, let d = parse(t.value) { return d }
        if let d = VisibleDateline.find(in: doc) { return d }
        if let a = article, let s = JSONLD.string(a["dateModified"]), let d = parse(s) { return d }
        for key in ["article:modified_time", "og:updated_time", "datemodified", "last-modified", "dc.date.modified"] {
            if let s = facts.meta[key], let d = parse(s) { return d }
        }
        return nil
    }

    /// `/2019/11/19/`, `/2019-11-19`, `/20191119/` in a URL path.
    static func fromURL(_ url: String) -> Date? {
        let b = Array(url.utf8)
        func digits(_ at: Int, _ n: Int) -> Int? {
            guard at + n <= b.count else { return nil }
            var v = 0
            for k in at..<(at + n) {
                guard b[k] >= 48 && b[k] <= 57 else { return nil }
                v = v * 10 + Int(b[k] - 48)
            }
            return v
        }
        var i = 0
        while i + 10 <= b.count {
            if b[i] == 0x2F, let y = digits(i + 1, 4), (1995...2100).contains(y) {
                let sep = i + 5 < b.count ? b[i + 5] : 0
                if sep == 0x2F || sep == 0x2D || sep == 0x5F, let mo = digits(i + 6, 2), (1...12).contains(mo),
                    i + 8 < b.count, b[i + 8] == sep, let d = digits(i + 9, 2), (1...31).contains(d)
                {
                    return CivilDate.date(year: y, month: mo, day: d)
                }
                if let mo = digits(i + 5, 2), let d = digits(i + 7, 2), (1...12).contains(mo), (1...31).contains(d),
                    i + 9 < b.count, b[i + 9] == 0x2F || b[i + 9] == 0x2D
                {
                    return CivilDate.date(year: y, month: mo, day: d)
                }
            }
            i += 1
        }
        return nil
    }

    static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// ISO 8601 and its common variants, `YYYY/MM/DD`, `YYYYMMDD`, RFC 2822, "November 19, 2019",
    /// "19 November 2019". Years outside 1990…2100 are refused.
    static func parse(_ raw: String) -> Date? {
        let s = raw.trimmed
        let length = CharacterCount.of(s)
        guard length >= 8, length < 80 else { return nil }
        // ISO 8601 starts with the year's digits (after trimming, which leaves an ASCII first
        // byte alone): other spellings skip the ISO parser, which trims through NSString
        if let first = s.utf8.first, first >= 0x80 || ByteText.isDigit(first), let d = ISO8601.parse(s), plausible(d) { return d }
        let b = Array(s.utf8)
        func num(_ at: Int, _ n: Int) -> Int? {
            guard at + n <= b.count else { return nil }
            var v = 0
            for k in at..<(at + n) {
                guard b[k] >= 48 && b[k] <= 57 else { return nil }
                v = v * 10 + Int(b[k] - 48)
            }
            return v
        }
        // ISO-like with a different separator or zone spelling: normalise and retry.
        if let y = num(0, 4), b.count >= 10, b[4] == 0x2F || b[4] == 0x2E || b[4] == 0x2D,
            let mo = num(5, 2), b[7] == b[4], let d = num(8, 2), (1...12).contains(mo), (1...31).contains(d)
        {
            var date = CivilDate.date(year: y, month: mo, day: d)
            if b.count >= 16, b[10] == 0x54 || b[10] == 0x20, let h = num(11, 2), b[13] == 0x3A, let mi = num(14, 2),
                h < 24, mi < 60
            {
                date += TimeInterval(h * 3600 + mi * 60)
                if b.count >= 19, b[16] == 0x3A, let sec = num(17, 2), sec < 60 { date += TimeInterval(sec) }
                // A zone like "+0100" or " -05:00" after seconds.
                var k = 16
                while k < b.count, b[k] != 0x2B, b[k] != 0x2D, b[k] != 0x5A { k += 1 }
                if k < b.count, b[k] != 0x5A, let oh = num(k + 1, 2) {
                    let om = num(k + 3, 2) ?? num(k + 4, 2) ?? 0
                    let sign = b[k] == 0x2B ? 1 : -1
                    date -= TimeInterval(sign * (oh * 3600 + om * 60))
                }
            }
            return plausible(date) ? date : nil
        }
        if b.count == 8, let y = num(0, 4), let mo = num(4, 2), let d = num(6, 2), (1...12).contains(mo),
            (1...31).contains(d)
        {
            let date = CivilDate.date(year: y, month: mo, day: d)
            return plausible(date) ? date : nil
        }
        return textual(s)
    }

    /// "Tue, 19 Nov 2019 11:00:09 GMT", "November 19, 2019", "19 November 2019 08:11".
    static func textual(_ s: String) -> Date? {
        let words = s.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "." || $0 == "\n" })
        var day: Int?
        var month: Int?
        var year: Int?
        var time: Int?
        for w in words {
            let word = String(w)
            if month == nil, let m = months[word] ?? months[String(word.prefix(3))].flatMap({ word.count <= 9 && months.keys.contains(String(word.prefix(3))) && word.allSatisfy(\.isLetter) ? $0 : nil }) {
                month = m
            } else if let v = Int(word.filter(\.isNumber)), word.first?.isNumber == true {
                let digits = word.filter(\.isNumber).count
                if word.contains(":") {
                    let parts = word.split(separator: ":").compactMap { Int($0) }
                    if parts.count >= 2, parts[0] < 24, parts[1] < 60 { time = parts[0] * 3600 + parts[1] * 60 }
                } else if digits == 4, (1990...2100).contains(v) {
                    year = v
                } else if digits <= 2, (1...31).contains(v), day == nil {
                    day = v
                }
            }
        }
        guard let y = year, let mo = month, let d = day else { return nil }
        var date = CivilDate.date(year: y, month: mo, day: d)
        if let time { date += TimeInterval(time) }
        return date
    }

    static func plausible(_ d: Date) -> Bool {
        let t = d.timeIntervalSince1970
        return t > 631_152_000 && t < 4_102_444_800  // 1990 … 2100
    }
}
