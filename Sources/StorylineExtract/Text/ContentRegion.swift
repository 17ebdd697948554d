/// Picks the article out of a labelled dump: the stretch of blocks with the largest total
/// weight (prose counts for, chrome and nags against, code not at all), then inside it
/// the prose plus the short blocks that sit between prose (subheadings, one-line paragraphs).
enum ContentRegion {
    static func weight(_ b: DumpBlock) -> Double {
        let n = Double(min(b.features.bytes, 2_000))
        switch b.label {
        case .content: return n
        case .nearContent: return 0.3 * n
        case .short: return b.role == .heading || b.role == .listItem ? -4 : -12
        case .code, .dateline, .byline, .headline, .standfirst, .sourceLabel, .unknown: return 0
        case .chrome, .nag, .caption: return -(30 + 0.3 * n)
        case .appeal, .snippet, .lowText: return -(40 + 0.6 * n)
        case .duplicate: return -10
        }
    }

    /// The index range of the best stretch (Kadane's maximum-sum run), or nil when nothing is positive.
    static func best(_ blocks: [DumpBlock]) -> ClosedRange<Int>? {
        var bestSum = 0.0, bestRange: ClosedRange<Int>? = nil
        var sum = 0.0, start = 0
        for i in blocks.indices {
            let w = weight(blocks[i])
            if sum <= 0 {
                sum = w
                start = i
            } else {
                sum += w
            }
            if sum > bestSum {
                bestSum = sum
                bestRange = start...i
            }
        }
        return bestRange
    }

    /// The best stretch, preferring one that starts right under the headline: when the page's
    /// title shows which block is the headline, a stretch beginning within a few blocks of it
    /// wins unless another is more than twice as heavy.
    static func best(_ blocks: [DumpBlock], headline: Int?) -> ClosedRange<Int>? {
        let global = best(blocks)
        guard let h = headline, h + 1 < blocks.count, let g = global else { return global }
        if g.lowerBound > h && g.lowerBound <= h + 10 { return g }
        var bestSum = 0.0, bestRange: ClosedRange<Int>? = nil
        for s in (h + 1)..<min(blocks.count, h + 11) {
            var sum = 0.0
            for i in s..<blocks.count {
                sum += weight(blocks[i])
                if sum > bestSum { bestSum = sum; bestRange = s...i }
                if sum < -400 { break }
            }
        }
        guard let local = bestRange else { return global }
        return bestSum * 2 >= sum(blocks, g) ? local : global
    }

    static func sum(_ blocks: [DumpBlock], _ r: ClosedRange<Int>) -> Double { r.reduce(0) { $0 + weight(blocks[$1]) } }

    /// Which blocks of the region are article text.
    static func keep(_ blocks: [DumpBlock], in range: ClosedRange<Int>) -> [Int] {
        var out: [Int] = []
        let prose: (BlockLabel) -> Bool = { $0 == .content || $0 == .nearContent }
        for i in range {
            let l = blocks[i].label
            if prose(l) {
                out.append(i)
            } else if l == .short {
                // kept between prose on both sides (looking past code and other shorts)
                var p = i - 1
                while p >= range.lowerBound, blocks[p].label == .short || blocks[p].label == .code { p -= 1 }
                var q = i + 1
                while q <= range.upperBound, blocks[q].label == .short || blocks[q].label == .code { q += 1 }
                let before = p >= range.lowerBound && prose(blocks[p].label)
                let after = q <= range.upperBound && prose(blocks[q].label)
                if before && after && blocks[i].features.words >= 1 && blocks[i].features.chromeHits == 0 { out.append(i) }
            }
        }
        return out
    }
}
