import StorylineAnalyze
import StorylineCore

/// The entity names the clusterer compares, taken from the Analyze stage's recognizer so that
/// `storyline cluster` (no store) and the ingest pipeline (stored analyses) see the same names.
/// Names are the strongest signal for telling apart two events of one type (two earthquakes,
/// two rehab check-ins): their words are shared, their people and places are not.
public enum DocumentNames {
    /// One entry per entity: its canonical name, its aliases and how often it was mentioned.
    public struct Name: Sendable, Hashable {
        public var forms: [String]
        public var mentions: Int
        public init(forms: [String], mentions: Int) {
            self.forms = forms
            self.mentions = mentions
        }
    }

    /// The names of an analysis (as stored by the pipeline).
    public static func names(_ entities: [Entity]) -> [Name] {
        entities.map { Name(forms: [$0.name] + $0.aliases, mentions: max(1, $0.mentions)) }
    }

    /// Runs the Analyze stage's sentence splitter and entity recognizer over plain text
    /// (one paragraph per line), as `DocumentAnalyzer` does over extracted blocks.
    public static func find(text: String) -> [Name] {
        var blocks: [TextBlock] = []
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }) where !line.allSatisfy(\.isWhitespace) {
            blocks.append(TextBlock(String(line)))
        }
        guard !blocks.isEmpty else { return [] }
        let sentences = SentenceSplitter().split(blocks)
        return names(EntityRecognizer().analyze(sentences).entities)
    }
}
