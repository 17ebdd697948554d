/// Training-data augmentation by mention replacement: copies of the training documents in
/// which every PERSON, ORG and LOC name is swapped for another name of the same type from the
/// shipped gazetteers (census names, GeoNames places, the organisation list). With 77k training
/// tokens the tagger otherwise learns which words were names ("Paris" was a person 11 times)
/// rather than the contexts names occur in; the copies keep the contexts and change the words.
/// Within one copy of a document the same name always gets the same replacement, so repeated
/// names stay repeated (the second stage learns from that). Deterministic for a seed.
public struct NERAugmenter: Sendable {
    var firstNames: [String] = []
    var surnames: [String] = []
    var places: [[String]] = []
    var organizations: [[String]] = []

    /// Replacement names from the shipped gazetteers.
    public static func shipped() -> NERAugmenter {
        var a = NERAugmenter()
        if let names = AnalyzeResources.text("gazetteers/personal-names.tsv") {
            Gazetteer.forEachRow(names) { cols in
                guard cols.count >= 2 else { return }
                let name = String(decoding: cols[0], as: UTF8.self)
                guard Self.plain(name) else { return }
                let kinds = String(decoding: cols[1], as: UTF8.self)
                if kinds.contains("first") { a.firstNames.append(name) }
                if kinds.contains("last") { a.surnames.append(name) }
            }
        }
        func phrases(_ path: String, into list: inout [[String]]) {
            guard let text = AnalyzeResources.text(path) else { return }
            var seen = Set<String>()
            Gazetteer.forEachRow(text) { cols in
                guard cols.count >= 2 else { return }
                let name = String(decoding: cols[0], as: UTF8.self)
                guard Self.plain(name), seen.insert(name).inserted else { return }
                let words = name.split(separator: " ").map(String.init)
                if words.count <= 4 { list.append(words) }
            }
        }
        phrases("gazetteers/places.tsv", into: &a.places)
        phrases("gazetteers/organizations.tsv", into: &a.organizations)
        return a
    }

    /// Letters, spaces, hyphens and periods only, capitalized: names that tokenize as they are.
    static func plain(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.properties.isUppercase else { return false }
        return name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == " " || $0 == "-" || $0 == "." }
    }

    var isUsable: Bool { !firstNames.isEmpty && !surnames.isEmpty && !places.isEmpty && !organizations.isEmpty }

    /// `copies` augmented copies of the documents' sentences that hold a PERSON, ORG or LOC name.
    /// A copy's document number keeps the original's remainder modulo `folds`, so that
    /// cross-validation never tests on a copy of a document it trained on.
    public func augment(_ sentences: [NERSentence], copies: Int, folds: Int = 4, seed: UInt64 = 7) -> [NERSentence] {
        guard copies > 0, isUsable else { return [] }
        var rng = SplitMix64(seed: seed)
        let stride = folds * (1 + (sentences.map(\.document).max() ?? 0) / folds + 1)
        var out: [NERSentence] = []
        for copy in 1...copies {
            var chosen: [String: [String]] = [:]  // "type|original name" → replacement, per document
            var document = -1
            for s in sentences {
                if s.document != document {
                    document = s.document
                    chosen = [:]
                }
                guard s.tags.contains(where: { $0 >= 1 && $0 <= 6 }) else { continue }
                var tokens: [String] = []
                var tags: [Int] = []
                var i = 0
                while i < s.tokens.count {
                    let tag = s.tags[i]
                    guard tag >= 1, tag <= 6, NERTagSet.isBegin(tag) else {
                        tokens.append(s.tokens[i])
                        tags.append(tag)
                        i += 1
                        continue
                    }
                    var end = i + 1
                    while end < s.tokens.count, s.tags[end] == tag + 1 { end += 1 }
                    let key = "\(tag)|" + s.tokens[i..<end].joined(separator: " ")
                    let replacement = chosen[key] ?? pick(type: tag, length: end - i, &rng)
                    chosen[key] = replacement
                    tokens += replacement
                    tags.append(tag)
                    tags += [Int](repeating: tag + 1, count: replacement.count - 1)
                    i = end
                }
                out.append(NERSentence(tokens: tokens, tags: tags, document: s.document + copy * stride))
            }
        }
        return out
    }

    private func pick(type tag: Int, length: Int, _ rng: inout SplitMix64) -> [String] {
        func any<T>(_ a: [T]) -> T { a[Int(rng.next() % UInt64(a.count))] }
        switch tag {
        case 1:  // PERSON: a surname alone stays a surname; longer names get first name + surname
            return length == 1 ? [any(surnames)] : [any(firstNames), any(surnames)]
        case 3:
            return any(organizations)
        default:
            return any(places)
        }
    }
}
