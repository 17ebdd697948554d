/// 64-bit FNV-1a over bytes, salted by feature kind, so a word, a name and a number with
/// the same spelling are different features and no vocabulary of strings is kept in memory.
public enum TermHash {
    @inline(__always) public static func hash(_ bytes: [UInt8], salt: UInt64 = 0) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ salt
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x0000_0100_0000_01b3
        }
        return h
    }
}

/// The three kinds of clustering features; their vectors are weighted and compared apart.
public enum FeatureKind: Int, Codable, Sendable, CaseIterable {
    /// Stemmed content words of title and text.
    case words = 0
    /// Proper names: words written capitalised mid-sentence (`ProperNames`).
    case names = 1
    /// Numbers as written without separators ("1500", "2024", "52-3").
    case numbers = 2

    public var salt: UInt64 { UInt64(rawValue) &* 0x9E37_79B9_7F4A_7C15 }
}
