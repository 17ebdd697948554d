/// One token of a sentence, addressed by Unicode-scalar offsets into the sentence text so that
/// any span of tokens maps back to the exact source characters.
public struct Token: Sendable, Hashable {
    /// The token's characters exactly as in the text.
    public var text: String
    /// Offset of the first scalar in the sentence text.
    public var start: Int
    /// Offset one past the last scalar in the sentence text.
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }

    /// Length in Unicode scalars.
    public var length: Int { end - start }
}
