import StorylineBrief
import StorylineStore

/// The outlet a document is shown under: its publisher, else the site of its URL (named the
/// way briefs name it), so that documents ingested without a publisher (JSON Lines with
/// only a URL, text dumps of saved pages) are still told apart instead of piling into one
/// "unknown" outlet.
extension DocumentSummary {
    var outlet: String? {
        if let p = publisher?.trimmingCharacters(in: .whitespacesAndNewlines), !p.isEmpty { return p }
        return url.flatMap(OutletName.site)
    }
}
