import Foundation
import StorylineCore

/// A readable name for the outlet of a document: its publisher; else the site of its
/// (canonical) URL; else the outlet suffix of its title ("Headline | The Calvera Herald");
/// else "Unattributed text (first words of the title…)". Never an internal id.
public enum OutletName {
    /// The outlet the document declares or reveals, if any.
    static func outlet(of d: ExtractedDocument) -> String? {
        if let p = d.publisher.map(Trimmed.whitespaceAndNewlines), !p.isEmpty { return p }
        if let u = d.url, let host = site(u) { return host }
        if let t = d.title, let suffix = titleSuffix(t) { return suffix }
        return nil
    }

    static func name(of d: ExtractedDocument) -> String { name(of: d, outlet: outlet(of: d)) }

    /// `name(of:)` with the document's `outlet(of:)` already found.
    static func name(of d: ExtractedDocument, outlet: String?) -> String {
        if let outlet { return outlet }
        // A forum post's first lines are usually the article it quotes: never name it after them.
        if d.kind == .discussion { return forumName(of: d) }
        let label = folded(d.title ?? "") ?? folded(String((d.blocks.first?.text ?? "").prefix(200))) ?? ""
        guard !label.isEmpty else { return "Unattributed text" }
        let words = label.split(separator: " ")
        let short = words.count > 8 ? words.prefix(8).joined(separator: " ") + "…" : label
        return "Unattributed text (\(short))"
    }

    /// "Forum thread (quay.example, harbour.example)" after the instances its commenters
    /// post from ("ren@quay.example"), else after its title, else plain "Forum thread".
    static func forumName(of d: ExtractedDocument) -> String {
        var hosts: [String] = []
        for comment in d.comments {
            guard let author = comment.author, let at = author.lastIndex(of: "@") else { continue }
            let host = author[author.index(after: at)...].lowercased()
            guard host.contains("."), !host.hasPrefix("."), !host.hasSuffix("."), !host.contains(" ") else { continue }
            if !hosts.contains(host) { hosts.append(host) }
            if hosts.count == 2 { break }
        }
        if !hosts.isEmpty { return "Forum thread (\(hosts.joined(separator: ", ")))" }
        if let title = folded(d.title ?? "") {
            let words = title.split(separator: " ")
            return "Forum thread (" + (words.count > 8 ? words.prefix(8).joined(separator: " ") + "…" : title) + ")"
        }
        return "Forum thread"
    }

    /// One name per outlet within a story. Documents of one outlet arrive under several names:
    /// its publisher ("Northwind Wire"), a feed's title ("Northwind Wire – Top World Stories")
    /// and the site of a URL ("northwindwire.example"). A feed title or site name folds into
    /// another name of the list when it plainly names the same outlet; other names are kept.
    public static func unified(_ names: [String?]) -> [String?] {
        var distinct: [String] = []
        var seen = Set<String>()
        for case let n? in names where seen.insert(n).inserted { distinct.append(n) }
        guard distinct.count > 1 else { return names }
        let index = NameIndex(distinct)
        var canonical: [String: String] = [:]
        for n in distinct {
            if let m = feedTitleOutlet(n, in: index) ?? siteOutlet(n, in: index) { canonical[n] = m }
        }
        guard !canonical.isEmpty else { return names }
        return names.map { $0.map { canonical[$0] ?? $0 } }
    }

    static func unified(_ names: [String]) -> [String] { unified(names.map(Optional.some)).map { $0! } }

    /// The distinct names of a story with what `feedTitleOutlet` and `siteOutlet` compare,
    /// worked out once per name rather than once per pair of names.
    struct NameIndex {
        let names: [String]
        let lower: [String]
        /// The lower-cased name's letters and digits ("thecalveraherald"); empty when no name
        /// of the list reads as a site, since only sites are matched against them.
        let keys: [String]
        /// Whether the name reads as words (has a space or no dot) rather than as a site.
        let readsAsName: [Bool]

        init(_ names: [String], withKeys: Bool? = nil) {
            self.names = names
            lower = names.map { $0.lowercased() }
            readsAsName = names.map { $0.contains(" ") || !$0.contains(".") }
            let hasSite = withKeys ?? names.contains { !$0.contains(" ") && $0.contains(".") }
            keys = hasSite
                ? lower.map { String($0.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.map(Character.init)) }
                : []
        }
    }

    /// "Northwind Wire – Top World Stories" → "Northwind Wire" when that name is in the list.
    static func feedTitleOutlet(_ name: String, among names: [String]) -> String? {
        feedTitleOutlet(name, in: NameIndex(names))
    }

    static func feedTitleOutlet(_ name: String, in index: NameIndex) -> String? {
        for sep in separators + [": "] {
            guard let r = TextSearch.range(of: sep, in: name) else { continue }
            let head = name[..<r.lowerBound].trimmingCharacters(in: .whitespaces).lowercased()
            if let k = index.names.indices.first(where: { index.names[$0] != name && index.lower[$0] == head }) {
                return index.names[k]
            }
        }
        return nil
    }

    /// "northwindwire.example" → "Northwind Wire", "calveraherald.example" → "The Calvera
    /// Herald": a site whose name (a label of four or more letters) spells another name of the list.
    static func siteOutlet(_ name: String, among names: [String]) -> String? {
        siteOutlet(name, in: NameIndex(names, withKeys: true))
    }

    static func siteOutlet(_ name: String, in index: NameIndex) -> String? {
        guard !name.contains(" "), name.contains(".") else { return nil }
        let labels = Set(name.lowercased().split(separator: ".").map(String.init).filter { $0.count >= 4 })
        guard !labels.isEmpty else { return nil }
        for k in index.names.indices where index.names[k] != name && index.readsAsName[k] {
            let key = index.keys[k]
            let withoutThe = key.hasPrefix("the") && index.lower[k].hasPrefix("the ") ? String(key.dropFirst(3)) : key
            if labels.contains(key) || labels.contains(withoutThe) { return index.names[k] }
        }
        return nil
    }

    /// "www.harbourline.example" → "harbourline.example"; nil for non-web URLs.
    public static func site(_ url: String) -> String? {
        guard let parsed = URL(string: url.trimmingCharacters(in: .whitespaces)),
            let scheme = parsed.scheme?.lowercased(), scheme == "http" || scheme == "https",
            var host = parsed.host?.lowercased(), host.contains(".")
        else { return nil }
        for prefix in ["www.", "m.", "amp.", "mobile."] where host.hasPrefix(prefix) {
            host = String(host.dropFirst(prefix.count))
            break
        }
        return host.isEmpty ? nil : host
    }

    static let separators = [" | ", " – ", " — ", " - ", " :: ", " • "]

    /// The last segment of a title after an outlet separator, when it is short and looks like
    /// a name (capitalized, at most five words) and the headline before it is longer.
    static func titleSuffix(_ title: String) -> String? {
        guard let t = folded(title) else { return nil }
        var best: Range<String.Index>?
        for sep in separators {
            if let r = TextSearch.lastRange(of: sep, in: t), best == nil || r.lowerBound > best!.lowerBound { best = r }
        }
        guard let r = best else { return nil }
        let head = t[..<r.lowerBound], tail = t[r.upperBound...].trimmingCharacters(in: .whitespaces)
        let words = tail.split(separator: " ")
        guard !words.isEmpty, words.count <= 5, tail.count <= 40, head.split(separator: " ").count >= 2,
            let first = tail.first, first.isUppercase || first.isNumber,
            !SentenceShape.isQuestion(tail), !tail.hasSuffix(".")
        else { return nil }
        return tail
    }

    /// Whitespace folded to single spaces; nil when nothing is left.
    static func folded(_ text: String) -> String? {
        let f = foldedWhitespace(text)
        return f.isEmpty ? nil : f
    }

    /// `text.split(whereSeparator: \.isWhitespace).joined(separator: " ")`; ASCII text is
    /// folded on its bytes (its white space is tab, line feed, vertical tab, form feed,
    /// carriage return and space).
    static func foldedWhitespace(_ text: String) -> String {
        var copy = text
        let fast = copy.withUTF8 { b -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(b.count)
            var pendingSpace = false
            for c in b {
                if c >= 0x80 { return nil }
                if c == 32 || (c >= 9 && c <= 13) {
                    pendingSpace = !out.isEmpty
                    continue
                }
                if pendingSpace { out.append(32) }
                pendingSpace = false
                out.append(c)
            }
            return String(decoding: out, as: UTF8.self)
        }
        return fast ?? text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
