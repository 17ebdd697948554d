/// What the page itself says about its kind, gathered by the HTML or text pipeline and
/// read by `KindClassifier`: schema.org types, `og:type`, the section, the URL path.
public struct KindSignals: Sendable, Hashable {
    /// schema.org `@type` values from JSON-LD or microdata ("NewsArticle", "OpinionNewsArticle", "LiveBlogPosting").
    public var schemaTypes: [String]
    /// `og:type` ("article", "website").
    public var openGraphType: String?
    /// `article:section` or a visible section label ("Opinion", "World").
    public var section: String?
    /// The path of the canonical URL ("/opinion/2024/10/…").
    public var urlPath: String?
    /// Share of the main text's characters inside links (0…1), a sign of snippet and link lists.
    public var linkDensity: Double
    /// Items of a removed list of search or teaser snippets about other events.
    public var snippetItems: Int
    /// Share of the page's text (code excluded) removed as chrome, nags, appeals, captions.
    public var boilerplateShare: Double
    /// The page wears an aggregator app's chrome ("all your news in one place", "titles").
    public var aggregatorChrome: Bool

    public init(
        schemaTypes: [String] = [], openGraphType: String? = nil, section: String? = nil, urlPath: String? = nil,
        linkDensity: Double = 0, snippetItems: Int = 0, boilerplateShare: Double = 0, aggregatorChrome: Bool = false
    ) {
        self.schemaTypes = schemaTypes
        self.openGraphType = openGraphType
        self.section = section
        self.urlPath = urlPath
        self.linkDensity = linkDensity
        self.snippetItems = snippetItems
        self.boilerplateShare = boilerplateShare
        self.aggregatorChrome = aggregatorChrome
    }
}
