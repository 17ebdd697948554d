import Foundation
import StorylineCore

/// The Brief JSON of SPEC.md: pretty-printed with sorted keys, so files diff cleanly.
public enum JSONRenderer {
    /// The same bytes as `JSONEncoder` with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`
    /// (two-space indent, `"key" : value`, nil optionals left out, empty arrays as `[`, a blank
    /// line, `]`), written directly: Foundation's encoder cost more than rendering the HTML.
    public static func render(_ brief: Brief) -> Data {
        var w = BriefJSONWriter()
        w.brief(brief)
        return Data(w.bytes)
    }

    /// What Foundation's `JSONEncoder` makes of `brief`; `render` must equal it byte for byte.
    public static func foundationRender(_ brief: Brief) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        return (try? encoder.encode(brief)) ?? Data("{}".utf8)
    }

    public static func string(_ brief: Brief) -> String { String(decoding: render(brief), as: UTF8.self) }
}

/// Writes the Brief types as pretty-printed JSON with keys in sorted order (the orders below
/// are the sorted key names of each type).
struct BriefJSONWriter {
    var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the current object or array has had an element yet.
    private var hasElement: [Bool] = []

    init() { bytes.reserveCapacity(16_384) }

    mutating func brief(_ b: Brief) {
        open(0x7B)
        array("behindTheHeadline", b.behindTheHeadline) { $0.sentence($1) }
        array("disagreements", b.disagreements) { $0.disagreement($1) }
        array("documents", b.documents) { $0.document($1) }
        array("goDeeper", b.goDeeper) { $0.question($1) }
        array("howWeGotHere", b.howWeGotHere) { $0.timelineEntry($1) }
        string("id", b.id)
        string("storyline", b.storyline)
        string("title", b.title)
        array("topics", b.topics) { $0.topic($1) }
        string("updated", b.updated)
        array("whatHappened", b.whatHappened) { $0.sentence($1) }
        array("whatThePapersSay", b.whatThePapersSay) { $0.coverage($1) }
        close(0x7D)
    }

    mutating func sentence(_ s: BriefSentence) {
        open(0x7B)
        array("citations", s.citations) { $0.citation($1) }
        string("text", s.text)
        close(0x7D)
    }

    mutating func citation(_ c: Citation) {
        open(0x7B)
        string("document", c.document)
        string("publisher", c.publisher)
        string("quote", c.quote)
        close(0x7D)
    }

    mutating func document(_ d: BriefDocument) {
        open(0x7B)
        string("duplicateOf", d.duplicateOf)
        string("id", d.id)
        string("kind", d.kind.rawValue)
        string("published", d.published)
        string("publisher", d.publisher)
        string("title", d.title)
        string("url", d.url)
        close(0x7D)
    }

    mutating func coverage(_ o: OutletCoverage) {
        open(0x7B)
        string("kind", o.kind.rawValue)
        string("publisher", o.publisher)
        array("sentences", o.sentences) { $0.sentence($1) }
        close(0x7D)
    }

    mutating func disagreement(_ d: Disagreement) {
        open(0x7B)
        string("basis", d.basis)
        array("claims", d.claims) { $0.claim($1) }
        string("subject", d.subject)
        close(0x7D)
    }

    mutating func claim(_ c: ConflictingClaim) {
        open(0x7B)
        string("attributedTo", c.attributedTo)
        key("sentence")
        sentence(c.sentence)
        string("value", c.value)
        close(0x7D)
    }

    mutating func timelineEntry(_ t: TimelineEntry) {
        open(0x7B)
        string("date", t.date)
        key("sentence")
        sentence(t.sentence)
        close(0x7D)
    }

    mutating func question(_ q: FollowUpQuestion) {
        open(0x7B)
        array("citations", q.citations) { $0.citation($1) }
        string("question", q.question)
        close(0x7D)
    }

    mutating func topic(_ t: TopicCard) {
        open(0x7B)
        array("aliases", t.aliases) { $0.value($1) }
        string("description", t.description)
        key("mentions")
        bytes.append(contentsOf: String(t.mentions).utf8)
        string("name", t.name)
        string("type", t.type.rawValue)
        close(0x7D)
    }

    // MARK: Layout

    private mutating func newlineAndIndent() {
        bytes.append(0x0A)
        for _ in 0..<depth { bytes.append(0x20); bytes.append(0x20) }
    }

    /// Starts the next element of the enclosing object or array: a comma after the previous
    /// one, then a new line at the element's indent.
    private mutating func nextElement() {
        if hasElement[hasElement.count - 1] { bytes.append(0x2C) } else { hasElement[hasElement.count - 1] = true }
        newlineAndIndent()
    }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        depth += 1
        hasElement.append(false)
    }

    /// Closes an object or array; an empty one still gets its blank line.
    private mutating func close(_ bracket: UInt8) {
        let hadElement = hasElement.removeLast()
        depth -= 1
        if !hadElement { bytes.append(0x0A) }
        newlineAndIndent()
        bytes.append(bracket)
    }

    private mutating func key(_ name: StaticString) {
        nextElement()
        bytes.append(0x22)
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: [0x22, 0x20, 0x3A, 0x20])
    }

    private mutating func string(_ name: StaticString, _ value: String?) {
        guard let value else { return }
        key(name)
        quoted(value)
    }

    private mutating func array<T>(_ name: StaticString, _ items: [T], _ element: (inout BriefJSONWriter, T) -> Void) {
        key(name)
        open(0x5B)
        for item in items {
            nextElement()
            element(&self, item)
        }
        close(0x5D)
    }

    private mutating func value(_ s: String) { quoted(s) }

    /// A JSON string: `"` and `\` escaped, control characters as `\b \f \n \r \t` or `\u00XX`;
    /// slashes and everything else as they are.
    private mutating func quoted(_ s: String) {
        bytes.append(0x22)
        var copy = s
        copy.withUTF8 { u in
            var start = 0
            for i in 0..<u.count {
                let c = u[i]
                guard c < 0x20 || c == 0x22 || c == 0x5C else { continue }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<i]))
                start = i + 1
                switch c {
                case 0x22: bytes.append(contentsOf: [0x5C, 0x22])
                case 0x5C: bytes.append(contentsOf: [0x5C, 0x5C])
                case 0x08: bytes.append(contentsOf: [0x5C, 0x62])
                case 0x0C: bytes.append(contentsOf: [0x5C, 0x66])
                case 0x0A: bytes.append(contentsOf: [0x5C, 0x6E])
                case 0x0D: bytes.append(contentsOf: [0x5C, 0x72])
                case 0x09: bytes.append(contentsOf: [0x5C, 0x74])
                default:
                    bytes.append(contentsOf: [0x5C, 0x75, 0x30, 0x30])
                    bytes.append(Self.hexDigits[Int(c >> 4)])
                    bytes.append(Self.hexDigits[Int(c & 0xF)])
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: u[start..<u.count]))
        }
        bytes.append(0x22)
    }

    static let hexDigits = Array("0123456789abcdef".utf8)
}
