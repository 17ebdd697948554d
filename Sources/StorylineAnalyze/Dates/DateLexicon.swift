import StorylineCore

/// Calendar words of English news text.
enum DateLexicon {
    /// Weekday name → 0 (Monday) … 6 (Sunday).
    static let weekdays: [String: Int] = [
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
        "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
    ]
    /// Weekday abbreviations are only read when capitalised and followed by a date.
    static let weekdayAbbreviations: Set<String> = ["mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"]

    /// Month name → 1…12.
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    ]

    /// Words before a bare month name that make it a date ("in August", "since early August").
    static let monthLeads: Set<String> = [
        "in", "since", "by", "until", "till", "during", "early", "late", "mid", "mid-", "last", "this", "next",
        "of", "from", "through", "to", "between", "and", "before", "after", "end", "start", "beginning", "middle",
        "throughout", "around", "on", "the", "an", "a",
    ]

    static let units: [String: String] = [
        "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
        "year": "year", "years": "year",
    ]

    /// Words that put a sentence in the future, for "on Friday" after publication.
    static let futureMarkers: Set<String> = [
        "will", "'ll", "shall", "next", "scheduled", "expected", "due", "plans", "planned", "planning", "set",
        "upcoming", "intends", "aims", "going", "should", "would", "starts", "begins", "ahead", "coming",
    ]
}

/// Day arithmetic on days since 1970-01-01 (see `CivilDate`).
enum DayMath {
    /// 0 = Monday … 6 = Sunday.
    static func weekday(_ days: Int) -> Int { ((days + 3) % 7 + 7) % 7 }

    static func day(_ days: Int) -> String {
        let (y, m, d) = CivilDate.fromDays(days)
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }

    static func month(_ year: Int, _ month: Int) -> String { pad(year, 4) + "-" + pad(month, 2) }

    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, width - s.count)) + s
    }
}
