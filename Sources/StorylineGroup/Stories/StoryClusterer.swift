import Foundation
import StorylineCore

/// The Group stage's entry point: online, deterministic clustering of documents into
/// stories (one event) and storylines (a thread of stories over months), with duplicate
/// detection. Feed documents in publication order with `add`.
///
/// Incremental = batch: every decision depends only on the documents already added and
/// the order they came in, and the whole state is `Codable`. Clustering documents 1…n,
/// saving the state, loading it later and adding n+1…m gives exactly the assignments of
/// clustering 1…m in one go. (Feeding the same documents in another order can give other
/// stories: online clustering is order-dependent by nature.)
public struct StoryClusterer: Sendable, Codable, Equatable {
    public private(set) var parameters: ClusterParameters
    var frequencies = DocumentFrequencies()
    var duplicates: DuplicateIndex
    var documentIds: [String] = []
    var documentStory: [Int32] = []
    var stories: [Story] = []
    var storyPostings: [UInt64: [Int32]] = [:]
    var storylines: [Storyline] = []
    var storylinePostings: [UInt64: [Int32]] = [:]

    /// The best candidate story of the last `add` and its similarity (for `--explain`).
    public private(set) var lastCandidate: (story: String, similarity: Float)?
    /// Scratch counts for `shortlist` (not state: always all zero between calls).
    var overlap: [Int32] = []

    private enum CodingKeys: String, CodingKey {
        case parameters, frequencies, duplicates, documentIds, documentStory, stories, storyPostings, storylines,
            storylinePostings
    }

    public static func == (a: StoryClusterer, b: StoryClusterer) -> Bool {
        a.parameters == b.parameters && a.frequencies == b.frequencies && a.duplicates == b.duplicates
            && a.documentIds == b.documentIds && a.documentStory == b.documentStory && a.stories == b.stories
            && a.storyPostings == b.storyPostings && a.storylines == b.storylines
            && a.storylinePostings == b.storylinePostings
    }

    public init(parameters: ClusterParameters = ClusterParameters()) {
        self.parameters = parameters
        self.duplicates = DuplicateIndex(parameters: parameters.duplicates)
    }

    /// Number of documents added so far.
    public var documentCount: Int { documentIds.count }

    /// Places `document` and returns where it went.
    public mutating func add(_ document: ClusterDocument) -> ClusterAssignment {
        let index = Int32(documentIds.count)
        documentIds.append(document.id)
        let day = document.date.map { $0.timeIntervalSince1970 / 86_400 }
        if let day, documentIds.count % parameters.compactionInterval == 0 { compactPostings(now: day) }

        let body = document.text.isEmpty ? document.title : document.text
        let duplicate = duplicates.add(duplicates.fingerprint(title: document.title, text: body), document: index)

        let features = FeatureExtractor(titleWeight: parameters.titleWeight).features(title: document.title, text: document.text)
        frequencies.add(features)
        let vectors = FeatureKind.allCases.map { frequencies.vector($0, features[$0]) }

        lastCandidate = nil
        if let duplicate {
            let s = documentStory[Int(duplicate.representative)]
            documentStory.append(s)
            stories[Int(s)].touch(day)
            let story = stories[Int(s)]
            return ClusterAssignment(
                id: document.id, story: story.id, storyline: storylines[Int(story.storyline)].id,
                duplicateOf: documentIds[Int(duplicate.representative)])
        }

        let s: Int32
        if let best = bestStory(for: vectors, day: day) {
            s = best
            join(story: s, vectors: vectors, day: day)
        } else {
            s = createStory(id: document.id, vectors: vectors, day: day)
        }
        documentStory.append(s)
        let story = stories[Int(s)]
        return ClusterAssignment(id: document.id, story: story.id, storyline: storylines[Int(story.storyline)].id)
    }

    // MARK: Stories

    /// Similarity of a document to a story: weighted mean of the word, name and number
    /// cosines with the story's centroids, decayed by the days between them.
    func similarity(_ vectors: [SparseVector], _ story: Story, day: Double?) -> Float {
        let p = parameters
        let total = 1 + p.nameWeight + p.numberWeight
        var s = story.centroids[0].cosine(vectors[0])
        s += p.nameWeight * story.centroids[1].cosine(vectors[1])
        s += p.numberWeight * story.centroids[2].cosine(vectors[2])
        return s / total * Float(decay(story.gap(to: day)))
    }

    func decay(_ gap: Double?) -> Double {
        guard let gap else { return 1 }
        let late = gap - parameters.graceDays
        return late <= 0 ? 1 : exp(-late / parameters.decayDays)
    }

    mutating func bestStory(for vectors: [SparseVector], day: Double?) -> Int32? {
        let keys = vectors[0].top(parameters.candidateWords) + vectors[1].top(parameters.candidateNames)
        let candidates = shortlist(keys, postings: storyPostings, count: stories.count)
        var best: Int32?
        var bestScore: Float = 0
        for c in candidates {
            let story = stories[Int(c)]
            if let gap = story.gap(to: day), gap > parameters.storyWindowDays { continue }
            let score = similarity(vectors, story, day: day)
            if score > bestScore || (score == bestScore && best.map { c < $0 } ?? false) { (best, bestScore) = (c, score) }
        }
        lastCandidate = best.map { (stories[Int($0)].id, bestScore) }
        return bestScore >= parameters.storyThreshold ? best : nil
    }

    /// The items (stories or storylines) sharing the most of `keys`, at most
    /// `parameters.shortlist` of them in ascending index order: exact scoring of every item
    /// that shares one common word would make each document cost O(stories).
    mutating func shortlist(_ keys: [UInt64], postings: [UInt64: [Int32]], count: Int) -> [Int32] {
        if overlap.count < count { overlap.append(contentsOf: repeatElement(0, count: count - overlap.count)) }
        var touched: [Int32] = []
        for key in keys {
            guard let list = postings[key], list.count <= parameters.maximumPosting else { continue }
            for c in list {
                if overlap[Int(c)] == 0 { touched.append(c) }
                overlap[Int(c)] += 1
            }
        }
        var chosen = touched
        if touched.count > parameters.shortlist {
            chosen.sort { overlap[Int($0)] != overlap[Int($1)] ? overlap[Int($0)] > overlap[Int($1)] : $0 < $1 }
            chosen.removeLast(chosen.count - parameters.shortlist)
        }
        for c in touched { overlap[Int(c)] = 0 }
        return chosen.sorted()
    }

    /// Drops expired stories and storylines from the posting lists (dated streams only).
    /// Runs every `compactionInterval` documents, so it is part of the deterministic state.
    mutating func compactPostings(now day: Double) {
        let storyHorizon = day - parameters.storyWindowDays
        for (key, list) in storyPostings {
            let kept = list.filter { stories[Int($0)].lastDay.map { $0 >= storyHorizon } ?? true }
            storyPostings[key] = kept.isEmpty ? nil : kept
        }
        let lineHorizon = day - parameters.storylineWindowDays
        for (key, list) in storylinePostings {
            let kept = list.filter { storylines[Int($0)].lastDay.map { $0 >= lineHorizon } ?? true }
            storylinePostings[key] = kept.isEmpty ? nil : kept
        }
    }

    mutating func join(story s: Int32, vectors: [SparseVector], day: Double?) {
        for k in 0..<vectors.count { stories[Int(s)].centroids[k].add(vectors[k], limit: parameters.centroidTerms) }
        stories[Int(s)].touch(day)
        stories[Int(s)].size += 1
        index(story: s, vectors: vectors)
        let line = stories[Int(s)].storyline
        storylines[Int(line)].add(vectors, day: day, limit: parameters.centroidTerms)
        indexStoryline(line, vectors: vectors)
    }

    mutating func createStory(id: String, vectors: [SparseVector], day: Double?) -> Int32 {
        let s = Int32(stories.count)
        let line = bestStoryline(for: vectors, day: day) ?? createStoryline(id: id)
        var story = Story(id: id, storyline: line)
        for k in 0..<vectors.count { story.centroids[k].add(vectors[k], limit: parameters.centroidTerms) }
        story.touch(day)
        stories.append(story)
        index(story: s, vectors: vectors)
        storylines[Int(line)].add(vectors, day: day, limit: parameters.centroidTerms)
        storylines[Int(line)].stories += 1
        indexStoryline(line, vectors: vectors)
        return s
    }

    mutating func index(story s: Int32, vectors: [SparseVector]) {
        for key in vectors[0].top(parameters.candidateWords) + vectors[1].top(parameters.candidateNames)
        where stories[Int(s)].indexed.insert(key).inserted {
            storyPostings[key, default: []].append(s)
        }
    }

    // MARK: Storylines

    mutating func bestStoryline(for vectors: [SparseVector], day: Double?) -> Int32? {
        let keys = vectors[1].top(parameters.candidateNames) + vectors[0].top(parameters.candidateWords)
        let candidates = shortlist(keys, postings: storylinePostings, count: storylines.count)
        let share = parameters.storylineNameShare
        var best: Int32?
        var bestScore: Float = 0
        for c in candidates {
            let line = storylines[Int(c)]
            if let last = line.lastDay, let day, abs(day - last) > parameters.storylineWindowDays { continue }
            let score = share * line.names.cosine(vectors[1]) + (1 - share) * line.words.cosine(vectors[0])
            if score > bestScore { (best, bestScore) = (c, score) }
        }
        return bestScore >= parameters.storylineThreshold ? best : nil
    }

    mutating func createStoryline(id: String) -> Int32 {
        storylines.append(Storyline(id: id))
        return Int32(storylines.count - 1)
    }

    mutating func indexStoryline(_ line: Int32, vectors: [SparseVector]) {
        for key in vectors[1].top(parameters.candidateNames) + vectors[0].top(parameters.candidateWords)
        where storylines[Int(line)].indexed.insert(key).inserted {
            storylinePostings[key, default: []].append(line)
        }
    }
}

/// One story: centroids of its documents' vectors and the days it spans.
struct Story: Sendable, Codable, Equatable {
    var id: String
    var storyline: Int32
    var centroids = [Centroid(), Centroid(), Centroid()]
    var firstDay: Double?
    var lastDay: Double?
    var size: Int32 = 1
    var indexed = Set<UInt64>()

    init(id: String, storyline: Int32) {
        self.id = id
        self.storyline = storyline
    }

    mutating func touch(_ day: Double?) {
        guard let day else { return }
        firstDay = min(firstDay ?? day, day)
        lastDay = max(lastDay ?? day, day)
    }

    /// Days between `day` and the story's span (0 inside it); nil when either is undated.
    func gap(to day: Double?) -> Double? {
        guard let day, let first = firstDay, let last = lastDay else { return nil }
        if day > last { return day - last }
        if day < first { return first - day }
        return 0
    }
}

/// One storyline: the names and words of all its stories' documents.
struct Storyline: Sendable, Codable, Equatable {
    var id: String
    var names = Centroid()
    var words = Centroid()
    var lastDay: Double?
    var stories: Int32 = 0
    var indexed = Set<UInt64>()

    init(id: String) { self.id = id }

    mutating func add(_ vectors: [SparseVector], day: Double?, limit: Int) {
        words.add(vectors[0], limit: limit)
        names.add(vectors[1], limit: limit)
        if let day { lastDay = max(lastDay ?? day, day) }
    }
}
