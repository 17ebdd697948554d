import StorylineCore

/// The Group stage's entry point: online, deterministic clustering of documents into
/// stories and storylines, with duplicate detection. Feed documents in publication order.
public struct StoryClusterer: Sendable {
    public init() {}

    /// Places `document` and returns where it went.
    public mutating func add(_ document: ClusterDocument) -> ClusterAssignment {
        ClusterAssignment(id: document.id, story: document.id, storyline: document.id)
    }
}
