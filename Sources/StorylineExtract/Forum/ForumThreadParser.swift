import Foundation
import StorylineCore

/// A forum thread read from text: the post's blocks, then each comment with its header.
struct ForumThread: Sendable {
    /// Blocks before the first comment header (the post, and whatever page text precedes it).
    var postBlocks: [DumpBlock]
    var comments: [Comment]
    /// Index of the block where the first comment header starts.
    var firstHeader: Int
    /// Some header named its author by a forum handle (`name@instance`, `u/name`, `@name`).
    var hasHandles: Bool
}

/// Finds comment headers in a dump (runs of short interface lines holding an author and an
/// age or score), cuts the thread into the post and the comments, removes the interface
/// residue and recognises what a comment quotes from the post or an earlier comment.
public enum ForumThreadParser {
    static func parse(_ blocks: [DumpBlock]) -> ForumThread? {
        var headers: [(start: Int, end: Int, header: CommentHeader)] = []
        var i = 0
        while i < blocks.count {
            guard isHeaderish(blocks[i]) else { i += 1; continue }
            var j = i
            while j + 1 < blocks.count, j - i < 14, isHeaderish(blocks[j + 1]) { j += 1 }
            let joined = (i...j).map { blocks[$0].string }.joined(separator: " ")
            if let h = CommentHeader.read(joined) {
                headers.append((i, j, h))
            } else if j > i {
                // a run may hold the tail of one header and the head of the next; try single lines
                for k in i...j { if let h = CommentHeader.read(blocks[k].string), h.age != nil { headers.append((k, k, h)) } }
            }
            i = j + 1
        }
        guard !headers.isEmpty else { return nil }
        // indentation → depth: rank of the header's indent among all header indents
        let indents = Array(Set(headers.map { blocks[$0.start].indent })).sorted()
        var comments: [Comment] = []
        let post = Array(blocks[0..<headers[0].start])
        var earlier: [[UInt8]] = post.map(\.lower)
        for (n, h) in headers.enumerated() {
            let bodyEnd = n + 1 < headers.count ? headers[n + 1].start : blocks.count
            var own: [String] = []
            var quoted: [String] = []
            if h.end + 1 < bodyEnd {
                for b in blocks[(h.end + 1)..<bodyEnd] {
                    if b.label == .code || isResidue(b) { continue }
                    if b.role == .quote || isQuotation(b, of: earlier) {
                        quoted.append(b.string)
                    } else {
                        own.append(b.string)
                    }
                    earlier.append(b.lower)
                }
            }
            let depth = h.header.statedDepth ?? indents.firstIndex(of: blocks[h.start].indent) ?? 0
            comments.append(
                Comment(
                    author: h.header.author, score: h.header.score, age: h.header.age, text: own.joined(separator: "\n\n"),
                    depth: depth, quoted: quoted))
        }
        // comments carry text: a list of "source · 2 hours ago" teasers is not a thread
        let withText = comments.filter { $0.text.utf8.count >= 20 }.count
        let total = comments.reduce(0) { $0 + $1.text.utf8.count }
        guard total >= 60, withText * 2 >= comments.count else { return nil }
        let handles = headers.contains { h in
            (h.start...h.end).contains { k in blocks[k].string.split(separator: " ").contains { CommentHeader.isHandle(String($0)) } }
        }
        if !handles {
            // plain names: several comments, one of them a real reply rather than a teaser
            guard comments.count >= 2, comments.contains(where: { $0.text.utf8.count >= 150 }) else { return nil }
        }
        return ForumThread(postBlocks: post, comments: comments, firstHeader: headers[0].start, hasHandles: handles)
    }

    /// A short line of the kind forum interfaces print around comments.
    static func isHeaderish(_ b: DumpBlock) -> Bool {
        let f = b.features
        guard f.bytes <= 90, f.words <= 10, b.label != .code else { return false }
        if mayHoldHandle(b.text), b.string.split(separator: " ").contains(where: { CommentHeader.isHandle(String($0)) }) { return true }
        if f.endsWithSentencePunctuation && !(b.text.suffix(3).elementsEqual("ago".utf8) && b.string.hasSuffix("ago")) { return false }
        return f.words <= 6
    }

    /// Whether some token could be a handle: every handle holds an `@` or a `u/`. Most short
    /// lines have neither, and then need no `String` tokens.
    static func mayHoldHandle(_ t: [UInt8]) -> Bool {
        for (k, c) in t.enumerated() where c == 0x40 || (c == 0x2F && k > 0 && t[k - 1] == 0x75) { return true }
        return false
    }

    /// Interface residue inside a comment body ("reply", "link", "3 more replies").
    static func isResidue(_ b: DumpBlock) -> Bool {
        let f = b.features
        guard f.words <= 5, !f.endsWithSentencePunctuation else { return false }
        let tokens = b.string.lowercased().split(separator: " ")
        return tokens.allSatisfy { CommentHeader.residue.contains(String($0)) || Int($0) != nil }
    }

    /// A block that repeats (most of) a passage of the post or of an earlier comment.
    static func isQuotation(_ b: DumpBlock, of earlier: [[UInt8]]) -> Bool {
        guard b.features.words >= 6 else { return false }
        for e in earlier where e.count >= b.lower.count {
            if ByteText.firstIndex(of: b.lower, in: e, from: 0) != nil { return true }
        }
        return false
    }

    /// Dates each comment by its age ("30 days ago") counted back from `reference`
    /// (the page's publication or capture date).
    public static func resolveAges(_ comments: inout [Comment], reference: Date) {
        for i in comments.indices where comments[i].posted == nil {
            guard let age = comments[i].age else { continue }
            let tokens = age.split(separator: " ").map(String.init)
            if let (s, _) = CommentHeader.ageAt(tokens, 0) {
                comments[i].posted = reference.addingTimeInterval(-TimeInterval(s))
            }
        }
    }
}
