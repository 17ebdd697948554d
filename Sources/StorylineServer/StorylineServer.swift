import StorylinePipeline

/// The web UI and JSON API over the store. Filled in by the serve issue; until then
/// `storyline serve` says plainly that it is not available.
public enum StorylineServer {
    public static let isAvailable = false
}
