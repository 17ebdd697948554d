/// Words that signal who is speaking and how names are built. Small closed lists: they
/// describe English news style (attribution verbs, titles, role nouns), not any document.
enum SpeechLexicon {
    /// Verbs that attribute words or figures to someone ("said", "adds", "told").
    static let speechVerbs: Set<String> = [
        "say", "says", "said", "saying", "tell", "tells", "told", "telling", "add", "adds", "added", "adding",
        "state", "states", "stated", "explain", "explains", "explained", "argue", "argues", "argued", "arguing",
        "note", "notes", "noted", "noting", "write", "writes", "wrote", "warn", "warns", "warned", "warning",
        "claim", "claims", "claimed", "claiming", "insist", "insists", "insisted", "suggest", "suggests",
        "suggested", "suggesting", "continue", "continues", "continued", "recall", "recalls", "recalled",
        "reply", "replies", "replied", "ask", "asks", "asked", "acknowledge", "acknowledges", "acknowledged",
        "admit", "admits", "admitted", "announce", "announces", "announced", "confirm", "confirms", "confirmed",
        "declare", "declares", "declared", "remark", "remarks", "remarked", "report", "reports", "reported",
        "tweet", "tweets", "tweeted", "commented", "respond", "responds", "responded",
        "predict", "predicts", "predicted", "estimate", "estimates", "estimated", "conclude", "concludes",
        "concluded", "emphasise", "emphasises", "emphasised", "emphasize", "emphasizes", "emphasized",
        "stress", "stresses", "stressed", "observe", "observes", "observed", "caution", "cautions", "cautioned",
        "concede", "concedes", "conceded", "allege", "alleges", "alleged", "reveal", "reveals", "revealed",
        "maintain", "maintains", "maintained", "contend", "contends", "contended", "complain", "complains",
        "complained", "testify", "testifies", "testified", "believe", "believes", "believed", "think", "thinks",
        "assess", "assessed", "assesses", "announcing", "confirming", "adding", "posted", "wrote", "joked",
        "quipped", "urged", "urges", "pointed", "countered", "counters", "agreed", "agrees", "disclosed",
        "indicated", "indicates", "mentioned", "informed", "described", "describes", "insisting",
        "claiming", "boasted", "pleaded", "exclaimed", "shouted", "whispered", "answered", "added", "denied",
        "denies", "deny", "expects", "forecasts", "accused", "accuses", "accusing", "sees", "projects",
        "anticipates",
    ]

    /// Every verb that may introduce a direct quote.
    static let introducingVerbs: Set<String> = speechVerbs.union(quotingVerbs)

    /// Verbs that introduce a quotation but do not report speech on their own ("called it a “…”").
    static let quotingVerbs: Set<String> = [
        "called", "calls", "calling", "described", "describing", "dubbed", "labelled", "labeled", "branded",
        "declaring", "posted", "wrote", "tweeted", "captioned", "quoted", "quoting", "citing",
    ]

    /// Speech verbs strong enough to mark indirect speech and to attribute a figure.
    static let reportingVerbs: Set<String> = [
        "say", "says", "said", "saying", "tell", "tells", "told", "stated", "states", "claimed", "claims",
        "claiming", "warned", "warns", "warning", "argued", "argues", "arguing", "suggested", "suggests",
        "suggesting", "noted", "notes", "noting", "reported", "reports", "announced", "announces", "confirmed",
        "confirms", "believes", "believed", "estimated", "estimates", "insisted", "insists", "acknowledged",
        "admitted", "added", "adds", "explained", "explains", "assessed", "revealed", "alleged", "alleges",
        "wrote", "writes", "predicted", "predicts", "testified", "indicated", "disclosed", "thinks", "expects",
        "forecasts", "accused", "accuses", "sees", "projects", "anticipates", "according",
    ]

    /// Verbs that take the listener as object ("told Reuters", "told reporters").
    static let objectVerbs: Set<String> = ["tell", "tells", "told", "telling", "informed", "asked", "urged"]

    static let personPronouns: Set<String> = ["he", "she"]
    static let groupPronouns: Set<String> = ["they", "it", "we"]

    /// Honorifics kept while a surname is matched to a full name ("Mr Howell").
    static let honorifics: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "fr",
    ]

    /// Titles and offices written before a name ("President", "Gen", "Governor").
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "rev",
        "reverend", "father", "gen", "general", "col", "colonel", "lt", "lieutenant", "maj", "major", "capt",
        "captain", "adm", "admiral", "sgt", "sergeant", "cpl", "corporal", "pvt", "president", "vice",
        "premier", "minister", "secretary", "senator", "sen", "rep", "representative", "congressman",
        "congresswoman", "governor", "gov", "mayor", "judge", "justice", "chancellor", "king", "queen",
        "prince", "princess", "pope", "chief", "commissioner", "ambassador", "speaker", "chairman",
        "chairwoman", "chair", "ceo", "coach", "officer", "detective", "det", "sheriff", "deputy", "inspector",
        "superintendent", "spokesman", "spokeswoman", "spokesperson", "commander", "marshal", "attorney",
        "prosecutor", "director", "founder", "cofounder", "co-founder", "executive", "leader", "analyst",
        "economist", "professor", "dean", "headteacher", "councillor", "councilman", "councilwoman",
        "trooper", "agent", "sheikh", "emir", "ayatollah", "imam", "rabbi", "bishop", "archbishop", "cardinal",
        "head", "lawyer", "manager", "editor", "author", "researcher", "scientist", "doctor", "nurse",
        "fellow", "envoy", "diplomat", "official", "aide", "adviser", "advisor", "strategist", "chairperson",
        "president-elect", "vice-president", "mp", "mep", "lawmaker", "legislator", "sen.", "gen.", "dr.",
        "mr.", "mrs.", "ms.", "gov.", "rep.", "lt.", "col.", "capt.", "sgt.", "prof.", "st",
    ]

    /// Nouns that head a description of a source ("a senior official", "Ukrainian authorities").
    static let roleNouns: Set<String> = [
        "official", "officials", "spokesperson", "spokesman", "spokeswoman", "spokespeople", "authorities",
        "police", "intelligence", "agency", "ministry", "government", "military", "army", "officer", "officers",
        "analyst", "analysts", "expert", "experts", "source", "sources", "researchers", "researcher",
        "scientists", "scientist", "study", "report", "media", "witnesses", "witness", "residents", "resident",
        "lawmakers", "prosecutors", "prosecutor", "doctors", "doctor", "company", "firm", "statement",
        "department", "office", "service", "administration", "court", "judge", "commander", "minister",
        "president", "governor", "mayor", "leader", "leaders", "diplomat", "diplomats", "head", "chief",
        "director", "executive", "executives", "board", "team", "club", "coach", "manager", "group",
        "organisation", "organization", "agencies", "ministries", "governments", "forces", "staff", "aide",
        "aides", "adviser", "advisers", "advisor", "advisors", "representative", "representatives", "council",
        "committee", "commission", "lawyer", "lawyers", "attorney", "attorneys", "investigators",
        "investigator", "observers", "monitor", "monitors", "operator", "officials'", "regulator", "regulators",
        "fellow", "professor", "economist", "economists", "strategist", "strategists", "survey", "data",
        "figures", "estimates", "poll", "campaign", "spokespersons", "parliament", "legislature", "senate",
        "congress", "secretary", "ambassador", "envoy", "person", "people", "man", "woman", "family",
        "families", "student", "students", "teacher", "teachers", "worker", "workers", "employees",
        "employee", "owner", "owners", "founder", "partner", "partners", "insiders", "insider", "outlet",
        "newspaper", "channel", "broadcaster", "network", "website", "blog", "authority", "watchdog",
        "user", "users", "mother", "father", "wife", "husband", "son", "daughter", "friend", "neighbour",
        "neighbor", "victim", "coalition", "union", "club", "party", "unions", "groups", "companies",
        "commenter", "commenters", "commentator", "commentators", "blogger", "reader", "readers", "viewer",
        "viewers", "fan", "fans", "voter", "voters", "protester", "protesters", "demonstrator",
        "demonstrators", "supporter", "supporters", "critic", "critics", "activist", "activists", "member",
        "members", "participant", "participants", "organiser", "organisers", "organizer", "organizers",
        "letter", "release", "filing", "documents", "document", "tweet", "post",
    ]

    /// Words that may open or fill a description of a source besides capitalised words.
    static let describingWords: Set<String> = [
        "the", "a", "an", "its", "his", "her", "their", "our", "of", "for", "and", "senior", "top", "former",
        "local", "regional", "federal", "national", "military", "foreign", "chief", "deputy", "state",
        "unnamed", "anonymous", "western", "eastern", "southern", "northern", "two", "three", "several",
        "other", "some", "many", "armed", "defence", "defense", "security", "health", "public", "official",
        "government", "intelligence", "police", "press", "communications", "city", "county", "news", "wire",
        "election", "campaign", "party", "opposition", "independent", "international", "global", "private",
        "civil", "human", "rights", "emergency", "rescue", "fire", "medical", "hospital", "school", "university",
        "research", "industry", "market", "financial", "economic", "political", "legal", "naval", "air",
        "ground", "border", "coast", "guard", "interior", "justice", "finance", "trade", "energy", "environment",
        "environmental", "top-ranking", "high-ranking", "longtime", "veteran", "current", "acting", "interim",
        "head", "vice", "general", "assistant", "associate", "executive", "managing", "principal", "lead",
        "leading", "prominent", "independent", "nuclear", "space", "tech", "technology", "business", "port",
        "transport", "transit", "customs", "tax", "aviation", "one", "another", "multiple", "familiar",
    ]

    /// Capitalised words that end an organisation's name, never a person's.
    static let organisationWords: Set<String> = [
        "service", "ministry", "agency", "department", "office", "council", "group", "party", "army", "forces",
        "police", "news", "times", "post", "government", "kremlin", "house", "court", "university", "institute",
        "foundation", "committee", "association", "bank", "company", "corp", "inc", "ltd", "commission", "union",
        "organization", "organisation", "administration", "network", "media", "center", "centre", "command",
        "guard", "navy", "reuters", "afp", "ap", "bbc", "cnn", "nasa", "fbi", "cia", "pentagon", "school",
        "college", "hospital", "club", "team", "board", "federation", "league", "authority", "congress",
        "senate", "parliament", "assembly", "tribunal", "journal", "magazine", "press", "agency", "bureau",
        "corporation", "group's", "coalition", "alliance", "front", "movement", "society", "trust", "fund",
        "project", "program", "programme", "council", "cabinet", "secretariat", "directorate", "staff",
        "airlines", "airways", "motors", "systems", "technologies", "labs", "studios", "entertainment",
    ]

    /// Capitalised words that open a sentence without naming anyone ("But", "Ultimately").
    static let sentenceOpeners: Set<String> = [
        "but", "and", "so", "yet", "however", "ultimately", "meanwhile", "also", "now", "still", "earlier",
        "later", "separately", "instead", "today", "yesterday", "then", "thus", "nevertheless", "nonetheless",
        "indeed", "moreover", "furthermore", "in", "on", "at", "after", "before", "when", "while", "as",
        "if", "though", "although", "because", "since", "last", "this", "that", "there", "here", "for",
        "finally", "first", "second", "third", "overall", "previously", "recently", "currently", "again",
        "or", "nor", "well", "oh", "perhaps", "maybe", "already", "even", "only", "just", "apparently",
        "reportedly", "initially", "eventually", "diplomatically", "similarly", "likewise", "additionally",
        "otherwise", "besides", "hence", "therefore", "accordingly", "elsewhere", "specifically",
        "importantly", "notably", "interestingly", "unfortunately", "fortunately", "sadly", "clearly",
        "obviously", "according", "from", "with", "by", "to", "of", "about", "despite", "during", "under",
        "over", "through", "among", "asked", "speaking", "writing", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "it", "he", "she", "they", "we", "i", "you", "what",
        "why", "how", "where", "who", "which", "these", "those", "its", "his", "her", "their", "our", "my",
        "your", "an", "a", "the",
    ]

    /// Adverbs and auxiliaries that may sit between a speaker and the verb ("has also said").
    static let verbFillers: Set<String> = [
        "also", "has", "have", "had", "first", "later", "previously", "reportedly", "recently", "separately",
        "then", "further", "once", "repeatedly", "publicly", "earlier", "again", "already", "had", "subsequently",
        "initially", "originally", "privately", "quickly", "simply", "told", "would", "will", "could", "did",
        "does", "do", "is", "was", "has", "been", "having", "apparently", "flatly", "emphatically", "angrily",
        "bluntly", "explicitly", "openly", "previously", "last", "this", "week", "month", "year", "yesterday",
        "today", "tonight", "on", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "morning", "evening", "afternoon", "night", "twice", "consistently", "always", "never", "long", "not",
        "strongly", "firmly", "vehemently", "immediately", "swiftly", "personally", "directly", "formally",
        "officially", "only", "just", "still", "even", "both", "all",
    ]

    /// Words that end a forward scan for the speaker after an inverted verb ("says Mr Howell, …").
    static let forwardStops: Set<String> = [
        "on", "in", "at", "to", "with", "during", "when", "who", "which", "that", "after", "before", "while",
        "as", "in", "from", "by", "about", "because", "since", "if", "but", "and", "or", "last", "this",
        "yesterday", "today", "earlier", "later", "told", "said", "says", "adding", "noting", "is", "was",
        "has", "had", "have", "will", "would", "can", "could", "may", "might", "should", "must", "are", "were",
    ]
}
