import StorylineCore

/// The HTML pipeline: parse, read the metadata, find the main text.
enum HTMLArticleExtractor {
    static func extract(_ html: String) -> (ExtractedDocument, KindSignals) {
        var source = html
        let dom = source.withUTF8 { HTMLParser.parse(bytes: $0) }
        return extract(dom)
    }

    static func extract(_ dom: HTMLDocument) -> (ExtractedDocument, KindSignals) {
        let facts = HeadFacts(dom)
        let meta = MetadataExtractor.extract(dom, facts: facts)
        let content = ContentExtractor().extract(dom, title: meta.title, jsonLDBody: meta.articleBody)
        var warnings = dom.warnings
        warnings.append(contentsOf: content.warnings)
        var signals = meta.signals
        signals.linkDensity = content.linkDensity
        let doc = ExtractedDocument(
            title: meta.title, publisher: meta.publisher, byline: meta.byline, published: meta.published,
            language: meta.language, url: meta.url, blocks: content.blocks, warnings: warnings)
        return (doc, signals)
    }
}
