import StorylineCore

/// The Brief stage's entry point (extractive and deterministic by default). Filled in by
/// the brief issue; until then `storyline run` and `storyline brief` say so.
public struct BriefWriter: Sendable {
    public init() {}

    public static let isAvailable = false
}
