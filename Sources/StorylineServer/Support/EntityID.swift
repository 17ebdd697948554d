import Foundation

/// Entity pages are addressed by a slug of the entity's canonical name ("Kim Jong Un" →
/// `kim-jong-un`): stable across re-analysis, readable in URLs, and the same for the
/// entity in document analyses and in brief topics.
enum EntityID {
    static func slug(_ name: String) -> String {
        let folded = name.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var out = ""
        var pendingDash = false
        for ch in folded {
            if ch.isLetter || ch.isNumber {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(ch)
            } else if ch != "'" && ch != "’" {
                pendingDash = true
            }
        }
        return String(out.prefix(120))
    }
}
