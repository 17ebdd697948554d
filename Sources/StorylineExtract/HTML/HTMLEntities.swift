/// Named character references: the HTML 4 set (all of which the WHATWG spec also accepts
/// without a semicolon when they are Latin-1 or `amp/lt/gt/quot`) plus common HTML5 names.
/// Kept as one string so the compiler does not type-check a huge literal.
enum HTMLEntities {
    /// name → code point, keyed by `HTMLNameKey` (case-sensitive key, see `caseSensitiveKey`).
    static let table: [UInt64: UInt32] = {
        var t: [UInt64: UInt32] = [:]
        for item in list.split(separator: " ") {
            let parts = item.split(separator: ":")
            guard parts.count == 2, let cp = UInt32(parts[1], radix: 16) else { continue }
            t[caseSensitiveKey(Array(parts[0].utf8))] = cp
        }
        return t
    }()

    /// Entities that may appear without a trailing semicolon (legacy).
    static let legacy: Set<UInt64> = {
        var s = Set<UInt64>()
        for item in list.split(separator: " ") {
            let parts = item.split(separator: ":")
            guard parts.count == 2, let cp = UInt32(parts[1], radix: 16) else { continue }
            let name = String(parts[0])
            if (cp >= 0xA0 && cp <= 0xFF) || ["amp", "lt", "gt", "quot", "AMP", "LT", "GT", "QUOT"].contains(name) {
                s.insert(caseSensitiveKey(Array(name.utf8)))
            }
        }
        return s
    }()

    /// Like `HTMLNameKey` but case-sensitive (`&Aacute;` differs from `&aacute;`).
    @inline(__always)
    static func caseSensitiveKey(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if bytes.count <= 8 {
            var k: UInt64 = 0
            for i in 0..<bytes.count { k |= UInt64(bytes[i]) << (8 * UInt64(i)) }
            return k
        }
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h | (1 << 63)
    }

    static func caseSensitiveKey(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { caseSensitiveKey($0) }
    }

    /// Windows-1252 meanings of numeric references 0x80–0x9F, as the spec requires.
    static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static let list = """
        quot:22 amp:26 lt:3C gt:3E QUOT:22 AMP:26 LT:3C GT:3E apos:27 nbsp:A0 iexcl:A1 cent:A2 pound:A3 curren:A4 \
        yen:A5 brvbar:A6 sect:A7 uml:A8 copy:A9 COPY:A9 ordf:AA laquo:AB not:AC shy:AD reg:AE REG:AE macr:AF deg:B0 \
        plusmn:B1 sup2:B2 sup3:B3 acute:B4 micro:B5 para:B6 middot:B7 cedil:B8 sup1:B9 ordm:BA raquo:BB frac14:BC \
        frac12:BD frac34:BE iquest:BF Agrave:C0 Aacute:C1 Acirc:C2 Atilde:C3 Auml:C4 Aring:C5 AElig:C6 Ccedil:C7 \
        Egrave:C8 Eacute:C9 Ecirc:CA Euml:CB Igrave:CC Iacute:CD Icirc:CE Iuml:CF ETH:D0 Ntilde:D1 Ograve:D2 \
        Oacute:D3 Ocirc:D4 Otilde:D5 Ouml:D6 times:D7 Oslash:D8 Ugrave:D9 Uacute:DA Ucirc:DB Uuml:DC Yacute:DD \
        THORN:DE szlig:DF agrave:E0 aacute:E1 acirc:E2 atilde:E3 auml:E4 aring:E5 aelig:E6 ccedil:E7 egrave:E8 \
        eacute:E9 ecirc:EA euml:EB igrave:EC iacute:ED icirc:EE iuml:EF eth:F0 ntilde:F1 ograve:F2 oacute:F3 \
        ocirc:F4 otilde:F5 ouml:F6 divide:F7 oslash:F8 ugrave:F9 uacute:FA ucirc:FB uuml:FC yacute:FD thorn:FE \
        yuml:FF OElig:152 oelig:153 Scaron:160 scaron:161 Yuml:178 fnof:192 circ:2C6 tilde:2DC Alpha:391 Beta:392 \
        Gamma:393 Delta:394 Epsilon:395 Zeta:396 Eta:397 Theta:398 Iota:399 Kappa:39A Lambda:39B Mu:39C Nu:39D \
        Xi:39E Omicron:39F Pi:3A0 Rho:3A1 Sigma:3A3 Tau:3A4 Upsilon:3A5 Phi:3A6 Chi:3A7 Psi:3A8 Omega:3A9 \
        alpha:3B1 beta:3B2 gamma:3B3 delta:3B4 epsilon:3B5 zeta:3B6 eta:3B7 theta:3B8 iota:3B9 kappa:3BA \
        lambda:3BB mu:3BC nu:3BD xi:3BE omicron:3BF pi:3C0 rho:3C1 sigmaf:3C2 sigma:3C3 tau:3C4 upsilon:3C5 \
        phi:3C6 chi:3C7 psi:3C8 omega:3C9 thetasym:3D1 upsih:3D2 piv:3D6 ensp:2002 emsp:2003 thinsp:2009 \
        zwnj:200C zwj:200D lrm:200E rlm:200F ndash:2013 mdash:2014 lsquo:2018 rsquo:2019 sbquo:201A ldquo:201C \
        rdquo:201D bdquo:201E dagger:2020 Dagger:2021 bull:2022 hellip:2026 permil:2030 prime:2032 Prime:2033 \
        lsaquo:2039 rsaquo:203A oline:203E frasl:2044 euro:20AC image:2111 weierp:2118 real:211C trade:2122 \
        TRADE:2122 alefsym:2135 larr:2190 uarr:2191 rarr:2192 darr:2193 harr:2194 crarr:21B5 lArr:21D0 uArr:21D1 \
        rArr:21D2 dArr:21D3 hArr:21D4 forall:2200 part:2202 exist:2203 empty:2205 nabla:2207 isin:2208 \
        notin:2209 ni:220B prod:220F sum:2211 minus:2212 lowast:2217 radic:221A prop:221D infin:221E ang:2220 \
        and:2227 or:2228 cap:2229 cup:222A int:222B there4:2234 sim:223C cong:2245 asymp:2248 ne:2260 \
        equiv:2261 le:2264 ge:2265 sub:2282 sup:2283 nsub:2284 sube:2286 supe:2287 oplus:2295 otimes:2297 \
        perp:22A5 sdot:22C5 lceil:2308 rceil:2309 lfloor:230A rfloor:230B lang:27E8 rang:27E9 loz:25CA \
        spades:2660 clubs:2663 hearts:2665 diams:2666 Tab:9 NewLine:A excl:21 num:23 dollar:24 percnt:25 \
        lpar:28 rpar:29 ast:2A plus:2B comma:2C period:2E sol:2F colon:3A semi:3B equals:3D quest:3F commat:40 \
        lsqb:5B lbrack:5B bsol:5C rsqb:5D rbrack:5D Hat:5E lowbar:5F grave:60 lcub:7B lbrace:7B verbar:7C \
        vert:7C rcub:7D rbrace:7D hyphen:2010 dash:2010 hairsp:200A puncsp:2008 numsp:2007 MediumSpace:205F \
        NoBreak:2060 ZeroWidthSpace:200B NonBreakingSpace:A0 check:2713 cross:2717 star:2606 starf:2605 \
        bigstar:2605 phone:260E female:2640 male:2642 sharp:266F flat:266D natural:266E hearts:2665 \
        OpenCurlyQuote:2018 CloseCurlyQuote:2019 OpenCurlyDoubleQuote:201C CloseCurlyDoubleQuote:201D \
        lsquor:201A ldquor:201E rsquor:2019 rdquor:201D horbar:2015 nldr:2025 mldr:2026 caret:2041 \
        half:BD frac13:2153 frac23:2154 frac15:2155 frac25:2156 frac35:2157 frac45:2158 frac16:2159 frac56:215A \
        frac18:215B frac38:215C frac58:215D frac78:215E centerdot:B7 middot:B7 angle:2220 bullet:2022 \
        rarrow:2192 larrow:2190 rightarrow:2192 leftarrow:2190 uparrow:2191 downarrow:2193 RightArrow:2192 \
        LeftArrow:2190 copysr:2117 incare:2105 ohm:3A9 mho:2127 angst:C5 trade:2122 dollar:24 inodot:131 \
        imath:131 Lstrok:141 lstrok:142 Nacute:143 nacute:144 Sacute:15A sacute:15B Zacute:179 zacute:17A \
        Zdot:17B zdot:17C Ccaron:10C ccaron:10D Ecaron:11A ecaron:11B Rcaron:158 rcaron:159 Zcaron:17D \
        zcaron:17E Scedil:15E scedil:15F Gbreve:11E gbreve:11F Idot:130 Aogon:104 aogon:105 Eogon:118 eogon:119 \
        Cacute:106 cacute:107 Odblac:150 odblac:151 Udblac:170 udblac:171 Uring:16E uring:16F Dcaron:10E \
        dcaron:10F Tcaron:164 tcaron:165 Ncaron:147 ncaron:148 Amacr:100 amacr:101 Emacr:112 emacr:113 \
        Imacr:12A imacr:12B Omacr:14C omacr:14D Umacr:16A umacr:16B sdotb:22A1 bsim:223D nbsp:A0 ensp:2002 \
        emsp13:2004 emsp14:2005 blank:2423 squ:25A1 square:25A1 squf:25AA blacksquare:25AA rect:25AD \
        marker:25AE cir:25CB xcirc:25EF utri:25B5 dtri:25BF rtri:25B9 ltri:25C3 utrif:25B4 dtrif:25BE \
        rtrif:25B8 ltrif:25C2 hybull:2043 dblac:2DD ring:2DA ogon:2DB caron:2C7 breve:2D8 dot:2D9 die:A8 \
        Dot:A8 DoubleDot:A8 strns:AF pm:B1 PlusMinus:B1 div:F7 setminus:2216 bne:3D lne:2A87 gne:2A88
        """
}
