/// The HTML element names the parser and extractor know by sight. Anything else is `.other`
/// and is told apart by its name key (`HTMLNameKey`).
public enum HTMLTag: UInt8, CaseIterable, Sendable {
    case other
    case a, abbr, address, applet, area, article, aside, audio, b, base, basefont, bdi, bdo, bgsound, big
    case blink, blockquote, body, br, button, canvas, caption, center, cite, code, col, colgroup, data
    case datalist, dd, del, details, dfn, dialog, dir, div, dl, dt, em, embed, fieldset, figcaption, figure
    case font, footer, form, frame, frameset, h1, h2, h3, h4, h5, h6, head, header, hgroup, hr, html, i
    case iframe, image, img, input, ins, kbd, keygen, label, legend, li, link, listing, main, map, mark
    case marquee, math, menu, meta, meter, nav, nobr, noembed, noframes, noscript, object, ol, optgroup
    case option, output, p, param, picture, plaintext, pre, progress, q, rb, rp, rt, rtc, ruby, s, samp
    case script, search, section, select, slot, small, source, span, strike, strong, style, sub, summary
    case sup, svg, table, tbody, td, template, textarea, tfoot, th, thead, time, title, tr, track, tt, u
    case ul, `var`, video, wbr, xmp, foreignobject, desc

    /// The lowercase element name.
    public var name: String {
        switch self {
        case .other: return ""
        case .var: return "var"
        case .foreignobject: return "foreignobject"
        default: return String(describing: self)
        }
    }

    /// Finds the tag for a name key, `.other` when the name is not a known HTML element.
    @inline(__always)
    static func lookup(_ key: UInt64) -> HTMLTag {
        let table = HTMLTagTable.shared
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 55) & (HTMLTagTable.size - 1)
        while true {
            let k = table.keys[slot]
            if k == key { return HTMLTag(rawValue: table.tags[slot])! }
            if k == 0 { return .other }
            slot = (slot + 1) & (HTMLTagTable.size - 1)
        }
    }

    @inline(__always) var flags: HTMLTagFlags { HTMLTagTable.shared.flags[Int(rawValue)] }
    @inline(__always) func has(_ f: HTMLTagFlags) -> Bool { HTMLTagTable.shared.flags[Int(rawValue)].contains(f) }
}

/// Element behaviours from the WHATWG tree-construction rules, plus the block/inline split
/// the extractor needs.
public struct HTMLTagFlags: OptionSet, Sendable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }
    /// Never has children (`<br>`, `<img>`, …).
    public static let void = HTMLTagFlags(rawValue: 1 << 0)
    /// Contents are raw text up to the matching end tag (`<script>`, `<style>`, …).
    public static let rawText = HTMLTagFlags(rawValue: 1 << 1)
    /// Contents are text with character references (`<title>`, `<textarea>`).
    public static let rcdata = HTMLTagFlags(rawValue: 1 << 2)
    /// The spec's "special" category: stops the search for a stray end tag.
    public static let special = HTMLTagFlags(rawValue: 1 << 3)
    /// A start tag of this element closes an open `<p>`.
    public static let closesP = HTMLTagFlags(rawValue: 1 << 4)
    /// Bounds "has an element in scope".
    public static let scopeBoundary = HTMLTagFlags(rawValue: 1 << 5)
    /// Starts a new line of text (block-level for text extraction).
    public static let block = HTMLTagFlags(rawValue: 1 << 6)
    public static let heading = HTMLTagFlags(rawValue: 1 << 7)
    /// Belongs in `<head>` when met before the body.
    public static let headContent = HTMLTagFlags(rawValue: 1 << 8)
    /// Its content is never readable text (scripts, styles, forms controls, media).
    public static let nonText = HTMLTagFlags(rawValue: 1 << 9)
    /// Closed implicitly by end tags of their parents (p, li, dd, dt, option, …).
    public static let impliedEnd = HTMLTagFlags(rawValue: 1 << 10)
    public static let tableSection = HTMLTagFlags(rawValue: 1 << 11)
}

/// Packs a lowercase name of up to 8 bytes into a 64-bit key; longer names are hashed (FNV-1a,
/// top bit set). Comparing keys compares names, without allocating.
public enum HTMLNameKey {
    @inline(__always)
    static func lower(_ b: UInt8) -> UInt8 { (b >= 65 && b <= 90) ? b | 0x20 : b }

    @inline(__always)
    static func key(_ p: UnsafePointer<UInt8>, _ count: Int) -> UInt64 {
        if count <= 8 {
            var k: UInt64 = 0
            for i in 0..<count { k |= UInt64(lower(p[i])) << (8 * UInt64(i)) }
            return k
        }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in 0..<count {
            h ^= UInt64(lower(p[i]))
            h = h &* 0x100_0000_01b3
        }
        return h | (1 << 63)
    }

    public static func key(_ name: String) -> UInt64 {
        var bytes = Array(name.utf8)
        return bytes.withUnsafeMutableBufferPointer { key(UnsafePointer($0.baseAddress!), $0.count) }
    }
}

/// The lookup table from name keys to tags, and each tag's flags.
final class HTMLTagTable: Sendable {
    static let size = 512
    static let shared = HTMLTagTable()
    let keys: [UInt64]
    let tags: [UInt8]
    let flags: [HTMLTagFlags]
    let nameLengths: [UInt8]

    private init() {
        var keys = [UInt64](repeating: 0, count: HTMLTagTable.size)
        var tags = [UInt8](repeating: 0, count: HTMLTagTable.size)
        for tag in HTMLTag.allCases where tag != .other {
            let key = HTMLNameKey.key(tag.name)
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 55) & (HTMLTagTable.size - 1)
            while keys[slot] != 0 { slot = (slot + 1) & (HTMLTagTable.size - 1) }
            keys[slot] = key
            tags[slot] = tag.rawValue
        }
        self.keys = keys
        self.tags = tags
        nameLengths = HTMLTag.allCases.map { UInt8($0.name.utf8.count) }
        var flags = [HTMLTagFlags](repeating: [], count: HTMLTag.allCases.count)
        func set(_ list: [HTMLTag], _ f: HTMLTagFlags) { for t in list { flags[Int(t.rawValue)].insert(f) } }
        set([.area, .base, .basefont, .bgsound, .br, .col, .embed, .frame, .hr, .image, .img, .input, .keygen,
             .link, .meta, .param, .source, .track, .wbr], .void)
        set([.script, .style, .xmp, .iframe, .noembed, .noframes, .noscript], .rawText)
        set([.title, .textarea], .rcdata)
        set([.address, .applet, .area, .article, .aside, .base, .basefont, .bgsound, .blockquote, .body, .br,
             .button, .caption, .center, .col, .colgroup, .dd, .details, .dir, .div, .dl, .dt, .embed, .fieldset,
             .figcaption, .figure, .footer, .form, .frame, .frameset, .h1, .h2, .h3, .h4, .h5, .h6, .head,
             .header, .hgroup, .hr, .html, .iframe, .img, .input, .keygen, .li, .link, .listing, .main,
             .marquee, .menu, .meta, .nav, .noembed, .noframes, .noscript, .object, .ol, .p, .param,
             .plaintext, .pre, .script, .search, .section, .select, .source, .style, .summary, .table, .tbody,
             .td, .template, .textarea, .tfoot, .th, .thead, .title, .tr, .track, .ul, .wbr, .xmp], .special)
        set([.address, .article, .aside, .blockquote, .center, .details, .dialog, .dir, .div, .dl, .fieldset,
             .figcaption, .figure, .footer, .header, .hgroup, .main, .menu, .nav, .ol, .p, .search, .section,
             .summary, .ul, .h1, .h2, .h3, .h4, .h5, .h6, .pre, .listing, .form, .plaintext, .table, .hr, .xmp,
             .li, .dd, .dt], .closesP)
        set([.applet, .caption, .html, .table, .td, .th, .marquee, .object, .template, .foreignobject, .desc],
            .scopeBoundary)
        set([.address, .article, .aside, .blockquote, .body, .br, .caption, .center, .dd, .details, .dialog, .dir,
             .div, .dl, .dt, .fieldset, .figcaption, .figure, .footer, .form, .h1, .h2, .h3, .h4, .h5, .h6,
             .header, .hgroup, .hr, .html, .legend, .li, .listing, .main, .menu, .nav, .ol, .option, .p,
             .plaintext, .pre, .search, .section, .summary, .table, .tbody, .td, .tfoot, .th, .thead, .tr,
             .ul, .xmp, .title, .textarea, .select, .iframe, .frame, .frameset, .noscript, .video, .audio,
             .canvas, .picture, .object, .embed, .img], .block)
        set([.h1, .h2, .h3, .h4, .h5, .h6], .heading)
        set([.base, .basefont, .bgsound, .link, .meta, .noframes, .noscript, .script, .style, .template, .title], .headContent)
        set([.script, .style, .noscript, .template, .svg, .math, .iframe, .noembed, .noframes, .button, .select,
             .input, .textarea, .datalist, .canvas, .object, .embed, .audio, .video, .map, .head, .title,
             .frameset, .frame, .option, .optgroup, .keygen, .meter, .progress, .output, .picture, .source,
             .track, .img, .image, .area, .param, .xmp], .nonText)
        set([.dd, .dt, .li, .optgroup, .option, .p, .rb, .rp, .rt, .rtc], .impliedEnd)
        set([.tbody, .thead, .tfoot], .tableSection)
        self.flags = flags
    }
}
