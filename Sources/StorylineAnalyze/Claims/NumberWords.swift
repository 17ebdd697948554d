/// English number words.
enum NumberWords {
    static let small: [String: Int] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]
    static let multipliers: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000, "mn": 1_000_000, "m": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
        "k": 1_000, "tn": 1_000_000_000_000, "lakh": 100_000, "lakhs": 100_000,
        "crore": 10_000_000, "crores": 10_000_000,
    ]
    /// Plural round numbers that stand for a vague amount: "thousands of troops".
    static let vague: [String: Double] = [
        "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
        "billions": 1_000_000_000,
    ]

    /// The value of a word token's number ("seven", "twenty-five"), or nil; only small numbers
    /// and hyphenated words are looked up.
    static func value(_ w: WordToken) -> Double? {
        guard w.lex.contains(.smallNumber) || w.key.utf8.contains(45) else { return nil }
        return value(w.key)
    }

    /// The value of a word number ("seven", "twenty-five"), or nil.
    static func value(_ key: String) -> Double? {
        if let v = small[key] { return Double(v) }
        // Only a hyphenated key can be a compound ("twenty-five"); most words are not.
        guard key.utf8.contains(45) else { return nil }
        let parts = key.split(separator: "-").map(String.init)
        if parts.count == 2, let tens = small[parts[0]], tens >= 20, tens % 10 == 0, let unit = small[parts[1]], unit < 10 {
            return Double(tens + unit)
        }
        return nil
    }
}
