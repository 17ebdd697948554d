import Foundation
import StorylineBrief
import StorylineCore

/// Whole-brief checks shared by the tests.
enum BriefChecks {
    static let updated = Date(timeIntervalSince1970: 1_931_000_000)

    static func allSentences(_ b: Brief) -> [(String, BriefSentence)] {
        b.whatHappened.map { ("whatHappened", $0) } + b.behindTheHeadline.map { ("behindTheHeadline", $0) }
            + b.whatThePapersSay.flatMap { o in o.sentences.map { ("papers", $0) } }
            + b.disagreements.flatMap { d in d.claims.map { ("disagreements", $0.sentence) } }
            + b.howWeGotHere.map { ("howWeGotHere", $0.sentence) }
    }

    static func allCitations(_ b: Brief) -> [Citation] {
        allSentences(b).flatMap(\.1.citations) + b.goDeeper.flatMap(\.citations)
    }

    /// Citations whose quote is not verbatim in the cited document's text or comments.
    static func nonVerbatim(_ b: Brief, _ story: StoryInput) -> [Citation] {
        let docs = Dictionary(story.documents.map { ($0.id, $0.extracted) }, uniquingKeysWith: { a, _ in a })
        return allCitations(b).filter { c in
            guard let d = docs[c.document] else { return true }
            return !(d.text.contains(c.quote) || d.comments.contains { $0.text.contains(c.quote) })
        }
    }
}
