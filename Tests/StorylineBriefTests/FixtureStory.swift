import Foundation
import StorylineBrief
import StorylineCore
import TestSupport

/// Builds a `StoryInput` from a compact, hand-written fixture: each document's blocks plus
/// the entities, quotes, claims and dates an analyzer would report. Sentence offsets and the
/// sentences each annotation falls in are computed here, so fixtures stay readable.
enum FixtureStory {
    struct File: Decodable {
        var id: String
        var storyline: String
        var documents: [Doc]
    }
    struct Doc: Decodable {
        var id: String
        var publisher: String?
        var title: String?
        var kind: DocumentKind
        var published: String?
        var url: String?
        var duplicateOf: String?
        var blocks: [String]
        var comments: [FixtureComment]?
        var entities: [FixtureEntity]
        var quotes: [FixtureQuote]
        var claims: [FixtureClaim]
        var dates: [FixtureDate]
    }
    struct FixtureComment: Decodable { var author: String?; var score: Int?; var text: String }
    struct FixtureEntity: Decodable { var name: String; var type: EntityType; var aliases: [String] }
    struct FixtureQuote: Decodable { var speaker: String?; var text: String }
    struct FixtureClaim: Decodable {
        var value: Double; var valueText: String; var counts: String; var qualifier: String?; var attributedTo: String?
    }
    struct FixtureDate: Decodable { var text: String; var resolved: String?; var relative: Bool? }

    static func load(_ name: String = "brief/veloria-story.json") throws -> StoryInput {
        let file = try JSONDecoder().decode(File.self, from: Fixtures.data(name))
        return StoryInput(id: file.id, storylineID: file.storyline, documents: file.documents.map(document))
    }

    static func document(_ d: Doc) -> StoryDocument {
        let extracted = ExtractedDocument(
            title: d.title, publisher: d.publisher, published: d.published.flatMap(ISO8601.parse), language: "en",
            url: d.url, kind: d.kind, blocks: d.blocks.map { TextBlock($0) },
            comments: (d.comments ?? []).map { Comment(author: $0.author, score: $0.score, text: $0.text) })
        let sentences = split(d.blocks)
        func sentencesContaining(_ text: String) -> [Int] {
            sentences.filter { $0.text.contains(text) }.map(\.index)
        }
        let entities = d.entities.map { e -> Entity in
            let forms = [e.name] + e.aliases
            let hits = sentences.filter { s in forms.contains { s.text.contains($0) } }.map(\.index)
            return Entity(name: e.name, type: e.type, aliases: e.aliases, mentions: max(1, hits.count), sentences: hits)
        }
        let quotes = d.quotes.compactMap { q in
            sentencesContaining(q.text).first.map { Quote(speaker: q.speaker, text: q.text, sentence: $0) }
        }
        let claims = d.claims.compactMap { c in
            sentencesContaining(c.valueText).first.map {
                NumericClaim(
                    value: c.value, valueText: c.valueText, counts: c.counts, qualifier: c.qualifier,
                    attributedTo: c.attributedTo, sentence: $0)
            }
        }
        let dates = d.dates.compactMap { m in
            sentencesContaining(m.text).first.map {
                DateMention(text: m.text, resolved: m.resolved, relative: m.relative ?? false, sentence: $0)
            }
        }
        let analysis = DocumentAnalysis(
            sentences: sentences, entities: entities, quotes: quotes, claims: claims, dates: dates)
        return StoryDocument(id: d.id, extracted: extracted, analysis: analysis, duplicateOf: d.duplicateOf)
    }

    /// Sentence ends: . ! ? (optionally followed by a closing quote), then a space and an
    /// upper-case letter or opening quote; "Dr." and "Mr." do not end sentences.
    static func split(_ blocks: [String]) -> [Sentence] {
        var out: [Sentence] = []
        for (b, block) in blocks.enumerated() {
            let scalars = Array(block.unicodeScalars)
            var start = 0
            var i = 0
            func emit(_ end: Int) {
                var text = String.UnicodeScalarView()
                text.append(contentsOf: scalars[start..<end])
                let s = String(text)
                if !s.isEmpty { out.append(Sentence(index: out.count, block: b, start: start, text: s)) }
            }
            while i < scalars.count {
                let c = scalars[i]
                if c == "." || c == "!" || c == "?" {
                    var end = i + 1
                    if end < scalars.count, scalars[end] == "\"" { end += 1 }
                    let word = String(String.UnicodeScalarView(scalars[max(0, i - 2)..<i]))
                    if end + 1 < scalars.count, scalars[end] == " ",
                        scalars[end + 1].properties.isUppercase || scalars[end + 1] == "\"", !["Dr", "Mr"].contains(word)
                    {
                        emit(end)
                        start = end + 1
                        i = end
                    }
                }
                i += 1
            }
            if start < scalars.count { emit(scalars.count) }
        }
        return out
    }
}
