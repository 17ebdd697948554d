import ArgumentParser
import Foundation
import StorylinePipeline

struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze", abstract: "Analyze one document: sentences, entities, quotes, claims, dates.")

    @Argument(help: "A web page or text dump (or, with --extracted, the JSON of `storyline extract`).") var file: String
    @Option(help: "json or text.") var format: OutputFormat = .json
    @Flag(help: "FILE is the JSON that `storyline extract --format json` writes.") var extracted = false
    @Option(help: "Publication date (YYYY-MM-DD) to resolve relative dates against, when the document lacks one.")
    var published: String?

    enum OutputFormat: String, ExpressibleByArgument { case json, text }

    func run() throws {
        var doc: ExtractedDocument
        if extracted {
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: file))
                doc = try JSONDecoder().decode(ExtractedDocument.self, from: data)
            } catch {
                throw CommandFailure("\(file): not an extracted document (\(error.localizedDescription))")
            }
        } else {
            let read = DocumentReader().read(fileAt: file)
            for failure in read.failures { Stderr.write("storyline: \(failure)\n") }
            guard let raw = read.documents.first else { throw SomeInputsFailed() }
            doc = DocumentExtractor().extract(raw)
        }
        if let published {
            guard let date = ISO8601.parse(published) else {
                throw ValidationError("--published must be an ISO 8601 date, got \(published)")
            }
            if doc.published == nil || extracted { doc.published = date }
        }
        let analysis = DocumentAnalyzer().analyze(doc)
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let report = AnalysisReport(analysis, published: doc.published)
            Stdout.write(String(decoding: try encoder.encode(report), as: UTF8.self) + "\n")
        case .text:
            Stdout.write(AnalysisReport(analysis, published: doc.published).text)
        }
    }
}

/// The JSON of `storyline analyze`: SPEC's fields, with each finding's `sentence` as the
/// sentence text and `sentenceIndex` beside it. Optional fields are written as null rather
/// than left out, so every key of SPEC is present.
struct AnalysisReport: Encodable {
    struct Quote: Encodable {
        @NullEncoded var speaker: String?
        var text: String
        var direct: Bool
        var sentence: String
        var sentenceIndex: Int
    }
    struct Claim: Encodable {
        var value: Double
        var valueText: String
        var counts: String
        @NullEncoded var qualifier: String?
        @NullEncoded var attributedTo: String?
        var sentence: String
        var sentenceIndex: Int
    }
    struct DateItem: Encodable {
        var text: String
        @NullEncoded var resolved: String?
        var relative: Bool
        var sentence: String
        var sentenceIndex: Int
    }

    @NullEncoded var published: String?
    var sentences: [Sentence]
    var entities: [Entity]
    var quotes: [Quote]
    var claims: [Claim]
    var dates: [DateItem]

    init(_ a: DocumentAnalysis, published: Date?) {
        func text(_ i: Int) -> String { i < a.sentences.count ? a.sentences[i].text : "" }
        self.published = published.map(ISO8601.format)
        sentences = a.sentences
        entities = a.entities
        quotes = a.quotes.map {
            Quote(speaker: $0.speaker, text: $0.text, direct: $0.direct, sentence: text($0.sentence), sentenceIndex: $0.sentence)
        }
        claims = a.claims.map {
            Claim(
                value: $0.value, valueText: $0.valueText, counts: $0.counts, qualifier: $0.qualifier,
                attributedTo: $0.attributedTo, sentence: text($0.sentence), sentenceIndex: $0.sentence)
        }
        dates = a.dates.map {
            DateItem(text: $0.text, resolved: $0.resolved, relative: $0.relative, sentence: text($0.sentence), sentenceIndex: $0.sentence)
        }
    }

    var text: String {
        var out = ""
        for q in quotes { out += "QUOTE\t\(q.speaker ?? "?")\t\(q.direct ? "direct" : "indirect")\t\(q.text)\n" }
        for c in claims {
            out += "CLAIM\t\(c.valueText)\t\(c.counts)\t\(c.qualifier ?? "")\t\(c.attributedTo ?? "")\n"
        }
        for d in dates { out += "DATE\t\(d.text)\t\(d.resolved ?? "?")\n" }
        return out
    }
}
