import StorylineCore

/// The BIO tags of the entity tagger: O, then B-/I- for PERSON, ORG, LOC, NORP, MISC.
/// Tag indices are what the model's weight rows are laid out by.
public enum NERTagSet {
    public static let types: [EntityType] = [.person, .organization, .location, .group, .misc]
    /// "O", "B-PERSON", "I-PERSON", "B-ORG", …
    public static let names: [String] = ["O"] + types.flatMap { ["B-\($0.rawValue)", "I-\($0.rawValue)"] }
    public static let count = names.count
    public static let outside = 0

    public static func index(of name: String) -> Int {
        if let i = names.firstIndex(of: name) { return i }
        return outside
    }

    /// Whether tag `i` starts (B) an entity.
    @inlinable public static func isBegin(_ i: Int) -> Bool { i > 0 && i % 2 == 1 }
    /// Whether tag `i` continues (I) an entity.
    @inlinable public static func isInside(_ i: Int) -> Bool { i > 0 && i % 2 == 0 }
    /// The entity type of a B or I tag.
    public static func type(of i: Int) -> EntityType? { i == 0 ? nil : types[(i - 1) / 2] }

    /// BIO constraint: I-X may only follow B-X or I-X (`previous` = -1 at the sentence start).
    @inlinable public static func allowed(previous: Int, current: Int) -> Bool {
        guard isInside(current) else { return true }
        guard previous > 0 else { return false }
        return (previous + 1) / 2 == current / 2
    }
}
