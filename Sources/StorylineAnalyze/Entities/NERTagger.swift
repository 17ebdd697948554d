import Foundation

/// The entity tagger: the shipped model plus gazetteer features. `shared` loads both once,
/// thread-safely (a `static let`), from the module's resources.
public struct NERTagger: Sendable {
    public let model: NERModel
    let extractor: NERFeatureExtractor

    public init(model: NERModel, gazetteer: Gazetteer = .shared) {
        self.model = model
        extractor = NERFeatureExtractor(gazetteer: gazetteer)
    }

    /// The shipped tagger, or nil when its model file is missing or malformed (see `loadError`).
    public static let shared: NERTagger? = {
        guard let data = AnalyzeResources.data("ner/ner.model") else { return nil }
        return (try? NERModel(serialized: data)).map { NERTagger(model: $0) }
    }()

    /// Why `shared` is nil, for a clear message.
    public static var loadError: String? {
        guard shared == nil else { return nil }
        guard let data = AnalyzeResources.data("ner/ner.model") else {
            return "the entity model (Resources/ner/ner.model) is missing from the StorylineAnalyze bundle"
        }
        do {
            _ = try NERModel(serialized: data)
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// Tag indices (into `NERTagSet.names`) for a tokenized sentence.
    public func tagIndices(_ tokens: [String]) -> [Int] {
        guard !tokens.isEmpty else { return [] }
        // Bound the work on absurd "sentences": tag in windows of 300 tokens.
        if tokens.count > 300 {
            var out: [Int] = []
            out.reserveCapacity(tokens.count)
            var i = 0
            while i < tokens.count {
                let j = min(tokens.count, i + 300)
                out += tagIndices(Array(tokens[i..<j]))
                i = j
            }
            return out
        }
        return model.decode(extractor.features(tokens), tokenCount: tokens.count)
    }

    /// BIO tag names for a tokenized sentence.
    public func tag(_ tokens: [String]) -> [String] {
        tagIndices(tokens).map { NERTagSet.names[$0] }
    }
}
