/// Helpers for reading loosely typed JSON-LD values.
enum JSONLD {
    /// `@type` as a list of names.
    static func types(_ object: [String: Any]) -> [String] {
        if let s = object["@type"] as? String { return [s] }
        if let a = object["@type"] as? [Any] { return a.compactMap { $0 as? String } }
        return []
    }

    /// A string value, or the `name` of an object value, or the first of a list.
    static func string(_ value: Any?) -> String? {
        if let s = value as? String {
            let t = s.trimmed
            return t.isEmpty ? nil : t
        }
        if let o = value as? [String: Any] { return string(o["name"]) ?? string(o["@value"]) }
        if let a = value as? [Any] { return a.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// Names from a value that may be a string, an object or a list of either.
    static func names(_ value: Any?) -> [String] {
        if let a = value as? [Any] { return a.compactMap { string($0) } }
        return string(value).map { [$0] } ?? []
    }

    static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting", "LiveBlogPosting",
        "SocialMediaPosting", "DiscussionForumPosting", "Report", "ScholarlyArticle", "TechArticle", "WebPage",
        "Review", "Blog", "Posting", "SatiricalArticle", "MedicalWebPage", "Recipe",
    ]

    /// The object describing the article, if any.
    static func article(in objects: [[String: Any]]) -> [String: Any]? {
        var fallback: [String: Any]?
        for o in objects {
            let t = types(o)
            if t.contains(where: { $0 != "WebPage" && articleTypes.contains($0) }) { return o }
            if fallback == nil, t.contains("WebPage") { fallback = o }
        }
        return fallback
    }
}
import Foundation
