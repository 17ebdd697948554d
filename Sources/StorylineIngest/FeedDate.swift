import Foundation
import StorylineCore

/// Parses the dates feeds carry: ISO 8601 (Atom, JSON Feed) and RFC 822/1123 (RSS:
/// "Sat, 26 Oct 2024 08:11:00 +0100", "26 Oct 2024 08:11 GMT", named US zones).
public enum FeedDate {
    public static func parse(_ text: String) -> Date? {
        let t = TextTrim.whitespaceAndNewlines(text)
        if let d = ISO8601.parse(t) { return d }
        return rfc822(t)
    }

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let zones: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7, "mdt": -6,
        "pst": -8, "pdt": -7, "bst": 1, "cet": 1, "cest": 2,
    ]

    static func rfc822(_ text: String) -> Date? {
        var parts = text.replacingOccurrences(of: ",", with: " ").split(separator: " ").map { $0.lowercased() }
        if let first = parts.first, first.count >= 3, Int(first) == nil { parts.removeFirst() }  // weekday
        guard parts.count >= 3, let day = Int(parts[0]),
            let month = months.firstIndex(of: String(parts[1].prefix(3))), var year = Int(parts[2]), (1...31).contains(day)
        else { return nil }
        if year < 100 { year += year < 50 ? 2000 : 1900 }
        var seconds = CivilDate.toDays(year: year, month: month + 1, day: day) * 86_400
        if parts.count >= 4 {
            let hms = parts[3].split(separator: ":").compactMap { Int($0) }
            guard hms.count >= 2, hms[0] < 24, hms[1] < 60 else { return nil }
            seconds += hms[0] * 3600 + hms[1] * 60 + (hms.count > 2 ? min(hms[2], 59) : 0)
        }
        if parts.count >= 5 {
            let zone = parts[4]
            if let hours = zones[zone] {
                seconds -= hours * 3600
            } else if zone.count == 5, let sign = zone.first, sign == "+" || sign == "-", let v = Int(zone.dropFirst()) {
                seconds -= (sign == "+" ? 1 : -1) * ((v / 100) * 3600 + (v % 100) * 60)
            }
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}
