import StorylineCore

/// What the classifier decided a block of a text dump is.
enum BlockLabel: String, Sendable {
    case unknown
    /// Prose: long enough, many function words, sentence punctuation.
    case content
    /// Prose-like but thinner (few function words): kept only inside the article.
    case nearContent
    /// Too short to judge alone (subheadings, one-line paragraphs, menu items).
    case short
    /// Long but not prose: lists of names, links, tags.
    case lowText
    /// Leaked CSS, JavaScript or JSON.
    case code
    case chrome
    case nag
    case appeal
    case caption
    case duplicate
    case snippet
    case headline
    case standfirst
    case dateline
    case byline
    case sourceLabel

    /// Labels that are never part of the article body.
    var isBoilerplate: Bool {
        switch self {
        case .chrome, .nag, .appeal, .caption, .duplicate, .snippet, .lowText: return true
        default: return false
        }
    }
}

/// One block of a text dump: a line, or part of a line when the dump ran two blocks together.
struct DumpBlock: Sendable {
    var text: [UInt8]
    var lower: [UInt8]
    var role: BlockRole
    /// Leading spaces of the source line (forum threads nest by indentation).
    var indent: Int
    /// 0-based source line.
    var line: Int
    /// An empty line preceded this block in the dump.
    var blankBefore: Bool
    var features: BlockFeatures
    var label: BlockLabel = .unknown
    /// This block came from splitting a line after a photo credit: its left part was a caption.
    var followsSplitCaption = false

    init(text: [UInt8], role: BlockRole, indent: Int, line: Int, blankBefore: Bool) {
        self.text = text
        self.lower = ByteText.lowercased(text)
        self.role = role
        self.indent = indent
        self.line = line
        self.blankBefore = blankBefore
        self.features = BlockFeatures(text, lower: lower)
    }

    var string: String { ByteText.string(text) }
}
