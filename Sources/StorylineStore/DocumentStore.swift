import StorylineCore

/// Where documents, stories and briefs persist. SQLite (`SQLiteStore`) by default;
/// the protocol leaves room for PostgreSQL.
public protocol DocumentStore: Sendable {}
