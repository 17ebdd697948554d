import StorylineCore

/// The people and organisations a document names, in reading order, so that a pronoun
/// ("he adds") finds the last person before it and a short form ("Mr Howell", "Sir Laurie")
/// finds the full name ("Edward Howell", "Laurie Bristow"). Uses the recognizer's entities when it
/// has them, and names read around attribution verbs and titles when it does not.
struct SourceDirectory: Sendable {
    /// A document position: block, then scalar offset in the block.
    struct Position: Comparable, Hashable, Sendable {
        var block: Int
        var offset: Int
        static func < (a: Position, b: Position) -> Bool {
            a.block != b.block ? a.block < b.block : a.offset < b.offset
        }
    }

    struct Person: Sendable, Hashable {
        var name: String
        var position: Position
    }

    private(set) var people: [Person] = []
    /// Full names seen anywhere (capitalised runs that look like names); only short forms are
    /// matched against them, never pronouns.
    private(set) var names: [Person] = []
    /// People named with an office ("President Donald Trump"), so "the president" can find them.
    private(set) var offices: [(office: String, person: Person)] = []
    private(set) var groups: [Person] = []
    /// Lower-cased surface form → canonical entity name, from the recognizer.
    private var entityNames: [String: String] = [:]
    /// Positions already holding a person, and full names by their first and last word
    /// ("last:howell" → Edward Howell), so short forms resolve without scanning everyone.
    private var peopleAt: Set<Position> = []
    private var personIndex: [String: [Person]] = [:]
    private var nameIndex: [String: [Person]] = [:]
    private var entityTypes: [String: EntityType] = [:]

    init(entities: EntityAnalysis, sentences: [Sentence]) {
        for entity in entities.entities {
            for form in [entity.name] + entity.aliases {
                entityNames[form.lowercased()] = entity.name
                entityTypes[form.lowercased()] = entity.type
            }
        }
        for mention in entities.mentions where mention.sentence < sentences.count {
            let s = sentences[mention.sentence]
            let name = mention.entity < entities.entities.count ? entities.entities[mention.entity].name : mention.text
            let position = Position(block: s.block, offset: s.start + mention.start)
            if mention.type == .person {
                addPerson(Person(name: name, position: position))
            } else if mention.type == .organization || mention.type == .group {
                groups.append(Person(name: name, position: position))
            }
        }
        sortAll()
    }

    private mutating func addPerson(_ person: Person) {
        guard !peopleAt.contains(person.position) else { return }
        peopleAt.insert(person.position)
        people.append(person)
        let keys = indexKeys(person.name)
        Self.index(person, keys, into: &personIndex)
    }

    /// The index keys of each name seen ("last:howell", "first:edward"), or nil for a name not
    /// filed; a name is mentioned many times, its keys are made once.
    private var keysByName: [String: (last: String, first: String)?] = [:]

    private mutating func indexKeys(_ name: String) -> (last: String, first: String)? {
        if let known = keysByName[name] { return known }
        let keys = Self.makeIndexKeys(name)
        keysByName[name] = .some(keys)
        return keys
    }

    /// The keys a full name ("Edward Howell") is filed under: its last and first word.
    private static func makeIndexKeys(_ name: String) -> (last: String, first: String)? {
        // A one-word name has no first and last word to file it under.
        guard name.utf8.contains(32) else { return nil }
        let parts = name.lowercased().split(separator: " ").map(String.init)
        guard parts.count >= 2, let f = name.unicodeScalars.first, f.properties.isUppercase,
            !SpeechLexicon.honorifics.contains(withoutPeriods(parts[0]))
        else { return nil }
        return ("last:" + parts[parts.count - 1], "first:" + parts[0])
    }

    /// Files a full name ("Edward Howell") under its first and last word, once per name.
    private static func index(_ person: Person, _ keys: (last: String, first: String)?, into index: inout [String: [Person]]) {
        guard let keys else { return }
        for key in [keys.last, keys.first] {
            // Updated in place: a copy of the list would be copied again on write.
            if let k = index[key, default: []].firstIndex(where: { $0.name == person.name }) {
                if person.position < index[key]![k].position { index[key]![k].position = person.position }
            } else {
                index[key, default: []].append(person)
            }
        }
    }

    /// A word without its periods ("mr." → "mr"), with no Foundation string search.
    private static func withoutPeriods(_ word: String) -> String {
        guard word.utf8.contains(UInt8(ascii: ".")) else { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars.filter { $0 != "." }))
    }

    /// The name seen last before `position`, else the first seen after it.
    private static func pick(_ list: [Person]?, before position: Position) -> String? {
        guard let list, !list.isEmpty else { return nil }
        if let before = list.filter({ $0.position < position }).max(by: { $0.position < $1.position }) { return before.name }
        return list.min(by: { $0.position < $1.position })?.name
    }

    mutating func sortAll() {
        people.sort { $0.position < $1.position }
        groups.sort { $0.position < $1.position }
    }

    /// Records a source read from text (only people and organisations; descriptions are not names).
    mutating func note(_ source: SourceMention, at position: Position) {
        guard people.count < Self.maximumPeople, groups.count < Self.maximumPeople else { return }
        switch source.kind {
        case .person:
            let name = canonical(source.name, kind: .person, before: position)
            addPerson(Person(name: name, position: position))
        case .organisation:
            let asPerson = canonical(source.name, kind: .person, before: position)
            if entityTypes[source.name.lowercased()] == .person || (!source.name.contains(" ") && asPerson != source.name) {
                addPerson(Person(name: asPerson, position: position))
            } else {
                groups.append(Person(name: source.name, position: position))
            }
        case .description, .pronoun:
            return
        }
    }

    /// Records every titled name in a text ("President Vladimir Putin", "Mr Kim"), so that
    /// pronouns can reach people who are not themselves speakers.
    mutating func noteTitledNames(_ t: [WordToken], block: Int) {
        var i = 0
        while i < t.count {
            let key = t[i].key.hasSuffix(".") ? String(t[i].key.dropLast()) : t[i].key
            if t[i].isCapitalized, SpeechLexicon.titles.contains(key) || SpeechLexicon.honorifics.contains(key) {
                var j = i + 1
                if j < t.count, t[j].text == "." { j += 1 }
                var last = -1
                while j < t.count, t[j].isCapitalized || t[j].text == "." && last >= 0, j - i < 6 {
                    if t[j].isWord, SpeechLexicon.titles.contains(t[j].key) { break }
                    if t[j].isWord { last = j }
                    j += 1
                }
                if last > i, let source = SourcePhrase.classify(t, i, last), source.kind == .person {
                    note(source, at: Position(block: block, offset: source.start))
                    if !SpeechLexicon.honorifics.contains(key) {
                        let name = canonical(source.name, kind: .person, before: Position(block: block, offset: source.start))
                        offices.append((key, Person(name: name, position: Position(block: block, offset: source.start))))
                    }
                    i = last
                }
            }
            i += 1
        }
    }

    /// Records later mentions of a known person by surname alone ("Johnson is under fire"),
    /// so that a following "he" finds them.
    mutating func noteSurnames(_ blocks: [[WordToken]]) {
        var surnames: [String: String] = [:]
        for p in people {
            let parts = p.name.split(separator: " ")
            guard parts.count >= 2, let last = parts.last, let f = p.name.unicodeScalars.first,
                f.properties.isUppercase
            else { continue }
            surnames[last.lowercased()] = p.name
        }
        guard !surnames.isEmpty else { return }
        for (block, t) in blocks.enumerated() {
            for (i, w) in t.enumerated() where w.isCapitalized {
                guard people.count < Self.maximumPeople else { return }
                guard let full = surnames[w.stem] else { continue }
                if i > 0, t[i - 1].isCapitalized { continue }  // part of a longer name, already noted
                addPerson(Person(name: full, position: Position(block: block, offset: w.start)))
            }
        }
    }

    /// Records plain capitalised names ("Oskar Brandt") so that "Mr Brandt" can find them.
    mutating func noteNames(_ t: [WordToken], block: Int) {
        guard names.count < Self.maximumPeople else { return }
        var i = 0
        while i < t.count {
            guard t[i].isCapitalized, i > 0, !t[i - 1].isPunctuation(".") else {
                i += 1
                continue
            }
            var j = i
            while j < t.count, t[j].isCapitalized, j - i < 4 { j += 1 }
            let run = i..<j
            let keys = run.map { t[$0].stem }
            if run.count >= 2, run.count <= 3,
                !keys.contains(where: {
                    SpeechLexicon.organisationWords.contains($0) || SpeechLexicon.titles.contains($0)
                        || SpeechLexicon.sentenceOpeners.contains($0) || DateLexicon.months[$0] != nil
                }),
                !SourcePhrase.directionWords.contains(keys[0]), run.allSatisfy({ t[$0].text.count > 1 })
            {
                let person = Person(name: run.map { t[$0].text }.joined(separator: " "), position: .init(block: block, offset: t[i].start))
                names.append(person)
                let keys = indexKeys(person.name)
                Self.index(person, keys, into: &nameIndex)
            }
            i = j
        }
    }

    /// The full or canonical name for a short form, looking at names seen before `position`
    /// first and then anywhere in the document.
    func canonical(_ name: String, kind: SourceMention.Kind, before position: Position) -> String {
        if let known = entityNames[name.lowercased()] { return known }
        // "the president" → the last person named with that office.
        let lowered = name.lowercased()
        if !name.contains(" "), let first = name.unicodeScalars.first, !first.properties.isUppercase {
            if let holder = offices.last(where: { $0.office == lowered && $0.person.position < position })
                ?? offices.last(where: { $0.office == lowered })
            {
                return holder.person.name
            }
        }
        var words = name.split(separator: " ").map(String.init)
        var honorific: String?
        if let first = words.first, SpeechLexicon.honorifics.contains(Self.withoutPeriods(first.lowercased())) {
            honorific = first.lowercased()
            words.removeFirst()
        }
        guard !words.isEmpty else { return name }
        let bare = words.joined(separator: " ")
        if let known = entityNames[bare.lowercased()] { return known }
        guard kind == .person || honorific != nil || words.count == 1 else { return name }
        if words.count == 1 {
            let word = words[0].lowercased()
            let matchFirst = honorific == "sir" || honorific == "dame"
            if let full = Self.pick(personIndex["last:" + word], before: position)
                ?? (matchFirst ? Self.pick(personIndex["first:" + word], before: position) : nil)
                ?? Self.pick(nameIndex["last:" + word], before: position)
                ?? (matchFirst ? Self.pick(nameIndex["first:" + word], before: position) : nil)
            {
                return full
            }
            return honorific == nil ? bare : name
        }
        return bare
    }

    /// Spans of direct quotes: names said inside a quote are not antecedents of the pronoun
    /// that attributes it ("“… supply Putin …,” he says" is not Putin speaking).
    var quoted: [Int: [(lower: Int, upper: Int)]] = [:]

    func isQuoted(_ p: Position) -> Bool {
        quoted[p.block]?.contains { $0.lower <= p.offset && p.offset < $0.upper } ?? false
    }

    /// Bounds the work on huge documents: names past this many are not tracked.
    static let maximumPeople = 5_000

    /// The last person named before `position` (for "he" / "she"), outside quotes.
    func lastPerson(before position: Position) -> String? {
        // People are sorted by position: find the first at or after `position`, then walk back.
        var lo = 0
        var hi = people.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if people[mid].position < position { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0, isQuoted(people[k].position) { k -= 1 }
        guard k >= 0 else { return nil }
        return canonical(people[k].name, kind: .person, before: people[k].position)
    }

    /// The last organisation or group named before `position` (for "they" / "it").
    func lastGroup(before position: Position) -> String? {
        groups.last(where: { $0.position < position })?.name
    }

    /// A reportable name for a source, with pronouns resolved; nil when it cannot be resolved.
    func resolve(_ source: SourceMention, at position: Position) -> String? {
        switch source.kind {
        case .pronoun:
            let key = source.name.lowercased()
            if SpeechLexicon.personPronouns.contains(key) { return lastPerson(before: position) }
            return nil  // "they" / "it": the finders use the last source they attributed.
        case .person, .organisation:
            return canonical(source.name, kind: source.kind, before: position)
        case .description:
            return source.name
        }
    }
}
