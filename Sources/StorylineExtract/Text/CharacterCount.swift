/// `String.count` (grapheme clusters) without the grapheme breaking where it cannot change the
/// answer: text whose scalars are all ASCII, Latin-1/Latin Extended-A or general punctuation
/// has one Character per scalar (none of those scalars extends or joins a cluster), except a
/// CR LF pair, which is one. Other text is counted by `String.count` itself.
enum CharacterCount {
    static func of(_ s: String) -> Int {
        var s = s
        let fast: Int? = s.withUTF8 { p in
            var count = 0
            var i = 0
            let n = p.count
            while i < n {
                let b = p[i]
                if b < 0x80 {
                    if b == 0x0A && i > 0 && p[i - 1] == 0x0D { i += 1; continue }
                    i += 1
                } else if b >= 0xC2 && b <= 0xC5 {
                    // U+0080–U+017F
                    i += 2
                } else if b == 0xE2 && i + 2 < n && (p[i + 1] == 0x80 || p[i + 1] == 0x81) {
                    // U+2000–U+207F, but not the zero-width non-joiner and joiner
                    if p[i + 1] == 0x80 && (p[i + 2] == 0x8C || p[i + 2] == 0x8D) { return nil }
                    i += 3
                } else {
                    return nil
                }
                count += 1
            }
            return count
        }
        return fast ?? s.count
    }
}
