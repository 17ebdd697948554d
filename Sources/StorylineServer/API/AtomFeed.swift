import Foundation
import StorylineCore

/// The Atom feed of new and updated briefs, most recent first. Links are relative to the
/// feed's own address, so it is right behind any host name or proxy.
struct AtomFeed {
    var briefs: [Brief]

    /// An RFC 3339 date-time, as Atom requires (a bare day becomes its midnight UTC).
    static func timestamp(_ text: String?) -> String {
        let date = text.flatMap(ISO8601.parse) ?? Date(timeIntervalSince1970: 0)
        let formatted = ISO8601.format(date)
        return formatted.utf8.count == 10 ? formatted + "T00:00:00Z" : formatted
    }

    func render() -> String {
        let updated = Self.timestamp(briefs.map(\.updated).max())
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
            <title>Storyline briefs</title>
            <subtitle>New and updated story briefs</subtitle>
            <id>urn:storyline:briefs</id>
            <updated>\(updated)</updated>
            <link rel="self" type="application/atom+xml" href="/feed.atom"/>
            <link rel="alternate" type="text/html" href="/"/>
            <author><name>Storyline</name></author>
            <generator>Storyline</generator>

            """
        for brief in briefs {
            let summary = brief.whatHappened.map(\.text).joined(separator: " ")
            let outlets = Array(Set(brief.documents.compactMap(\.publisher).filter { !$0.isEmpty })).sorted()
            let categories = outlets.prefix(20).map { "<category term=\"\(HTMLEscape.escape($0))\"/>" }.joined()
            xml += """
                <entry>
                <title>\(HTMLEscape.escape(brief.title))</title>
                <id>urn:storyline:story:\(URLEncoding.component(brief.id))</id>
                <updated>\(Self.timestamp(brief.updated))</updated>
                <link rel="alternate" type="text/html" href="\(HTMLEscape.escape(Paths.story(brief.id)))"/>
                <link rel="related" type="application/json" href="\(HTMLEscape.escape(Paths.apiStory(brief.id)))"/>
                \(categories)<summary type="text">\(HTMLEscape.escape(summary.isEmpty ? "Brief of \(brief.documents.count) documents." : summary))</summary>
                </entry>

                """
        }
        xml += "</feed>\n"
        return xml
    }
}
