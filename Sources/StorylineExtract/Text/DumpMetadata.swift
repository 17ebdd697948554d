import Foundation
import StorylineCore

/// Headline, standfirst, byline, publisher, section and dateline of a text dump.
struct DumpMetadata: Sendable {
    var title: String?
    var standfirst: String?
    var byline: String?
    var publisher: String?
    var published: Date?
    var section: String?
}

/// Finds the metadata around the start of the article: the headline is the last
/// headline-shaped block before the body (or the body's first block when it is shaped like
/// one), the dateline a short block that is mostly a date, the byline a short "By …" or
/// staff-credit block near the headline, the publisher from the page title's suffix, a
/// repeated source label, or the name the page's own boilerplate uses for itself.
struct DumpMetadataFinder {
    let lowerWords: WordCounts
    var capitalCounts = WordCounts()

    func find(_ blocks: inout [DumpBlock], region: ClosedRange<Int>?) -> DumpMetadata {
        var meta = DumpMetadata()
        guard !blocks.isEmpty else { return meta }
        let start = region?.lowerBound ?? blocks.count
        let pageTitle = pageTitleParts(blocks)
        if let site = pageTitle?.site { meta.publisher = site }

        // headline
        var headline: Int?
        if let main = pageTitle?.main?.lowercased(), main.utf8.count >= 12 {
            let key = Array(main.utf8)
            for i in blocks.indices.dropFirst() where i <= start + 2 && isHeadlineShaped(blocks[i], maxWords: 60) {
                if blocks[i].lower.starts(with: key) || key.starts(with: blocks[i].lower) && blocks[i].lower.count >= 12 {
                    headline = i
                    break
                }
            }
        }
        if headline == nil {
            var i = start - 1
            var steps = 0
            while i >= 0 && steps < 25 {
                let b = blocks[i]
                if isHeadlineShaped(b, maxWords: 60) && b.features.words >= 4 && b.label != .caption { headline = i; break }
                i -= 1
                steps += 1
            }
        }
        if let r = region, isHeadlineShaped(blocks[r.lowerBound], maxWords: 30), blocks[r.lowerBound].features.words >= 4,
            r.count > 1, blocks[r.lowerBound + 1].label == .content, headline == nil || headline! < r.lowerBound - 8
        {
            headline = r.lowerBound
        }
        if headline == nil, let first = blocks.firstIndex(where: { $0.label != .code }), let pt = pageTitle, pt.main != nil {
            // the dump's first line is the page title itself
            if pt.site != nil { blocks[first].label = .headline }
            meta.title = pt.main
        }
        if let h = headline {
            blocks[h].label = .headline
            let words = blocks[h].string.split(separator: " ").map(String.init)
            if words.count > 22, !blocks[h].features.endsWithSentencePunctuation, let cut = standfirstCut(words) {
                meta.title = words[..<cut].joined(separator: " ")
                meta.standfirst = words[cut...].joined(separator: " ")
            } else {
                meta.title = blocks[h].string
                // a standfirst: the sentence-shaped block right after the headline, outside the body
                if h + 1 < blocks.count, h + 1 < start, blocks[h + 1].features.words >= 8,
                    blocks[h + 1].label == .content || blocks[h + 1].label == .nearContent
                {
                    blocks[h + 1].label = .standfirst
                    meta.standfirst = blocks[h + 1].string
                }
            }
            // the section: a short label line just above the headline ("News World Europe Analysis")
            var s = h - 1
            while s >= 0 && s >= h - 3 {
                let f = blocks[s].features
                if f.words >= 1 && f.words <= 6 && !f.endsWithSentencePunctuation && f.capitalizedWords == f.words && f.bytes <= 60 {
                    meta.section = blocks[s].string.split(separator: " ").last.map(String.init)
                    break
                }
                s -= 1
            }
        }

        // dateline and byline near the top
        let anchor = headline ?? start
        let lo = max(0, anchor - 8), hi = min(blocks.count - 1, max(anchor + 10, start + 3))
        if lo <= hi {
            for i in lo...hi where meta.published == nil {
                let b = blocks[i]
                guard b.features.bytes <= 140, b.features.words <= 18, b.label != .code, b.label != .headline else { continue }
                if let d = Dateline.find(in: b.text), d.coverage >= 0.5 {
                    meta.published = d.date
                    if b.label != .content { blocks[i].label = .dateline }
                }
            }
            for i in lo...hi where meta.byline == nil {
                let b = blocks[i]
                guard b.label != .code, b.label != .headline, b.label != .content || b.features.words <= 12 else { continue }
                if let by = byline(b) {
                    meta.byline = by
                    blocks[i].label = .byline
                }
            }
        }
        if meta.published == nil {
            // anywhere in the first blocks, a standalone dateline
            for i in blocks.indices.prefix(min(blocks.count, start + 40)) {
                let b = blocks[i]
                guard b.features.bytes <= 100, b.features.words <= 14, b.label != .code else { continue }
                if let d = Dateline.find(in: b.text), d.coverage >= 0.6 {
                    meta.published = d.date
                    if b.label == .short || b.label == .chrome { blocks[i].label = .dateline }
                    break
                }
            }
        }
        if meta.publisher == nil { meta.publisher = repeatedSourceLabel(&blocks, before: headline ?? start) }
        if meta.publisher == nil { meta.publisher = selfName(blocks) }
        return meta
    }

    /// The block that repeats the page title's headline part, when the dump begins with the title.
    func titledHeadline(_ blocks: [DumpBlock]) -> Int? {
        guard let main = pageTitleParts(blocks)?.main?.lowercased(), main.utf8.count >= 12 else { return nil }
        let key = Array(main.utf8)
        let first = blocks.firstIndex(where: { $0.label != .code }) ?? 0
        for i in blocks.indices where i > first && blocks[i].label != .code && blocks[i].features.words <= 60 {
            if blocks[i].lower.starts(with: key) || (key.starts(with: blocks[i].lower) && blocks[i].lower.count * 4 >= key.count * 3) {
                return i
            }
        }
        return nil
    }

    /// A headline: 3–60 words, no full stop at the end, not interface text.
    func isHeadlineShaped(_ b: DumpBlock, maxWords: Int) -> Bool {
        let f = b.features
        guard f.words >= 3 || (f.isCJK && f.scalars >= 8), f.words <= maxWords, f.bytes <= 400 else { return false }
        switch b.label {
        case .code, .chrome, .nag, .appeal, .snippet, .duplicate, .dateline, .byline, .lowText: return false
        default: break
        }
        if f.sentenceEnds > 1 { return false }
        if let last = b.text.last, last == 0x2E { return false }
        if Dateline.find(in: b.text).map({ $0.coverage >= 0.5 }) == true { return false }
        return true
    }

    /// Where a run-together headline and standfirst meet: a capitalised word right after a
    /// lower-case word that is a common word (the page also writes it in lower case) or at least
    /// not a name (the page never capitalises it anywhere else).
    func standfirstCut(_ words: [String]) -> Int? {
        guard words.count > 8 else { return nil }
        for k in 5..<(words.count - 4) {
            let prev = words[k - 1], w = words[k]
            guard let p = prev.utf8.first, ByteText.isLower(p) || ByteText.isDigit(p),
                let f = w.utf8.first, ByteText.isUpper(f), w.count >= 2
            else { continue }
            let lower = w.lowercased().trimmingCharacters(in: .punctuationCharacters)
            if lowerWords.contains(lower) && !TextVocabulary.functionWords.contains(lower) || TextVocabulary.functionWords.contains(lower) && lower.count > 2 {
                return k
            }
            let bare = w.trimmingCharacters(in: .punctuationCharacters)
            if !capitalCounts.isEmpty, (capitalCounts[bare] ?? 0) <= 1, k >= 6 { return k }
        }
        return nil
    }

    /// A byline block: "By Name", "Name, Correspondent", "X staff and agencies".
    func byline(_ b: DumpBlock) -> String? {
        let f = b.features
        guard f.words >= 2, f.words <= 12, f.bytes <= 100 else { return nil }
        var s = b.string
        // (the bytes first: only a line starting "by " in any case can)
        if b.lower.starts(with: Self.byPrefix), s.lowercased().hasPrefix("by ") {
            s = String(s.dropFirst(3))
            // drop a trailing date or "|"-separated extras
            if let bar = s.firstIndex(where: { $0 == "|" || $0 == "," && false }) { s = String(s[..<bar]) }
            let name = s.trimmingCharacters(in: .whitespaces)
            return name.isEmpty ? nil : name
        }
        if ByteText.countPhrases(Self.bylineRoles, in: b.lower) > 0 && !f.endsWithSentencePunctuation && f.capitalizedWords >= 1 {
            return s
        }
        return nil
    }

    static let byPrefix = Array("by ".utf8)
    static let thePrefix = Array("The ".utf8)
    static let bylineRoles = TextVocabulary.bytes([
        " staff", "correspondent", "reporter", "editor", "agencies", "contributor", "writer", "columnist",
        "bureau", "news desk", "newsdesk",
    ])

    /// The page's `<title>` when the dump begins with it: "Headline - Site" / "Headline | Site".
    func pageTitleParts(_ blocks: [DumpBlock]) -> (main: String?, site: String?)? {
        guard let first = blocks.prefix(3).first(where: { $0.label != .code }) else { return nil }
        let f = first.features
        guard f.words >= 2, f.words <= 40, !f.endsWithSentencePunctuation || f.sentenceEnds <= 1 else { return nil }
        if first.text.allSatisfy({ $0 < 0x80 }) { return Self.asciiTitleParts(first.text) }
        let s = first.string
        for sep in Self.titleSeparators {
            guard let r = s.range(of: sep, options: .backwards) else { continue }
            let main = String(s[..<r.lowerBound]).trimmingCharacters(in: .whitespaces)
            let site = String(s[r.upperBound...]).trimmingCharacters(in: .whitespaces)
            let siteWords = site.split(separator: " ").count
            if siteWords >= 1 && siteWords <= 5 && site.utf8.count <= 40 && main.split(separator: " ").count >= 3 {
                // "Headline | Section | Site": keep the first part as the headline
                let head = main.components(separatedBy: sep).first ?? main
                return (head, site)
            }
        }
        return nil
    }

    static let titleSeparators = [" | ", " - ", " – ", " — ", " :: ", " · "]
    static let asciiTitleSeparators = titleSeparators.map { Array($0.utf8) }.filter { $0.allSatisfy { $0 < 0x80 } }

    /// `pageTitleParts` of an ASCII line, read on its bytes: the same split (ASCII text has no
    /// canonical equivalents for Foundation's search to match, and no separator with non-ASCII
    /// bytes can occur in it) without bridging every page's first line to NSString.
    static func asciiTitleParts(_ t: [UInt8]) -> (main: String?, site: String?)? {
        func trimmed(_ b: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
            var s = b.startIndex, e = b.endIndex
            while s < e && (b[s] == 0x20 || b[s] == 0x09) { s += 1 }
            while e > s && (b[e - 1] == 0x20 || b[e - 1] == 0x09) { e -= 1 }
            return b[s..<e]
        }
        func words(_ b: ArraySlice<UInt8>) -> Int {
            var n = 0
            var previous: UInt8 = 0x20
            for c in b {
                if c != 0x20 && previous == 0x20 { n += 1 }
                previous = c
            }
            return n
        }
        for sep in asciiTitleSeparators {
            guard let at = ByteText.lastIndex(of: sep, in: t) else { continue }
            let main = trimmed(t[..<at])
            let site = trimmed(t[(at + sep.count)...])
            let siteWords = words(site)
            if siteWords >= 1 && siteWords <= 5 && site.count <= 40 && words(main) >= 3 {
                // "Headline | Section | Site": keep the first part as the headline
                let head = ByteText.firstIndex(of: sep, in: Array(main), from: 0).map { main.prefix($0) } ?? main
                return (ByteText.string(head), ByteText.string(site))
            }
        }
        return nil
    }

    /// A short name printed twice at the top (an aggregator's source label, a masthead);
    /// an edition suffix ("- AU") is dropped.
    func repeatedSourceLabel(_ blocks: inout [DumpBlock], before limit: Int) -> String? {
        let top = min(limit, blocks.count, 20)
        guard top >= 2 else { return nil }
        for i in 1..<top {
            let a = blocks[i - 1], b = blocks[i]
            guard a.lower == b.lower, a.features.words >= 2, a.features.words <= 6, a.features.bytes <= 50,
                !a.features.endsWithSentencePunctuation, let f = a.text.first, ByteText.isUpper(f),
                a.features.interfaceWords < a.features.words
            else { continue }
            blocks[i - 1].label = .sourceLabel
            blocks[i].label = .sourceLabel
            var name = a.string
            if let r = name.range(of: " - ", options: .backwards) ?? name.range(of: " – ", options: .backwards),
                name[r.upperBound...].count <= 4
            {
                name = String(name[..<r.lowerBound])
            }
            return name
        }
        return nil
    }

    /// The name the page's own boilerplate calls itself by ("notifications from The Daily X",
    /// "The Daily X is trusted by …"): a "The …" name said at least twice in removed blocks.
    func selfName(_ blocks: [DumpBlock]) -> String? {
        var counts: [String: Int] = [:]
        // a name needs "The " in the bytes: other blocks are not split into words
        for b in blocks where (b.label == .chrome || b.label == .nag || b.label == .appeal) && ByteText.contains(b.text, Self.thePrefix) {
            let words = b.string.split(separator: " ")
            var k = 0
            while k < words.count {
                if words[k] == "The", k + 1 < words.count, let f = words[k + 1].utf8.first, ByteText.isUpper(f) {
                    var name = ["The"]
                    var j = k + 1
                    while j < words.count && j <= k + 3, let g = words[j].utf8.first, ByteText.isUpper(g) {
                        let w = words[j].trimmingCharacters(in: .punctuationCharacters)
                        name.append(w)
                        if w.count != words[j].count { break }
                        j += 1
                    }
                    counts[name.joined(separator: " "), default: 0] += 1
                    k = j
                } else {
                    k += 1
                }
            }
        }
        guard let best = counts.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }), best.value >= 2
        else { return nil }
        return best.key
    }
}
