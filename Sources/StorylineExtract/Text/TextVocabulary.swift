/// Word lists the text-dump classifier reads. They name GENERAL features of web pages
/// (function words of prose, interface verbs, subscription and donation vocabulary, photo
/// credits), never the words of one page. Phrases are lower-case ASCII and matched as
/// byte substrings of a lower-cased block.
enum TextVocabulary {
    /// Function words of prose in the languages news pages mostly come in (en, pt, es, de, it, fr, ru).
    /// Prose has many of them; menus, link lists and code have few.
    static let functionWords: Set<String> = {
        let lists = [
            // English
            "the a an and or but of to in on at by for with from as is are was were be been being it its this that these those he she they we you i his her their our your my me him them us not no so if then than there here which who whom whose what when where why how all any some more most other such only also into over after before about up out can could will would should may might must has have had do does did said says just very",
            // Portuguese / Spanish
            "o os as um uma uns umas de do da dos das em no na nos nas por para com que se não é são foi ser ao à aos pelo pela mais mas como também ele ela eles elas seu sua seus suas isso este esta esse essa el la los las un una del al con es por lo le y en su sus ya pero muy fue ha",
            // German
            "der die das den dem des ein eine einen einem einer und oder aber nicht ist sind war wurde werden mit von zu im in auf für an bei aus nach wie auch sich es er sie wir ihr dass als noch nur hat haben",
            // Italian / French
            "il lo gli le della delle dei degli nel nella che non sono è per con una un di da al alla anche come più ma les des du et est une dans pour pas qui sur au avec ce cette il elle ils sont ont été",
            // Russian
            "и в во не на что с со по это как к из у о об за от для но же а то все он она они его ее её был была были бы до так уже или если при только также может их мы вы ты я",
        ]
        var set = Set<String>()
        for list in lists { for w in list.split(separator: " ") { set.insert(String(w)) } }
        return set
    }()

    /// Interface chrome: menus, account prompts, share bars, notification prompts, comment widgets.
    static let chromePhrases = PhraseSet(chromeList)
    static let chromeList: [String] = [
        "sign in", "sign out", "log in", "login", "log out", "logged in", "register", "my account",
        "create an account", "create account", "already a member", "already have an account", "forgot password",
        "share this", "share on", "share via", "share article", "facebook", "twitter", "linkedin", "whatsapp",
        "pinterest", "reddit", "email this", "print this", "copy link", "read more", "see more", "show more",
        "load more", "view more", "more stories", "related articles", "related stories", "related posts",
        "related content", "most popular", "most read", "trending", "recommended", "you may also like",
        "you might also like", "follow us", "skip to", "main menu", "toggle", "search", "notification",
        "not now", "yes please", "refresh the page", "refresh your browser", "comments", "comment",
        "reply", "next article", "previous article", "back to top", "open image", "gallery", "enlarge",
        "click here", "tap here", "download the app", "get the app", "cookie", "privacy policy", "terms of use",
        "terms of service", "terms and conditions", "all rights reserved", "copyright", "\u{a9}", "advertisement",
        "advertising", "sponsored", "javascript", "your browser", "ad blocker", "accept all", "manage preferences",
        "contact us", "about us", "home page", "homepage", "sitemap", "rss", "podcast", "watch live", "listen",
        "video", "play video", "loading", "close", "menu", "upvote", "downvote", "permalink", "report",
        "bookmark", "save article", "saved", "font size", "text size", "print", "email", "subscribe",
    ]

    /// Sign-up, subscription and app nags.
    static let nagPhrases = PhraseSet(nagList)
    static let nagList: [String] = [
        "sign up", "subscribe", "subscription", "subscriber", "newsletter", "inbox", "membership", "become a member",
        "already a member", "free trial", "days free", "unlimited access", "unlimited digital", "start reading",
        "read news from", "one app", "download the app", "get the app", "premium", "register for free",
        "create a free account", "to continue reading", "to read this article", "keep reading", "read the full",
        "access to news", "your news in one place", "curated", "special offer", "per month", "per week", "/month",
        "cancel anytime", "enter your email", "email address", "privacy notice", "by signing up", "delivered to",
    ]

    /// Donation and support appeals.
    static let appealPhrases = PhraseSet(appealList)
    static let appealList: [String] = [
        "donat", "your support", "support us", "support our", "supporting us", "contribute", "contribution",
        "paywall", "journalism", "readers like you", "make a difference", "makes all the difference",
        "can afford", "funded by readers", "reader-funded", "reader funded", "chip in", "patreon", "make a gift",
        "one-off", "monthly gift", "keep our", "free to read", "independent reporting", "fund our", "fund the",
        "at no cost to you", "far from free", "loyal readers", "to our readers", "readers everywhere",
        "we cannot afford", "become a supporter", "become a patron",
    ]

    /// Legal footer vocabulary (counted at any length: footers are long).
    static let legalPhrases = PhraseSet(legalList)
    static let legalList: [String] = [
        "trademark", "all rights reserved", "privacy policy", "terms of use", "terms of service", "cookie policy",
        "its affiliates", "registered in", "company number", "used under license", "copyright", "\u{a9} 20",
        "\u{a9} 19", "terms and conditions", "privacy notice", "user agreement", "customer service", "fax:",
        "toll free", "telephone:", "e-mail:",
    ]

    /// Photo credit and caption markers.
    static let creditPhrases = PhraseSet(creditList)
    static let creditList: [String] = [
        "photograph:", "photo:", "photos:", "image:", "images:", "picture:", "credit:", "credits:", "illustration:",
        "photo by", "photograph by", "image by", "photo credit", "image credit", "getty images", "getty",
        "shutterstock", "istock", "handout", "file photo", "courtesy of", "(pictured)", "/ap", "/afp", "/reuters",
        "via reuters", "via ap", "via getty", "(ap)", "(afp)", "(reuters)", "(epa)", "(pa)", "/epa", "/pa ",
    ]

    /// Words that only interface elements are made of (a line of just these is chrome).
    static let interfaceWords: Set<String> = [
        "home", "news", "menu", "search", "login", "logout", "signin", "sign", "in", "up", "out", "register",
        "subscribe", "share", "tweet", "email", "print", "comments", "comment", "reply", "more", "next",
        "previous", "prev", "back", "top", "close", "open", "image", "gallery", "video", "photos", "photo", "link",
        "fedilink", "permalink", "report", "save", "saved", "hide", "edit", "delete", "follow", "following",
        "like", "likes", "upvote", "downvote", "vote", "votes", "points", "point", "score", "arrow", "arrow-up",
        "arrow-down", "edit-2", "view", "views", "read", "now", "not", "yes", "please", "no", "ok", "accept",
        "settings", "notifications", "english", "sort", "by", "best", "new", "old", "hot", "controversial",
        "level", "parent", "context", "source", "award", "give", "share", "copy", "expand", "collapse",
        "advertisement", "sponsored", "ad", "ads", "skip", "to", "content", "main", "navigation", "facebook",
        "twitter", "linkedin", "whatsapp", "pinterest", "instagram", "youtube", "rss", "feed", "the", "a", "and",
        "of", "all", "latest", "live", "watch", "listen", "podcast", "podcasts", "about", "contact", "us",
        "privacy", "policy", "terms", "cookies", "help", "account", "my", "your", "you", "download", "app",
        "get", "start", "reading", "sections", "section", "topics", "toggle", "loading", "load", "show", "hide",
    ]

    /// The five lists a block's features count, matched in one pass: group 0 chrome, 1 nag,
    /// 2 appeal, 3 credit, 4 legal.
    static let blockPhrases = PhraseSet(groups: [chromeList, nagList, appealList, creditList, legalList])

    static func bytes(_ list: [String]) -> [[UInt8]] { list.map { Array($0.utf8) } }
}
