import Foundation
import StorylineCore

/// Short descriptions of well-known people, places and organizations for the brief's topic
/// cards. The bundled one is derived from WordNet 3.0 by `scripts/build-knowledge-base`
/// (licence in `Resources/knowledge-base.LICENSE`) and parsed once per process.
public struct KnowledgeBase: Sendable {
    public struct Entry: Sendable, Hashable {
        public var type: EntityType
        public var names: [String]
        public var description: String
    }

    /// Entries by lower-cased name and type family ("P" people, "X" everything else).
    private var index: [String: Entry] = [:]

    public init() {}

    /// Parses lines of `TYPE<TAB>name|name…<TAB>description`; the first entry for a name wins.
    public init(tsv: String) {
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: true) {
            let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, let type = EntityType(rawValue: String(fields[0])) else { continue }
            let names = fields[1].split(separator: "|").map(String.init)
            let entry = Entry(type: type, names: names, description: String(fields[2]))
            for name in names {
                let key = Self.key(name, type)
                if index[key] == nil { index[key] = entry }
            }
        }
    }

    /// The knowledge base shipped with Storyline (empty if the resource is missing).
    public static let bundled: KnowledgeBase = {
        guard let url = Bundle.module.url(forResource: "knowledge-base", withExtension: "tsv", subdirectory: "Resources")
            ?? Bundle.module.url(forResource: "knowledge-base", withExtension: "tsv"),
            let text = try? String(contentsOf: url, encoding: .utf8)
        else { return KnowledgeBase() }
        return KnowledgeBase(tsv: text)
    }()

    public var count: Int { Set(index.values).count }

    /// The description of an entity, looked up by its name and then its aliases. A person is
    /// only matched on a full (multi-word) name, so "Harris" does not fetch the wrong Harris.
    public func description(name: String, aliases: [String], type: EntityType) -> String? {
        for candidate in [name] + aliases {
            let trimmed = Trimmed.whitespaceAndNewlines(candidate)
            if type == .person, !trimmed.contains(" ") { continue }
            if let entry = index[Self.key(trimmed, type)] { return entry.description }
        }
        return nil
    }

    static func key(_ name: String, _ type: EntityType) -> String {
        name.lowercased() + "|" + (type == .person ? "P" : "X")
    }
}
