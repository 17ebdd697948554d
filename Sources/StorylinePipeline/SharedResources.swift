import StorylineAnalyze
import StorylineBrief

/// The shipped models and word lists: the entity tagger, the gazetteer and the knowledge base.
/// Each loads on first use, and every analysis thread waits for the first one; `storyline run`
/// loads them on a thread of their own while the ingest leaves a core partly idle.
public enum SharedResources {
    public static func load() {
        _ = NERTagger.shared
        _ = Gazetteer.shared
        _ = KnowledgeBase.bundled
    }
}
