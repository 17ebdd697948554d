/// The byte rule of the brief's ASCII word scans (page chrome, timeline openings): letters and
/// digits are word bytes, and an apostrophe or hyphen is one inside a word ("don't", "pro-Kremlin").
enum ASCIIWordByte {
    @inline(__always) static func continues(_ c: UInt8, wordLength: Int) -> Bool {
        (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || ((c == 39 || c == 45) && wordLength > 0)
    }
}
