import StorylineCore

/// The byline count of a brief: "4 documents from 1 outlet and 3 unattributed sources".
/// Documents with no publisher (text dumps, forum threads) are sources too; counting only
/// named outlets told readers that a five-source story came from one outlet.
enum SourceCount {
    static func phrase(_ documents: [BriefDocument]) -> String {
        let originals = documents.filter { $0.duplicateOf == nil }
        let outlets = Set(originals.compactMap(\.publisher)).count
        let unattributed = originals.filter { $0.publisher == nil }.count
        var text = "\(plural(documents.count, "document")) from \(plural(outlets, "outlet"))"
        if unattributed > 0 { text += " and \(plural(unattributed, "unattributed source"))" }
        return text
    }

    static func plural(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
