import Foundation

/// The entity tagger: two averaged-perceptron stages plus gazetteer features. The first stage
/// tags each sentence; the second sees the first stage's tags of the sentence and of the same
/// words elsewhere in the document, which makes repeated names consistent. `shared` loads the
/// shipped model once, thread-safely (a `static let`), from the module's resources.
public struct NERTagger: Sendable {
    public let first: NERModel
    public let second: NERModel?
    let extractor: NERFeatureExtractor
    /// Both stages' weights laid out for scoring.
    let table: NERWeightTable

    public init(first: NERModel, second: NERModel? = nil, gazetteer: Gazetteer = .shared) {
        self.first = first
        self.second = second
        extractor = NERFeatureExtractor(gazetteer: gazetteer)
        table = NERWeightTable(first: first, second: second)
    }

    /// Reads a model file: one stage (`NERModel.serialized`) or both (`NERTagger.serialized`).
    public init(serialized data: Data, gazetteer: Gazetteer = .shared) throws {
        let magic = [UInt8](data.prefix(Self.magic.count))
        if magic == Self.magic {
            var p = Self.magic.count
            guard data.count >= p + 4 else { throw NERModel.LoadError.malformed("truncated header") }
            let bytes = [UInt8](data[data.startIndex + p..<data.startIndex + p + 4])
            let length = Int(bytes[0]) | Int(bytes[1]) << 8 | Int(bytes[2]) << 16 | Int(bytes[3]) << 24
            p += 4
            guard length >= 0, data.count >= p + length else { throw NERModel.LoadError.malformed("truncated first stage") }
            let start = data.startIndex + p
            let firstModel = try NERModel(serialized: data.subdata(in: start..<start + length))
            let secondModel = try NERModel(serialized: data.subdata(in: start + length..<data.endIndex))
            self.init(first: firstModel, second: secondModel, gazetteer: gazetteer)
        } else {
            self.init(first: try NERModel(serialized: data), gazetteer: gazetteer)
        }
    }

    static let magic: [UInt8] = Array("SLNER2S\n".utf8)

    /// Both stages in one file.
    public static func serialized(first: NERModel, second: NERModel) -> Data {
        let a = first.serialized()
        var d = Data(magic)
        withUnsafeBytes(of: UInt32(a.count).littleEndian) { d.append(contentsOf: $0) }
        d.append(a)
        d.append(second.serialized())
        return d
    }

    /// The shipped tagger, or nil when its model file is missing or malformed (see `loadError`).
    public static let shared: NERTagger? = {
        guard let data = AnalyzeResources.data("ner/ner.model") else { return nil }
        return try? NERTagger(serialized: data)
    }()

    /// Why `shared` is nil, for a clear message.
    public static var loadError: String? {
        guard shared == nil else { return nil }
        guard let data = AnalyzeResources.data("ner/ner.model") else {
            return "the entity model (Resources/ner/ner.model) is missing from the StorylineAnalyze bundle"
        }
        do {
            _ = try NERTagger(serialized: data)
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// Longest sentence tagged in one piece; longer runs are tagged in windows (bounded work).
    static let window = 300

    /// Tag indices (into `NERTagSet.names`) for the tokenized sentences of one document.
    public func tagDocument(_ sentences: [[String]]) -> [[Int]] {
        let pieces = sentences.map { Self.windows($0).map(extractor.infos) }
        let windows = pieces.flatMap { $0 }
        var context = NERDocumentContext(windows)
        let scorer = NERDocumentScorer(table: table, windows: windows, hasSecond: second != nil)
        // A window with no capital past its first word needs the second stage only when the
        // first stage found a name there (rare), so its second-stage sums wait until then.
        let capitalized = windows.map { $0.dropFirst().contains(where: \.titleLike) }
        let firstTags = windows.indices.map {
            scorer.firstStage($0, context: context, transitions: first.transitions, keepSecond: capitalized[$0])
        }
        let tags: [[Int]]
        if let second {
            context.addVotes(windows, tags: firstTags)
            tags = windows.indices.map { w in
                let t = firstTags[w]
                // Nothing for the second stage to revise: no entity and no capital past the first word.
                if !capitalized[w], t.allSatisfy({ $0 == NERTagSet.outside }) { return t }
                let revised = scorer.secondStage(w, context: context, firstStage: t, transitions: second.transitions)
                return Self.corrected(windows[w], revised)
            }
        } else {
            tags = windows.indices.map { Self.corrected(windows[$0], firstTags[$0]) }
        }
        var out: [[Int]] = []
        out.reserveCapacity(pieces.count)
        var w = 0
        for piece in pieces {
            if piece.count == 1 {
                out.append(tags[w])
            } else {
                out.append(tags[w..<w + piece.count].flatMap { $0 })
            }
            w += piece.count
        }
        return out
    }

    /// The tagger's spans after the rules below.
    static func corrected(_ infos: [NERFeatureExtractor.TokenInfo], _ tags: [Int]) -> [Int] {
        placesNotPeople(infos, withoutTitles(infos, tags))
    }

    /// A "person" whose whole name is a listed country, capital, region or continent ("in Hong
    /// Kong", "London") is that place: with 77k training tokens, word memory and surname lists
    /// can outvote the gazetteer. A one-word name that is also a first name ("Jordan", "Georgia")
    /// stays a person.
    static func placesNotPeople(_ infos: [NERFeatureExtractor.TokenInfo], _ tags: [Int]) -> [Int] {
        let strong = UInt64((Gazetteer.Kind.country.rawValue | Gazetteer.Kind.capital.rawValue
            | Gazetteer.Kind.region.rawValue | Gazetteer.Kind.continent.rawValue))
        let firstName = UInt64(Gazetteer.Kind.firstName.rawValue)
        let begin = NERTagSet.index(of: "B-PERSON")
        let place = NERTagSet.index(of: "B-LOC")
        var out = tags
        var i = 0
        while i < out.count {
            guard out[i] == begin else { i += 1; continue }
            var end = i + 1
            while end < out.count, out[end] == begin + 1 { end += 1 }
            // The span is exactly one gazetteer match: it starts one, continues it to the end,
            // and the next token does not continue it.
            let g = infos[i].gazetteer
            let exact = g & 1 == 1
                && (i + 1..<end).allSatisfy { infos[$0].gazetteer == g & ~1 }
                && (end == out.count || infos[end].gazetteer & 1 == 1 || infos[end].gazetteer == 0)
            if exact, (g >> 1) & strong != 0, end - i > 1 || infos[i].personalName & firstName == 0 {
                out[i] = place
                for k in (i + 1)..<end { out[k] = place + 1 }
            }
            i = end
        }
        return out
    }

    /// A person's name never includes a leading title ("Senator Baker" → "Baker", as in
    /// OntoNotes and GUM); a "name" made only of titles ("Madam Speaker") is no name, unless
    /// it is one word that is also a listed personal name ("King", "Earl", "Bishop") and does not
    /// follow another title.
    static func withoutTitles(_ infos: [NERFeatureExtractor.TokenInfo], _ tags: [Int]) -> [Int] {
        var out = tags
        let title = UInt64(NERKeywords.Class.title.rawValue)
        let begin = NERTagSet.index(of: "B-PERSON")
        var i = 0
        while i < out.count {
            guard out[i] == begin else { i += 1; continue }
            var end = i + 1
            while end < out.count, out[end] == begin + 1 { end += 1 }
            var start = i
            while start < end, infos[start].keyword == title { start += 1 }
            // "Speaker" may be a surname, but not right after another title ("Madam Speaker").
            let afterTitle = i > 0 && infos[i - 1].keyword == title
            let surname = start == end && end - i == 1 && infos[i].personalName != 0 && !afterTitle
            if start > i, !surname {
                for k in i..<start { out[k] = NERTagSet.outside }
                if start < end { out[start] = begin }
            }
            i = end
        }
        return out
    }

    /// Tag indices for one sentence on its own.
    public func tagIndices(_ tokens: [String]) -> [Int] {
        tagDocument([tokens])[0]
    }

    /// BIO tag names for one sentence on its own.
    public func tag(_ tokens: [String]) -> [String] {
        tagIndices(tokens).map { NERTagSet.names[$0] }
    }

    static func windows(_ tokens: [String]) -> [[String]] {
        guard tokens.count > window else { return tokens.isEmpty ? [] : [tokens] }
        return stride(from: 0, to: tokens.count, by: window).map { Array(tokens[$0..<min(tokens.count, $0 + window)]) }
    }
}
