/// Words written with a period that usually does not end a sentence. Keys are lower case,
/// without the final period ("u.s" for "U.S.").
public enum Abbreviations {
    /// Titles and honorifics: a name always follows, so the period never ends a sentence.
    public static let titles: Set<String> = [
        "mr", "mrs", "ms", "mx", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "cpt", "maj", "adm", "cmdr",
        "brig", "cpl", "pvt", "rev", "sen", "rep", "gov", "pres", "hon", "messrs", "mme", "mlle", "sr", "fr",
        "st", "mt", "ft", "supt", "insp", "det", "amb", "atty", "gens", "lieut", "rt", "sra", "srta",
    ]

    /// Other abbreviations: the period ends a sentence only when a typical sentence opener follows.
    public static let general: Set<String> = [
        "inc", "ltd", "co", "corp", "plc", "llc", "bros", "jr", "esq", "vs", "v", "etc", "e.g", "i.e", "cf",
        "approx", "ca", "al", "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "a.m", "p.m", "ph.d", "no", "nos",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue",
        "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "dept", "est", "fig", "figs", "vol", "vols",
        "pp", "ed", "eds", "univ", "assn", "ave", "blvd", "rd", "mln", "bln", "min", "max", "govt", "intl",
        "natl", "op", "cit", "ibid", "viz", "resp", "abbr", "misc", "n.b", "b.c", "a.d", "r.i.p", "p.s",
    ]

    /// Capitalized words that typically open a sentence; after a general abbreviation they
    /// signal that its period also ended the sentence ("… Apple Inc. The company …").
    public static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "in", "on", "but", "and", "this", "that",
        "these", "those", "his", "her", "their", "its", "our", "there", "when", "while", "after", "before",
        "as", "at", "for", "if", "so", "yet", "meanwhile", "however", "some", "many", "most", "what", "who",
        "why", "how", "where", "one", "officials", "it's", "by", "with", "from", "during", "since", "then",
        "also", "both", "each", "all", "no", "not", "mr", "mrs", "ms", "dr",
    ]

    /// Whether a period after `word` (without its period) is part of the word.
    @inlinable public static func keepsPeriod(_ word: String) -> Bool {
        let key = word.lowercased()
        return titles.contains(key) || general.contains(key)
    }
}
