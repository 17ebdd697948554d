import StorylineCore

/// One document of a story as the brief reads it: what Extract made of it, what Analyze
/// found in it, and, when Group saw it as a reprint or near-copy, the id of the original.
public struct StoryDocument: Sendable, Hashable {
    public var id: String
    public var extracted: ExtractedDocument
    public var analysis: DocumentAnalysis
    /// The id of the document this one reprints; its coverage is credited to that outlet.
    public var duplicateOf: String?

    public init(id: String, extracted: ExtractedDocument, analysis: DocumentAnalysis, duplicateOf: String? = nil) {
        self.id = id
        self.extracted = extracted
        self.analysis = analysis
        self.duplicateOf = duplicateOf
    }
}

/// Everything the writer needs for one story: its documents (any order; the writer sorts
/// them by id so the brief does not depend on input order) and the dated events of earlier
/// stories of the same storyline, for "How we got here".
public struct StoryInput: Sendable, Hashable {
    public var id: String
    public var storylineID: String
    public var documents: [StoryDocument]
    /// Dated, cited sentences from earlier stories of the storyline: pass the
    /// `howWeGotHere` of their briefs, or `BriefWriter.datedEvents(of:)` of their inputs.
    public var earlierEvents: [TimelineEntry]

    public init(id: String, storylineID: String, documents: [StoryDocument], earlierEvents: [TimelineEntry] = []) {
        self.id = id
        self.storylineID = storylineID
        self.documents = documents
        self.earlierEvents = earlierEvents
    }
}
