/// Labels each block of a text dump from its features and its neighbours: leaked code,
/// interface chrome, nags, appeals, captions, repeats, prose. General rules only — lengths,
/// shares and vocabulary families — so that unseen pages classify the same way.
struct BlockClassifier {
    func classify(_ blocks: inout [DumpBlock]) {
        if let extra = DocumentFunctionWords.find(blocks) {
            for i in blocks.indices { blocks[i].features.recountFunctionWords(blocks[i].text, extra: extra) }
        }
        for i in blocks.indices { blocks[i].label = label(blocks[i]) }
        markCaptionsAfterImageChrome(&blocks)
        markDuplicates(&blocks)
        spreadAppeals(&blocks)
        SnippetList.mark(&blocks)
        TeaserList.mark(&blocks)
        for i in blocks.indices where CommentSection.isHeader(blocks[i]) { blocks[i].label = .chrome }
    }

    func label(_ b: DumpBlock) -> BlockLabel {
        let f = b.features
        if isCode(f, b.text) { return .code }
        // appeals: support vocabulary addressed from "we" to "you"
        let pronouns = f.firstPersonPlural + f.secondPerson
        if f.appealHits >= 3 || (f.appealHits >= 2 && pronouns >= 1) || (f.appealHits >= 1 && pronouns >= 2 && f.words <= 80) {
            return .appeal
        }
        if f.nagHits >= 2 && f.words <= 120 { return .nag }
        if f.nagHits >= 1 && f.words <= 14 { return .nag }
        if f.creditHits >= 1 && f.words <= 70 && f.sentenceEnds <= 3 && endsWithCreditTail(b) { return .caption }
        if isChrome(f) { return .chrome }
        if f.legalHits >= 2 || (f.legalHits >= 1 && f.words <= 40) { return .chrome }
        if f.isCJK {
            return f.scalars >= 25 && f.sentenceEnds >= 1 ? .content : .short
        }
        if f.words < 8 || f.bytes < 45 { return .short }
        if f.words >= 8 && f.functionWordShare >= 0.2 && (f.endsWithSentencePunctuation || f.words >= 20 || f.sentenceEnds >= 1) {
            return .content
        }
        if f.functionWordShare >= 0.1 { return .nearContent }
        // sentences without function words: statistics, terse notes, an unlisted language
        if f.sentenceEnds >= 2 || (f.endsWithSentencePunctuation && f.words >= 12) { return .nearContent }
        if f.words < 12 { return .short }
        return .lowText
    }

    func isCode(_ f: BlockFeatures, _ t: [UInt8]) -> Bool {
        if f.words == 0 { return f.bytes > 0 && f.codePunctuation > 0 }
        // leaked JSON (JSON-LD, config objects)
        if let first = t.first, first == 0x7B || first == 0x5B, ByteText.contains(t, Array("\":".utf8)) { return true }
        // CSS rules written with spaces: "sel { prop: value; }"
        if f.functionWordShare < 0.1, let open = t.firstIndex(of: 0x7B), let close = t.lastIndex(of: 0x7D), open < close,
            t[open..<close].contains(0x3A), t[open..<close].contains(0x3B)
        { return true }
        // a lone handle, file name or domain is not leaked code
        if f.bytes < 30 && f.codePunctuation < 2 { return false }
        let perWord = Double(f.codeTokens) / Double(f.words)
        if f.codeTokens >= 2 && perWord > 0.12 { return true }
        if f.codeDensity > 0.06 && f.codeTokens >= 1 { return true }
        if f.codeDensity > 0.12 && f.bytes >= 30 { return true }  // escaped strings, symbol soup
        if f.longestWord > 45 && f.bytes > 80 && f.functionWordShare < 0.15 { return true }
        return false
    }

    /// Short blocks of interface vocabulary: menus, share bars, prompts, widget labels.
    func isChrome(_ f: BlockFeatures) -> Bool {
        if f.words == 0 { return true }
        if f.words <= 6 && f.interfaceWords == f.words { return true }
        if f.chromeHits >= 3 && f.words <= 60 { return true }
        if f.chromeHits >= 2 && f.words <= 25 { return true }
        if f.chromeHits >= 1 && f.words <= 5 && !f.endsWithSentencePunctuation { return true }
        if f.words <= 12 && f.interfaceWords * 3 >= f.words * 2 && !f.endsWithSentencePunctuation { return true }
        return false
    }

    /// The credit sits at the end ("… Photograph: Name/Agency") or the block is short.
    func endsWithCreditTail(_ b: DumpBlock) -> Bool {
        if b.features.words <= 12 { return true }
        return TextVocabulary.creditPhrases.occurs(in: b.lower[max(0, b.lower.count - 80)...])
    }

    /// A block right after an image control ("open image in gallery", "Enlarge this image") is its
    /// caption when it does not read as a paragraph; so is the left part of a line cut at a credit.
    func markCaptionsAfterImageChrome(_ blocks: inout [DumpBlock]) {
        let imageWords = TextVocabulary.bytes(["image", "gallery", "photo", "enlarge", "picture", "expand"])
        for i in blocks.indices {
            if i + 1 < blocks.count, blocks[i + 1].followsSplitCaption, blocks[i].features.sentenceEnds <= 1 {
                blocks[i].label = .caption
            }
            guard i > 0, blocks[i - 1].label == .chrome, blocks[i - 1].features.words <= 6,
                ByteText.countPhrases(imageWords, in: blocks[i - 1].lower) > 0
            else { continue }
            let f = blocks[i].features
            if blocks[i].label != .code && f.sentenceEnds <= 1 && f.words <= 60 && !blocks[i].followsSplitCaption {
                blocks[i].label = .caption
            }
        }
    }

    /// Repeats: a block equal to an earlier one, or contained in a longer block nearby
    /// (a caption printed twice, a pull quote, a teaser repeating the standfirst).
    func markDuplicates(_ blocks: inout [DumpBlock]) {
        var seen: [[UInt8]: Int] = [:]
        for i in blocks.indices where blocks[i].label != .code && blocks[i].features.bytes >= 20 {
            if let first = seen[blocks[i].lower] {
                if blocks[first].label == .caption || blocks[first].label == .chrome {
                    blocks[i].label = blocks[first].label
                } else if blocks[i].features.bytes >= 80 {
                    // short repeats (list labels, recipe steps) can belong to the text; long ones are copies
                    blocks[i].label = .duplicate
                }
            } else {
                seen[blocks[i].lower] = i
            }
        }
        // contained in a neighbour (window of 12 blocks), short side ≤ 400 bytes
        for i in blocks.indices where blocks[i].label != .code && blocks[i].label != .duplicate {
            let b = blocks[i]
            guard b.features.bytes >= 30, b.features.bytes <= 400 else { continue }
            let lo = max(0, i - 12), hi = min(blocks.count - 1, i + 12)
            for j in lo...hi where j != i && blocks[j].features.bytes > b.features.bytes && blocks[j].label != .code {
                let prefix = blocks[j].lower.starts(with: b.lower)
                if (prefix || b.features.bytes >= 60), ByteText.firstIndex(of: b.lower, in: blocks[j].lower, from: 0) != nil {
                    // a caption's bare twin goes with the caption; otherwise the shorter copy is the repeat
                    blocks[i].label = blocks[j].label == .caption ? .caption : .duplicate
                    break
                }
            }
        }
    }

    /// An appeal runs over several paragraphs: a neighbour of an appeal that speaks "we"/"you"
    /// and uses any support or subscription word belongs to it.
    func spreadAppeals(_ blocks: inout [DumpBlock]) {
        var changed = true
        var rounds = 0
        while changed && rounds < 4 {
            changed = false
            rounds += 1
            for i in blocks.indices where blocks[i].label != .appeal && blocks[i].label != .code {
                let f = blocks[i].features
                guard f.appealHits + f.nagHits >= 1, f.firstPersonPlural + f.secondPerson >= 1 else { continue }
                let prev = i > 0 && blocks[i - 1].label == .appeal
                let next = i + 1 < blocks.count && blocks[i + 1].label == .appeal
                if prev || next {
                    blocks[i].label = .appeal
                    changed = true
                }
            }
        }
    }
}
