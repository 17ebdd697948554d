/// The clustering knobs. Defaults were tuned on the ECB+ DEV split (mean pairwise F1 over
/// five stream orders, dates dropped; see bench/grouping.sh) and on the fictional fixtures,
/// never per topic: a coarse grid over threshold and the three kind weights, no per-topic rule.
public struct ClusterParameters: Sendable, Codable, Equatable {
    /// Minimum combined similarity for a document to join a story.
    public var storyThreshold: Float = 0.28
    /// Weight of the name cosine relative to the word cosine (1).
    public var nameWeight: Float = 1.0
    /// Weight of title words relative to body words.
    public var titleWeight: Float = 2
    /// Weight of the number cosine. Numbers (ages, tolls, counts, years) tell apart two
    /// events of one type that share words (ECB+ DEV: 0.05 → 0.5 gave +1.6 pairwise F1).
    public var numberWeight: Float = 0.5
    /// Days a story stays fully open after its last document; beyond, similarity decays.
    public var graceDays: Double = 7
    /// e-folding time of the decay, in days.
    public var decayDays: Double = 14
    /// A story older than this (since its last document) no longer takes documents.
    public var storyWindowDays: Double = 30
    /// Minimum similarity for a new story to join an existing storyline.
    public var storylineThreshold: Float = 0.2
    /// Weight of names (vs. words) in the storyline similarity.
    public var storylineNameShare: Float = 0.6
    /// A storyline silent for longer than this no longer takes stories.
    public var storylineWindowDays: Double = 400
    /// Heaviest terms of a document used to find candidate stories and storylines. Short lists
    /// miss the right storyline when a noisy page's top names are junk (seed 000).
    public var candidateWords = 40
    public var candidateNames = 24
    /// Candidates scored exactly per document: those sharing the most heavy terms.
    public var shortlist = 16
    /// Documents between two compactions of the candidate index (dated streams).
    public var compactionInterval = 2048
    /// Posting lists longer than this are skipped when looking for candidates (stop-like terms).
    public var maximumPosting = 4000
    /// A story's centroid keeps at most this many terms per kind (bounded memory).
    public var centroidTerms = 400
    /// Documents under this many words are never near-duplicates (exact copies only).
    public var duplicates = DuplicateIndex.Parameters()

    public init() {}
}
