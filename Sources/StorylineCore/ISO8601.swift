import Foundation

/// ISO 8601 in the forms Storyline reads and writes. Dates are UTC; a date with no
/// time of day is written as `YYYY-MM-DD`, so no precision is invented.
public enum ISO8601 {
    /// `2024-10-26T08:11:00Z`, or `2024-10-26` when the time is exactly midnight UTC.
    @Sendable public static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (y, m, d) = CivilDate.fromDays(days)
        guard (0...9999).contains(y) else {
            let dayText = String(format: "%04d-%02d-%02d", y, m, d)
            if secondOfDay == 0 { return dayText }
            return dayText + String(format: "T%02d:%02d:%02dZ", secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
        }
        // digits written directly: String(format:) cost a few microseconds per call, and every stored
        // document formats its dates
        let length = secondOfDay == 0 ? 10 : 20
        return String(unsafeUninitializedCapacity: length) { out in
            func put(_ value: Int, _ digits: Int, at position: Int) {
                var v = value
                for k in stride(from: position + digits - 1, through: position, by: -1) {
                    out[k] = UInt8(48 + v % 10)
                    v /= 10
                }
            }
            put(y, 4, at: 0)
            out[4] = 45
            put(m, 2, at: 5)
            out[7] = 45
            put(d, 2, at: 8)
            if length == 20 {
                out[10] = 84  // T
                put(secondOfDay / 3600, 2, at: 11)
                out[13] = 58
                put(secondOfDay / 60 % 60, 2, at: 14)
                out[16] = 58
                put(secondOfDay % 60, 2, at: 17)
                out[19] = 90  // Z
            }
            return length
        }
    }

    /// `YYYY-MM-DD` for the day of `date` (UTC).
    @Sendable public static func day(_ date: Date) -> String {
        String(ISO8601.format(date).prefix(10))
    }

    /// Parses `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.fff]]` with `Z`, `±HH:MM`, `±HHMM` or no zone (UTC).
    @Sendable public static func parse(_ text: String) -> Date? {
        let b = Array(text.trimmingCharacters(in: .whitespaces).utf8)
        func num(_ from: Int, _ count: Int) -> Int? {
            guard from + count <= b.count else { return nil }
            var v = 0
            for i in from..<(from + count) {
                let c = b[i]
                guard c >= 48, c <= 57 else { return nil }
                v = v * 10 + Int(c - 48)
            }
            return v
        }
        guard b.count >= 10, let y = num(0, 4), b[4] == 45, let mo = num(5, 2), b[7] == 45, let d = num(8, 2),
            (1...12).contains(mo), (1...31).contains(d)
        else { return nil }
        var seconds = CivilDate.toDays(year: y, month: mo, day: d) * 86_400
        var i = 10
        if i < b.count, b[i] == 84 || b[i] == 32 {  // 'T' or ' '
            guard let h = num(i + 1, 2), i + 3 < b.count, b[i + 3] == 58, let mi = num(i + 4, 2), h < 24, mi < 60
            else { return nil }
            seconds += h * 3600 + mi * 60
            i += 6
            if i < b.count, b[i] == 58, let s = num(i + 1, 2), s < 61 {
                seconds += min(s, 59)
                i += 3
                if i < b.count, b[i] == 46 || b[i] == 44 {  // fraction
                    i += 1
                    while i < b.count, b[i] >= 48, b[i] <= 57 { i += 1 }
                }
            }
            if i < b.count {
                if b[i] == 90 || b[i] == 122 {  // Z
                    i += 1
                } else if b[i] == 43 || b[i] == 45 {  // + or -
                    let sign = b[i] == 43 ? 1 : -1
                    guard let oh = num(i + 1, 2) else { return nil }
                    var om = 0
                    if let m = num(i + 4, 2), i + 3 < b.count, b[i + 3] == 58 {
                        om = m
                        i += 6
                    } else if let m = num(i + 3, 2) {
                        om = m
                        i += 5
                    } else {
                        i += 3
                    }
                    seconds -= sign * (oh * 3600 + om * 60)
                }
            }
        }
        guard i == b.count else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }
}

/// Proleptic Gregorian day arithmetic (Howard Hinnant's algorithms), so date math needs no Calendar.
public enum CivilDate {
    /// Days since 1970-01-01 for a civil date.
    public static func toDays(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a count of days since 1970-01-01.
    public static func fromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Midnight UTC of a civil date.
    public static func date(year: Int, month: Int, day: Int) -> Date {
        Date(timeIntervalSince1970: TimeInterval(toDays(year: year, month: month, day: day) * 86_400))
    }
}
