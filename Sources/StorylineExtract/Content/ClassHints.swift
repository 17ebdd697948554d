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
        "subnav", "dropdown", "lightbox", "gallery", "slideshow", "carousel", "video-player", "audio-player",
        "media-player", "jwplayer", "player-container", "player-wrapper", "playlist", "headline-list", "story-list", "article-list", "card-list", "latest", "most-read", "mostread",
        "newsfeed", "linkbox", "link-list", "hidden-print", "noprint", "sticky", "rollover", "tooltip", "popover",
        "hovercard", "hover-card",
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

    static let bodySet = StemSet(bodyStems)
    static let boilerplateSet = StemSet(boilerplateStems)
    static let commentSet = StemSet(["comment", "disqus", "respond"].map { Array($0.utf8) })
    static let boilerplateWordKeys = Set(boilerplateWords.map { wordKey(Array($0.utf8)[...]) })
    static let contentWordKeys = Set(contentWords.map { wordKey(Array($0.utf8)[...]) })
    static let hiddenWordKeys = Set(hiddenWords.map { wordKey(Array($0.utf8)[...]) })

    @inline(__always)
    static func wordKey(_ w: ArraySlice<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in w { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    @inline(__always)
    static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
    }

    /// Classifies a lowercase `class id role` string.
    static func classify(_ lower: [UInt8]) -> ClassHint {
        var hint: ClassHint = []
        if lower.isEmpty { return hint }
        if bodySet.occurs(in: lower) { hint.insert(.articleBody) }
        if commentSet.occurs(in: lower) { hint.insert(.comments) }
        // Whole class tokens (split on whitespace) for the hidden words.
        var start = 0
        for k in 0...lower.count {
            if k == lower.count || lower[k] <= 0x20 {
                if k > start, hiddenWordKeys.contains(wordKey(lower[start..<k])) { hint.insert(.hidden) }
                start = k + 1
            }
        }
        // Words (split on anything but letters and digits).
        start = 0
        for k in 0...lower.count {
            if k == lower.count || !isWordByte(lower[k]) {
                if k > start {
                    let key = wordKey(lower[start..<k])
                    if boilerplateWordKeys.contains(key) { hint.insert(.boilerplate) }
                    if contentWordKeys.contains(key) { hint.insert(.contentLike) }
                }
                start = k + 1
            }
        }
        if !hint.contains(.boilerplate) && boilerplateSet.occurs(in: lower) { hint.insert(.boilerplate) }
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

/// A set of byte strings searched for as substrings in one pass: stems are stored flat and
/// indexed by their first two bytes, so most positions cost one table lookup.
final class StemSet: Sendable {
    let bytes: [UInt8]
    /// Per two-byte prefix: range into `entries`.
    let bucketStart: [Int32]
    /// (offset in `bytes`, length) per stem, grouped by prefix.
    let entries: [(Int32, Int32)]

    init(_ stems: [[UInt8]]) {
        var grouped = [[[UInt8]]](repeating: [], count: 65536)
        for s in stems where s.count >= 2 { grouped[Int(s[0]) << 8 | Int(s[1])].append(s) }
        var bytes: [UInt8] = []
        var starts = [Int32](repeating: 0, count: 65537)
        var entries: [(Int32, Int32)] = []
        for b in 0..<65536 {
            starts[b] = Int32(entries.count)
            for s in grouped[b] {
                entries.append((Int32(bytes.count), Int32(s.count)))
                bytes.append(contentsOf: s)
            }
        }
        starts[65536] = Int32(entries.count)
        self.bytes = bytes
        self.bucketStart = starts
        self.entries = entries
    }

    func occurs(in hay: [UInt8]) -> Bool {
        let n = hay.count
        guard n >= 2 else { return false }
        return hay.withUnsafeBufferPointer { h in
            bytes.withUnsafeBufferPointer { stems in
                bucketStart.withUnsafeBufferPointer { starts in
                    for i in 0..<(n - 1) {
                        let bucket = Int(h[i]) << 8 | Int(h[i + 1])
                        var e = Int(starts[bucket])
                        let end = Int(starts[bucket + 1])
                        while e < end {
                            let (offset, length) = entries[e]
                            let len = Int(length)
                            if i + len <= n {
                                var k = 2
                                let o = Int(offset)
                                while k < len && h[i + k] == stems[o + k] { k += 1 }
                                if k >= len { return true }
                            }
                            e += 1
                        }
                    }
                    return false
                }
            }
        }
    }
}
