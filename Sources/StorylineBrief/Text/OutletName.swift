import Foundation
import StorylineCore

/// A readable name for the outlet of a document: its publisher; else the site of its
/// (canonical) URL; else the outlet suffix of its title ("Headline | The Calvera Herald");
/// else "Unattributed text (first words of the title…)". Never an internal id.
public enum OutletName {
    /// The outlet the document declares or reveals, if any.
    static func outlet(of d: ExtractedDocument) -> String? {
        if let p = d.publisher?.trimmingCharacters(in: .whitespacesAndNewlines), !p.isEmpty { return p }
        if let u = d.url, let host = site(u) { return host }
        if let t = d.title, let suffix = titleSuffix(t) { return suffix }
        return nil
    }

    static func name(of d: ExtractedDocument) -> String {
        if let outlet = outlet(of: d) { return outlet }
        let label = folded(d.title ?? "") ?? folded(String((d.blocks.first?.text ?? "").prefix(200))) ?? ""
        guard !label.isEmpty else { return "Unattributed text" }
        let words = label.split(separator: " ")
        let short = words.count > 8 ? words.prefix(8).joined(separator: " ") + "…" : label
        return "Unattributed text (\(short))"
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
            if let r = t.range(of: sep, options: .backwards), best == nil || r.lowerBound > best!.lowerBound { best = r }
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
        let f = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return f.isEmpty ? nil : f
    }
}
