/// What an element's `class`, `id` and `role` say about it. Publishers name their page parts
/// alike (`article-body`, `related-links`, `comments`, `share-bar`), so these words are the
/// strongest general signal for what is article and what is chrome.
struct ClassHint: OptionSet, Sendable {
    let rawValue: UInt16
    /// Chrome: navigation, sharing, promotion, related links, sign-up boxes, captions, bylines.
    static let boilerplate = ClassHint(rawValue: 1 << 0)
    /// A comments section.
    static let comments = ClassHint(rawValue: 1 << 1)
    /// Named as the article's body (`articleBody`, `entry-content`, `story-body`, …).
    static let articleBody = ClassHint(rawValue: 1 << 2)
    /// Loosely content-like (`article`, `content`, `post`, `story`, `main`).
    static let contentLike = ClassHint(rawValue: 1 << 3)
    /// Hidden from readers (`hidden`, `sr-only`, `visually-hidden`).
    static let hidden = ClassHint(rawValue: 1 << 4)
}

enum ClassHints {
    /// Words that mark chrome when they appear anywhere in a class or id.
    static let boilerplateStems: [[UInt8]] = [
        "comment", "disqus", "related", "share", "sharing", "social", "newsletter", "subscri", "promo",
        "advert", "sponsor", "cookie", "consent", "gdpr", "popup", "modal", "sidebar", "widget", "breadcrumb",
        "navbar", "navigation", "menu", "footer", "masthead", "recommend", "recirc", "trending", "popular",
        "outbrain", "taboola", "signup", "sign-up", "donat", "byline", "author", "caption", "credit",
        "pagination", "pager", "toolbar", "skip-link", "skiplink", "timestamp", "dateline", "login", "more-stories",
        "morestories", "read-more", "readmore", "rating", "survey", "newsletter", "paywall-promo", "tagline",
        "tag-list", "taglist", "tags", "keyword", "topics-list", "follow-us", "followus", "print-", "email-",
        "banner", "overlay", "jump-link", "interstitial", "upsell", "teaser", "also-read", "alsoread",
        "next-article", "prev-article", "nextarticle", "inline-ad", "ad-slot", "adslot", "ad-container",
        "adcontainer", "ad-wrapper", "adwrapper", "dfp", "gpt-ad", "ad_", "-ad-", "skyscraper", "leaderboard",
        "feedback", "contributor", "bio-", "author-bio", "copyright", "disclaimer", "affiliate", "partner",
        "subnav", "dropdown", "lightbox", "gallery", "slideshow", "carousel", "video-player", "player",
        "playlist", "headline-list", "story-list", "article-list", "card-list", "latest", "most-read", "mostread",
        "newsfeed", "linkbox", "link-list", "hidden-print", "noprint", "sticky",
    ].map { Array($0.utf8) }

    /// Whole words (split on non-letters) that mark chrome.
    static let boilerplateWords: Set<String> = [
        "ad", "ads", "nav", "meta", "tools", "tool", "print", "email", "follow", "tag", "date", "time", "aside",
        "promo", "social", "shares", "byline", "credits", "hide", "alert", "top", "header", "masthead", "logo",
        "search", "subscribe", "newsletter", "banner", "toc", "breaking", "ticker", "signin", "account",
        "hed", "dek-social", "kicker", "eyebrow", "label", "badge",
    ]

    static let hiddenWords: Set<String> = [
        "hidden", "sr-only", "visually-hidden", "visuallyhidden", "screen-reader-text", "screenreader",
        "d-none", "display-none", "is-hidden", "u-hidden", "hide-text", "offscreen", "element-invisible",
    ]

    static let bodyStems: [[UInt8]] = [
        "articlebody", "article-body", "article_body", "article__body", "articlecontent", "article-content",
        "article_content", "article__content", "storybody", "story-body", "story_body", "story-content",
        "storycontent", "entry-content", "entrycontent", "entry_content", "post-content", "postcontent",
        "post_content", "post-body", "postbody", "post_body", "article-text", "articletext", "article_text",
        "body-text", "bodytext", "body-copy", "bodycopy", "main-content", "maincontent", "content-body",
        "rich-text", "richtext", "article-main", "story-text", "storytext", "news-text", "news-body",
        "text-body", "article-entry", "single-content", "td-post-content", "field-body", "field--body",
        "article-detail", "detail-body", "articledetail", "story__body", "content__body", "c-article",
    ].map { Array($0.utf8) }

    static let contentWords: Set<String> = [
        "article", "content", "post", "story", "main", "entry", "text", "body", "blog", "news", "hentry",
    ]

    /// Classifies a lowercase `class id role` string.
    static func classify(_ lower: [UInt8]) -> ClassHint {
        var hint: ClassHint = []
        if lower.isEmpty { return hint }
        for stem in bodyStems where contains(lower, stem) {
            hint.insert(.articleBody)
            break
        }
        if contains(lower, Array("comment".utf8)) || contains(lower, Array("disqus".utf8))
            || contains(lower, Array("respond".utf8))
        {
            hint.insert(.comments)
        }
        var words: [String] = []
        var start = 0
        for k in 0...lower.count {
            let boundary = k == lower.count || lower[k] == 0x20 || lower[k] == 0x09 || lower[k] == 0x0A
            if boundary {
                if k > start { words.append(String(decoding: lower[start..<k], as: UTF8.self)) }
                start = k + 1
            }
        }
        for w in words {
            if hiddenWords.contains(w) { hint.insert(.hidden) }
            let parts = w.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            for part in parts {
                let s = String(part)
                if boilerplateWords.contains(s) { hint.insert(.boilerplate) }
                if contentWords.contains(s) { hint.insert(.contentLike) }
            }
        }
        if !hint.contains(.boilerplate) {
            for stem in boilerplateStems where contains(lower, stem) {
                hint.insert(.boilerplate)
                break
            }
        }
        return hint
    }

    @inline(__always)
    static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        let n = needle.count
        guard hay.count >= n, n > 0 else { return false }
        let first = needle[0]
        var i = 0
        let last = hay.count - n
        while i <= last {
            if hay[i] == first {
                var k = 1
                while k < n && hay[i + k] == needle[k] { k += 1 }
                if k == n { return true }
            }
            i += 1
        }
        return false
    }
}
