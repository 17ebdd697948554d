import Foundation
import StorylineCore

/// Extracts the article from the visible text of a page (a "text dump", plain or Markdown):
/// blocks are labelled by `BlockClassifier`, the article is the best-weighted stretch of
/// prose, metadata comes from the blocks around its start, and a forum thread is read as a
/// post plus comments. The result is already classified (kind, quality) from signals only
/// the dump shows (section labels, aggregator chrome, removed snippet lists).
public struct TextDumpExtractor: Sendable {
    /// Inputs beyond this many bytes are cut (with a warning) so the work per document stays bounded.
    public static let maxBytes = 20_000_000

    public init() {}

    public func extract(_ text: String) -> ExtractedDocument {
        extractWithSignals(text).document
    }

    /// The document plus the kind signals read from the dump, for callers that classify again.
    public func extractWithSignals(_ text: String) -> (document: ExtractedDocument, signals: KindSignals) {
        let result = extractWithStyle(text)
        return (result.document, result.signals)
    }

    /// The document, its kind signals and the style of its blocks (when classified), so that
    /// `DocumentExtractor` classifies again without measuring the same text twice.
    func extractWithStyle(_ text: String) -> (document: ExtractedDocument, signals: KindSignals, style: TextStyle?) {
        var warnings: [String] = []
        var bytes = Array(text.utf8)
        if bytes.count > Self.maxBytes {
            bytes = Array(bytes[0..<Self.maxBytes])
            warnings.append("text cut to the first \(Self.maxBytes) bytes")
        }
        if bytes.isEmpty || bytes.allSatisfy({ ByteText.isSpace($0) }) {
            return (ExtractedDocument(lowQuality: true, warnings: ["empty text"]), KindSignals(), nil)
        }
        var control = 0
        for b in bytes.prefix(65_536) where b < 0x09 || (b > 0x0D && b < 0x20) || b == 0x7F { control += 1 }
        if control * 20 > min(bytes.count, 65_536) {
            return (ExtractedDocument(lowQuality: true, warnings: ["binary content, not text"]), KindSignals(), nil)
        }
        if ByteText.contains(bytes, [0xEF, 0xBF, 0xBD]) { warnings.append("text contains undecodable bytes") }

        let segmenter = DumpSegmenter(bytes)
        var blocks = segmenter.blocks(bytes)
        BlockClassifier().classify(&blocks)

        if Self.debugBlocks { debugPrint(blocks) }
        // what the dump's own labels say, read before the metadata pass relabels the article's blocks
        var signals = KindSignals()
        var textBytes = 0, boiler = 0
        for b in blocks where b.label != .code {
            textBytes += b.features.bytes
            switch b.label {
            case .chrome, .nag, .appeal, .caption, .snippet, .lowText: boiler += b.features.bytes
            default: break
            }
        }
        signals.boilerplateShare = textBytes == 0 ? 0 : Double(boiler) / Double(textBytes)
        signals.snippetItems = blocks.reduce(0) { $0 + ($1.label == .snippet ? 1 : 0) }
        signals.aggregatorChrome = blocks.contains { b in
            (b.label == .nag || b.label == .chrome) && Self.aggregatorPhrases.occurs(in: b.lower)
        }
        let notes = removalNotes(blocks)

        var doc = ExtractedDocument()
        var articleBlocks: [DumpBlock]
        let pageRegion = ContentRegion.best(blocks)
        if let thread = ForumThreadParser.parse(blocks), !thread.comments.isEmpty,
            thread.firstHeader >= (pageRegion?.lowerBound ?? 0)  // headers above the article are a byline, not a thread
        {
            articleBlocks = thread.postBlocks
            doc.comments = thread.comments
        } else {
            articleBlocks = blocks
        }
        // the only other reference: without it the relabelling below changes the blocks in place
        // instead of copying every one
        blocks = []
        let finder = DumpMetadataFinder(lowerWords: segmenter.lowerWords, capitalCounts: segmenter.capitalCounts)
        let titled = finder.titledHeadline(articleBlocks)
        var region = ContentRegion.best(articleBlocks, headline: titled)
        if let r = region, doc.comments.isEmpty, let cut = CommentSection.start(in: articleBlocks, range: r) {
            // reader comments under the article: drop them and pick the article again before them
            let head = Array(articleBlocks[0..<cut])
            region = ContentRegion.best(head, headline: titled.flatMap { $0 < cut ? $0 : nil })
        }
        if region == nil, !doc.comments.isEmpty, !articleBlocks.isEmpty { region = 0...(articleBlocks.count - 1) }
        let meta = finder.find(&articleBlocks, region: region)
        var kept: [Int] = []
        if let region {
            kept = ContentRegion.keep(articleBlocks, in: region)
            if !doc.comments.isEmpty {
                // a forum post is short and personal: keep every non-boilerplate block of it
                kept = region.filter { i in
                    let l = articleBlocks[i].label
                    return !l.isBoilerplate && l != .code && l != .headline && l != .dateline && l != .byline && l != .sourceLabel
                        && l != .standfirst
                }
            }
        }
        doc.blocks = kept.map { i in
            let b = articleBlocks[i]
            var role = b.role
            if role == .paragraph && b.label == .short && b.features.words <= 12 && !b.features.endsWithSentencePunctuation { role = .heading }
            return TextBlock(b.string, role: role)
        }
        doc.title = meta.title
        doc.standfirst = meta.standfirst
        doc.byline = meta.byline
        doc.publisher = meta.publisher
        doc.published = meta.published

        signals.section = meta.section
        warnings += notes
        if signals.aggregatorChrome, let p = doc.publisher {
            warnings.append("reprinted by a news aggregator; credited to \(p)")
        }
        if doc.blocks.isEmpty && doc.comments.isEmpty { warnings.append("no article text found") }
        doc.warnings = warnings
        let style = TextStyle(doc.blocks)
        KindClassifier().classify(&doc, signals: signals, style: style)
        return (doc, signals, style)
    }

    /// Read once: looking the environment up per document copies the whole environment.
    static let debugBlocks = ProcessInfo.processInfo.environment["STORYLINE_DEBUG_BLOCKS"] != nil

    static let aggregatorPhrases = PhraseSet([
        "your news in one place", "premium titles", "trusted global sources", "from hundreds of", "100's of",
        "100+ ", "news from", "top stories on", "curated",
    ])

    /// Writes each block's label and features to stderr (set STORYLINE_DEBUG_BLOCKS to see them).
    private func debugPrint(_ blocks: [DumpBlock]) {
        for b in blocks {
            let f = b.features
            let line = "\(b.line)\t\(b.label.rawValue)\tw=\(f.words) fw=\(Int(f.functionWordShare * 100)) ct=\(f.codeTokens) ch=\(f.chromeHits) "
                + "nag=\(f.nagHits) ap=\(f.appealHits) se=\(f.sentenceEnds)\t\(String(b.string.prefix(90)))\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// One warning per kind of boilerplate removed, so a reader can see what was dropped.
    private func removalNotes(_ blocks: [DumpBlock]) -> [String] {
        var notes: [String] = []
        var n: [BlockLabel: Int] = [:]
        for b in blocks { n[b.label, default: 0] += 1 }
        if let c = n[.code] { notes.append("removed \(c) block(s) of leaked CSS/JS/JSON") }
        if let c = n[.appeal] { notes.append("removed a donation or support appeal (\(c) block(s))") }
        if let c = n[.nag] { notes.append("removed \(c) sign-up or subscription prompt(s)") }
        if let c = n[.caption] { notes.append("removed \(c) caption(s) and photo credit(s)") }
        if let c = n[.snippet] { notes.append("removed a list of \(c) snippets about other pages") }
        return notes
    }
}
