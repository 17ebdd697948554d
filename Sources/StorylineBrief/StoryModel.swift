import Foundation
import StorylineCore

/// A sentence of a story document, prepared once for every section's selection.
struct SourceSentence: Sendable {
    /// Index of the document in `StoryModel.documents`.
    let doc: Int
    let sentence: Sentence
    let stems: Set<String>
    /// Story-level entities (indices into `StoryModel.entities`) the sentence mentions.
    let entities: [Int]
    /// Whether it can stand in a brief on its own: a complete, balanced prose sentence.
    let isProse: Bool
    /// How typical of the story it is (see `StoryModel.centrality`), set once the story's
    /// document frequencies are known.
    var centrality: Double = 0
    /// `StoryModel.isOnTopic`, worked out once for prose sentences (the only ones asked).
    var onTopic: Bool?

    var index: Int { sentence.index }
    var text: String { sentence.text }
}

/// An entity of the whole story: the same entity in different documents merged by shared
/// names and aliases.
struct StoryEntity: Sendable {
    var name: String
    var type: EntityType
    var aliases: [String]
    var mentions: Int
    /// Primary documents that mention it.
    var documents: Set<Int>
}

/// The story prepared for selection: documents in a stable order, duplicates resolved to
/// their originals, sentences with stems and entities, and document frequencies of stems.
struct StoryModel: Sendable {
    let documents: [StoryDocument]
    /// For each document, the index of the original it reprints (itself when it is original).
    let originalOf: [Int]
    private(set) var sentences: [[SourceSentence]]
    let entities: [StoryEntity]
    /// For each stem, how many primary documents contain it.
    let documentFrequency: [String: Int]
    let primaryCount: Int
    /// Stems of each document's sentences.
    let documentStems: [Set<String>]
    /// Whether each document's sentence indices strictly increase (`sentence(_:index:)`).
    let indicesAscending: [Bool]
    /// Each document's readable outlet name, computed once.
    let publisherNames: [String]
    /// Each document's declared or revealed outlet (`OutletName.outlet(of:)`), computed once.
    let outlets: [String?]

    init(_ story: StoryInput) {
        let docs = story.documents.sorted { $0.id < $1.id }
        documents = docs
        let outlets = docs.map { OutletName.outlet(of: $0.extracted) }
        self.outlets = outlets
        publisherNames = OutletName.unified(docs.indices.map { OutletName.name(of: docs[$0].extracted, outlet: outlets[$0]) })
        var position: [String: Int] = [:]
        for (i, d) in docs.enumerated() where position[d.id] == nil { position[d.id] = i }
        // Follow reprint chains to the first document that is not itself a reprint (bounded).
        var originals: [Int] = []
        for (i, d) in docs.enumerated() {
            var current = i
            var next = d.duplicateOf
            var steps = 0
            while let id = next, let j = position[id], j != current, steps < 16 {
                current = j
                next = docs[j].duplicateOf
                steps += 1
            }
            originals.append(current)
        }
        originalOf = originals
        let merged = EntityMerger.merge(docs, primary: originals.enumerated().map { $0.offset == $0.element })
        entities = merged.entities
        var df: [String: Int] = [:]
        var perDoc: [[SourceSentence]] = []
        var docStems: [Set<String>] = []
        for (i, d) in docs.enumerated() {
            var list: [SourceSentence] = []
            var stemsOfDoc = Set<String>()
            let blocks = d.extracted.blocks
            let title = d.extracted.title.map(Trimmed.whitespaceAndNewlines)
            var entitiesOfSentence: [Int: [Int]] = [:]
            for (local, global) in merged.localToStory[i] {
                for s in d.analysis.entities[local].sentences { entitiesOfSentence[s, default: []].append(global) }
            }
            let blockBytes = blocks.map { Array($0.text.utf8) }
            for s in d.analysis.sentences {
                // A sentence whose text is not found in its block cannot be cited verbatim.
                guard s.block >= 0, s.block < blocks.count else { continue }
                var text = s.text
                guard text.withUTF8({ b in blockBytes[s.block].withUnsafeBufferPointer { ByteSearch.contains($0, b) } })
                else { continue }
                let stems = ContentWords.stemSet(s.text)
                stemsOfDoc.formUnion(stems)
                let role = blocks[s.block].role
                // The headline repeated in the body is not a sentence of the story.
                let prose = (role == .paragraph || role == .listItem) && s.text != title && SentenceShape.isProse(s.text)
                var ents = (entitiesOfSentence[s.index] ?? []).sorted()
                ents.removeDuplicatesOfSorted()
                list.append(SourceSentence(doc: i, sentence: s, stems: stems, entities: ents, isProse: prose))
            }
            perDoc.append(list)
            docStems.append(stemsOfDoc)
            if originals[i] == i { for w in stemsOfDoc { df[w, default: 0] += 1 } }
        }
        let n = Double(max(1, originals.enumerated().filter { $0.offset == $0.element }.count))
        for d in perDoc.indices {
            for j in perDoc[d].indices {
                let stems = perDoc[d][j].stems
                guard !stems.isEmpty else { continue }
                // Summed as integers: a floating-point sum over a set depends on its hash
                // order, which differs between runs, and ties between equal sentences would too.
                var sum = 0
                for w in stems { sum += df[w] ?? 1 }
                perDoc[d][j].centrality = Double(sum) / n / (Double(stems.count) + 3)
            }
        }
        sentences = perDoc
        indicesAscending = perDoc.map { list in zip(list, list.dropFirst()).allSatisfy { $0.index < $1.index } }
        documentStems = docStems
        documentFrequency = df
        primaryCount = max(1, originals.enumerated().filter { $0.offset == $0.element }.count)
        for d in sentences.indices {
            for j in sentences[d].indices where sentences[d][j].isProse {
                let onTopic = computeOnTopic(sentences[d][j])
                sentences[d][j].onTopic = onTopic
            }
        }
    }

    func isPrimary(_ doc: Int) -> Bool { originalOf[doc] == doc }

    /// The first of a document's sentences with sentence index `index` (what a dictionary
    /// keyed by index, first one kept, would give): a binary search, since the sentences
    /// keep Analyze's order, checked once per document.
    func sentence(_ doc: Int, index: Int) -> SourceSentence? {
        let list = sentences[doc]
        guard indicesAscending[doc] else { return list.first { $0.index == index } }
        var low = 0
        var high = list.count
        while low < high {
            let mid = (low + high) / 2
            if list[mid].index < index { low = mid + 1 } else { high = mid }
        }
        return low < list.count && list[low].index == index ? list[low] : nil
    }

    /// Whether a sentence is about this story rather than another item of a roundup or a
    /// list of other news: with two or more outlets, it must share words with the others
    /// (at least two content words that another primary document uses, a quarter of its
    /// words for briefings, which mix stories).
    func isOnTopic(_ s: SourceSentence) -> Bool { s.onTopic ?? computeOnTopic(s) }

    private func computeOnTopic(_ s: SourceSentence) -> Bool {
        guard primaryCount >= 2, !s.stems.isEmpty else { return true }
        let own = documentStems[s.doc]
        var shared = 0
        for w in s.stems {
            let df = documentFrequency[w] ?? 0
            // Used by another primary document (its own document counts once when primary).
            if df >= (isPrimary(s.doc) && own.contains(w) ? 2 : 1) { shared += 1 }
        }
        let share = Double(shared) / Double(s.stems.count)
        return shared >= 2 && (kind(s.doc) != .briefing || share >= 0.25)
    }

    var primaryDocuments: [Int] { documents.indices.filter(isPrimary) }

    func kind(_ doc: Int) -> DocumentKind { documents[doc].extracted.kind }

    /// The outlet name shown for a document (see `OutletName`).
    func publisher(_ doc: Int) -> String { publisherNames[doc] }

    /// How typical the sentence is of the story: the mean share of primary documents
    /// containing each of its content words, damped for very short sentences.
    func centrality(_ s: SourceSentence) -> Double { s.centrality }

    func citation(_ s: SourceSentence) -> Citation {
        Citation(document: documents[s.doc].id, publisher: publisher(s.doc), quote: s.text)
    }
}

/// Merges per-document entities into story entities: two entities are one when they share
/// a lower-cased name or alias and their types agree (or one is MISC).
enum EntityMerger {
    struct Result {
        var entities: [StoryEntity]
        /// Per document: local entity index → story entity index.
        var localToStory: [[(Int, Int)]]
    }

    static func merge(_ docs: [StoryDocument], primary: [Bool]) -> Result {
        var parent: [Int] = []
        var flat: [(doc: Int, local: Int, entity: Entity)] = []
        for (d, doc) in docs.enumerated() {
            for (l, e) in doc.analysis.entities.enumerated() { flat.append((d, l, e)) }
        }
        parent = Array(flat.indices)
        func find(_ x: Int) -> Int {
            var x = x
            while parent[x] != x {
                parent[x] = parent[parent[x]]
                x = parent[x]
            }
            return x
        }
        var byKey: [TypedKey: Int] = [:]
        for (i, item) in flat.enumerated() {
            let keys = ([item.entity.name] + item.entity.aliases).map { $0.lowercased() }
            for key in keys where !key.isEmpty {
                // Single short tokens ("Kim") only merge when they are the entity's own name.
                let typedKey = TypedKey(name: key, family: typeFamily(item.entity.type))
                if let j = byKey[typedKey] {
                    let a = find(i), b = find(j)
                    if a != b { parent[max(a, b)] = min(a, b) }
                } else {
                    byKey[typedKey] = i
                }
            }
        }
        var groups: [Int: [Int]] = [:]
        for i in flat.indices { groups[find(i), default: []].append(i) }
        var entities: [StoryEntity] = []
        var localToStory = Array(repeating: [(Int, Int)](), count: docs.count)
        for root in groups.keys.sorted() {
            let members = groups[root]!
            var nameMentions: [String: Int] = [:]
            var aliases = Set<String>()
            var mentions = 0
            var documents = Set<Int>()
            var typeVotes: [EntityType: Int] = [:]
            for m in members {
                let item = flat[m]
                let counted = primary[item.doc]
                if counted {
                    mentions += item.entity.mentions
                    documents.insert(item.doc)
                }
                nameMentions[item.entity.name, default: 0] += max(1, item.entity.mentions)
                aliases.insert(item.entity.name)
                aliases.formUnion(item.entity.aliases)
                typeVotes[item.entity.type, default: 0] += 1
            }
            // The canonical name: the longest name any document chose, ties by frequency then spelling.
            let name = nameMentions.keys.sorted {
                ($0.count, nameMentions[$0]!, $1) > ($1.count, nameMentions[$1]!, $0)
            }.first ?? ""
            let type = typeVotes.keys.sorted { (typeVotes[$0]!, $1.rawValue) > (typeVotes[$1]!, $0.rawValue) }.first ?? .misc
            aliases.remove(name)
            let index = entities.count
            entities.append(
                StoryEntity(name: name, type: type, aliases: aliases.sorted(), mentions: mentions, documents: documents))
            for m in members { localToStory[flat[m].doc].append((flat[m].local, index)) }
        }
        return Result(entities: entities, localToStory: localToStory)
    }

    /// A lower-cased name within a type family (the "name|family" of a merge).
    struct TypedKey: Hashable {
        let name: String
        let family: String
    }

    static func typeFamily(_ t: EntityType) -> String {
        switch t {
        case .person: return "P"
        case .location, .group, .organization, .misc: return "X"
        }
    }
}

extension Array where Element: Equatable {
    /// Drops repeats from a sorted array, keeping one of each.
    mutating func removeDuplicatesOfSorted() {
        guard count > 1 else { return }
        var kept = 1
        for i in 1..<count where self[i] != self[kept - 1] {
            self[kept] = self[i]
            kept += 1
        }
        removeLast(count - kept)
    }
}
