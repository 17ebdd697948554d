import Foundation
import Testing

@testable import StorylineExtract

/// The byte-level shortcuts answer exactly what the String and Character code they replace
/// answers, including on text where a shortcut must give way (combining marks, CR LF, the
/// Kelvin sign, non-ASCII spaces).
@Suite struct ByteFastPathTests {
    let tricky = [
        "", "a", "plain ASCII line", "line\r\nbreak", "\r\n\r\n", "caf\u{E9} cr\u{E8}me", "cafe\u{301} combined",
        "\u{201C}quoted\u{201D} \u{2014} dash", "zero\u{200D}joiner", "emoji \u{1F469}\u{200D}\u{1F4BB} done", "Stra\u{DF}e",
        "\u{212A}elvin", "flag \u{1F1F8}\u{1F1EA}", "\u{E9}\u{301}", "tab\tand\u{A0}nbsp", "\u{2028}sep", "one\u{200C}two",
    ]

    @Test func characterCountMatchesStringCount() {
        for s in tricky { #expect(CharacterCount.of(s) == s.count, "\(s.debugDescription)") }
    }

    @Test func wordEndsFoundEightBytesAtATimeMatchAByteLoop() {
        let text = Array("Hello, world! abc123def x9 \u{E9}t\u{E9} THE end-of-line ab_cd AZaz@[`{ 0123456789:/ longwordlongwordlongword".utf8)
        text.withUnsafeBufferPointer { p in
            for start in 0...p.count {
                var letters = start
                while letters < p.count && ByteText.isASCIILetter(p[letters]) { letters += 1 }
                #expect(ByteText.endOfLetters(p, from: start) == letters)
                var alnum = start
                while alnum < p.count && (ByteText.isASCIILetter(p[alnum]) || ByteText.isDigit(p[alnum])) { alnum += 1 }
                #expect(ByteText.endOfAlnum(p, from: start) == alnum)
            }
        }
    }

    @Test func collapsedTextIsKeptAndOtherTextCollapsed() {
        for s in ["a b c", " lead", "trail ", "two  spaces", "tab\there", "nb\u{A0}sp", "\u{A0}start", "line\nbreak", "", "x"] {
            let bytes = Array(s.utf8)
            let words = s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\u{A0}" }).joined(separator: " ")
            #expect(TextNormalizer.collapse(bytes, keepLineBreaks: false) == words, "\(s.debugDescription)")
            #expect(ByteText.collapseSpaces(bytes[...]) == Array(words.utf8), "\(s.debugDescription)")
        }
    }

    @Test func boilerplateLinesMatchTheStringRules() {
        func reference(_ text: String) -> Bool {
            let lower = text.lowercased()
            return BlockFilter.exactLines.contains(lower) || BlockFilter.prefixes.contains { lower.hasPrefix($0) }
        }
        let lines = [
            "Advertisement", "ADVERTISEMENT:", "Photo: Jos\u{E9} Ruiz", "Photo:\u{301} not a prefix", "Copyright \u{A9} 2024",
            "\u{A9} 2024 The Post", "Ver\u{F6}ffentlicht am 3. Mai", "VERO\u{308}FFENTLICHT AM 3. Mai", "Share this \u{2192}",
            "Cli\u{212A} here to", "Read more: \u{201C}Next\u{201D}", "Caf\u{E9} opens", "sign up for caf\u{E9} news", "",
            "Posted by Ana", "posted by\u{301}", "share",
        ]
        for line in lines { #expect(BlockFilter.isBoilerplateLine(line) == reference(line), "\(line.debugDescription)") }
    }

    @Test func blockKeysCompareLikeBuiltKeys() {
        let title = BlockFilter.key("Storm Closes the Harbour Road")
        let titleBytes = Array(title.utf8)
        for text in ["Storm closes the harbour road!", "Storm closes", "Storm closes the harbour road and more", "Other", "", "--"] {
            let key = BlockFilter.key(text)
            let match = BlockFilter.compareKey(of: text, withASCIIKey: titleBytes)
            #expect(match == (key == title ? .equal : title.hasPrefix(key) ? .prefix : .differs), "\(text)")
        }
        #expect(BlockFilter.compareKey(of: "Caf\u{E9}", withASCIIKey: titleBytes) == nil)
    }

    @Test func asciiTitlePartsSplitLikeFoundation() {
        let parts = DumpMetadataFinder.asciiTitleParts(Array("Storm closes the road | News | The Harbour Post".utf8))
        #expect(parts?.main == "Storm closes the road")
        #expect(parts?.site == "The Harbour Post")
        #expect(DumpMetadataFinder.asciiTitleParts(Array("no separator here at all".utf8)) == nil)
    }

    @Test func urlPathsOfASCIIAndOtherURLsAgree() {
        #expect(URLPath.path(of: "https://example.org/news/2024/story?id=3#top") == "/news/2024/story")
        #expect(URLPath.path(of: "https://example.org") == "/")
        #expect(URLPath.path(of: "/local/path") == "/local/path")
        #expect(URLPath.path(of: "example.org/x") == nil)
        #expect(URLPath.path(of: "https://exampl\u{E9}.org/caf\u{E9}?x") == "/caf\u{E9}")
    }

    @Test func wordCountsFindWordsLongerThanEightBytes() {
        var words = WordCounts()
        let text = Array("internationalisation internationalisation short".utf8)
        text.withUnsafeBufferPointer { p in ByteText.forEachWord(p) { start, end in words.add(p, start, end) } }
        #expect(words["internationalisation"] == 2)
        #expect(words["short"] == 1)
        #expect(words["internationalisatio"] == nil)
    }
}

/// The JSON-LD reader reads what JSONSerialization reads, in the same shape, and leaves to it
/// everything it is not sure of.
@Suite struct JSONLDReaderTests {
    @Test func plainJSONLDReadsLikeJSONSerialization() throws {
        let text = #"{"@context": "https://schema.org", "@type": ["NewsArticle", "Article"], "headline": "Caf\u00e9 \"opens\"\n", "author": [{"@type": "Person", "name": "Ana"}], "wordCount": 512, "isFree": true, "x": null, "p": -1.5}"#
        let fast = try #require(JSONLDReader.read(text) as? [String: Any])
        let slow = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(fast.keys) == Set(slow.keys))
        for key in ["@context", "headline"] { #expect(fast[key] as? String == slow[key] as? String) }
        #expect((fast["@type"] as? [Any])?.compactMap { $0 as? String } == (slow["@type"] as? [Any])?.compactMap { $0 as? String })
        #expect(JSONLD.names(fast["author"]) == JSONLD.names(slow["author"]))
        for key in ["wordCount", "isFree", "x", "p"] { #expect(fast[key] != nil && fast[key] as? String == nil) }
    }

    @Test func doubtfulJSONIsLeftToFoundation() {
        for text in ["", "{", "{\"a\": 1,}", "{\"a\": 1, \"a\": 2}", "[1e400]", "{\"a\": \"\\ud83d\\ude00\"}", "{\"a\": 01}", "// c\n{}", "{\"a\": \"tab\there\"}"] {
            #expect(JSONLDReader.read(text) == nil, "\(text)")
        }
    }
}
