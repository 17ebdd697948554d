import Foundation
import StorylineCore

/// A sentence the model writer left out, and why.
public struct DroppedSentence: Sendable, Hashable, Codable {
    /// The section it belonged to ("whatHappened", "behindTheHeadline", "whatThePapersSay: Outlet").
    public var section: String
    /// The model's rewrite that failed the check.
    public var text: String
    /// The share of its content words found in its cited sentences.
    public var support: Double
    public var reason: String
}

/// The result of a model rewrite: the brief with rewritten prose, and what was dropped.
public struct ModelRewrite: Sendable {
    public var brief: Brief
    public var dropped: [DroppedSentence]
}

/// The optional model writer (`--writer openai --endpoint URL --model NAME`): rewrites the
/// prose sections of an extractive brief through an OpenAI-compatible chat endpoint. Each
/// rewritten sentence keeps the citations of the sentence it rewrites; it is dropped and
/// reported when fewer than `checker.threshold` of its content words occur in those cited
/// sentences, or when it alters a quotation. Disagreements, timeline, questions and topic
/// cards stay extractive.
public struct ModelBriefWriter: Sendable {
    public var client: ChatClient
    public var checker: SupportChecker

    public init(endpoint: URL, model: String, apiKey: String? = nil, checker: SupportChecker = SupportChecker()) {
        client = ChatClient(endpoint: endpoint, model: model, apiKey: apiKey)
        self.checker = checker
    }

    static let instructions = """
        You edit a news brief. Rewrite each numbered sentence so it reads clearly on its own, \
        using only facts stated in that sentence's sources. Do not add facts, names, numbers or \
        opinions. Copy any text inside quotation marks exactly. Answer with one line per sentence, \
        in the form "N. rewritten sentence", and nothing else.
        """

    /// Writes the extractive brief of `story`, then rewrites its prose sections.
    public func write(_ story: StoryInput, updated: Date, base: BriefWriter = BriefWriter()) async throws -> ModelRewrite {
        try await rewrite(base.write(story, updated: updated))
    }

    public func rewrite(_ brief: Brief) async throws -> ModelRewrite {
        var out = brief
        var dropped: [DroppedSentence] = []
        out.whatHappened = try await rewrite(brief.whatHappened, section: "whatHappened", dropped: &dropped)
        out.behindTheHeadline = try await rewrite(brief.behindTheHeadline, section: "behindTheHeadline", dropped: &dropped)
        var papers: [OutletCoverage] = []
        for outlet in brief.whatThePapersSay {
            var o = outlet
            // Public reaction is quoted as posted, never reworded.
            if outlet.kind != .discussion {
                o.sentences = try await rewrite(outlet.sentences, section: "whatThePapersSay: \(outlet.publisher)", dropped: &dropped)
            }
            if !o.sentences.isEmpty { papers.append(o) }
        }
        out.whatThePapersSay = papers
        return ModelRewrite(brief: out, dropped: dropped)
    }

    func rewrite(_ sentences: [BriefSentence], section: String, dropped: inout [DroppedSentence]) async throws
        -> [BriefSentence]
    {
        guard !sentences.isEmpty else { return [] }
        var prompt = "Sentences and their sources:\n"
        for (i, s) in sentences.enumerated() {
            prompt += "\(i + 1). \(s.text)\n"
            for c in s.citations { prompt += "   Source (\(c.publisher ?? "unknown")): \(c.quote)\n" }
        }
        let answer = try await client.complete(system: Self.instructions, user: prompt)
        let lines = Self.numberedLines(answer)
        var out: [BriefSentence] = []
        for (i, s) in sentences.enumerated() {
            guard let text = lines[i + 1], !text.isEmpty else {
                out.append(s)  // not rewritten: the extractive sentence stands
                continue
            }
            let quotes = s.citations.map(\.quote)
            let support = checker.support(of: text, by: quotes)
            if support < checker.threshold {
                let missing = checker.unsupportedWords(of: text, by: quotes).prefix(8).joined(separator: ", ")
                dropped.append(
                    DroppedSentence(section: section, text: text, support: support, reason: "unsupported words: \(missing)"))
                continue
            }
            if let altered = Self.alteredQuotation(in: text, sources: quotes) {
                dropped.append(
                    DroppedSentence(section: section, text: text, support: support, reason: "altered quotation: \(altered)"))
                continue
            }
            out.append(BriefSentence(text: text, citations: s.citations))
        }
        return out
    }

    /// "N. text" lines of the answer by number; the first line for a number wins.
    static func numberedLines(_ answer: String) -> [Int: String] {
        var out: [Int: String] = [:]
        for raw in answer.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let digits = line.prefix { $0.isNumber }
            guard !digits.isEmpty, digits.count <= 3, let n = Int(digits) else { continue }
            var rest = line.dropFirst(digits.count)
            guard let mark = rest.first, mark == "." || mark == ")" || mark == ":" else { continue }
            rest = rest.dropFirst()
            let text = rest.trimmingCharacters(in: .whitespaces)
            if out[n] == nil, !text.isEmpty { out[n] = text }
        }
        return out
    }

    /// The first quoted span of `text` that no source contains verbatim, if any.
    static func alteredQuotation(in text: String, sources: [String]) -> String? {
        for span in quotedSpans(text) where span.count >= 3 {
            if !sources.contains(where: { $0.contains(span) }) { return span }
        }
        return nil
    }

    /// Text between straight double quotes or between curly double quotes.
    static func quotedSpans(_ text: String) -> [String] {
        var spans: [String] = []
        var current: String?
        var closer: Character = "\""
        for c in text {
            if var open = current {
                if c == closer {
                    spans.append(open)
                    current = nil
                } else {
                    open.append(c)
                    current = open
                }
            } else if c == "\"" || c == "\u{201C}" {
                current = ""
                closer = c == "\"" ? "\"" : "\u{201D}"
            }
        }
        return spans
    }
}
