import StorylineCore

/// An inline SVG of "How we got here": a line with one dot per dated event, placed in
/// proportion to time, dates labelled alternately above and below so neighbours do not collide.
enum TimelineSVG {
    static func render(_ entries: [TimelineEntry]) -> String {
        guard !entries.isEmpty else { return "" }
        let width = 760.0, height = 120.0, margin = 60.0, axis = 60.0
        let days = entries.map { dayNumber($0.date) }
        let lo = days.min() ?? 0, hi = days.max() ?? 0
        let span = Double(max(hi - lo, 1))
        var svg = "<svg class=\"timeline\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Timeline of dated events\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<line x1=\"\(Int(margin - 20))\" y1=\"\(Int(axis))\" x2=\"\(Int(width - margin + 20))\" y2=\"\(Int(axis))\" class=\"axis\"/>"
        var lastX = -1000.0
        var row = 0
        for (i, entry) in entries.enumerated() {
            let x = entries.count == 1 || hi == lo
                ? (entries.count == 1 ? width / 2 : margin + (width - 2 * margin) * Double(i) / Double(max(entries.count - 1, 1)))
                : margin + (width - 2 * margin) * Double(days[i] - lo) / span
            row = x - lastX < 90 ? 1 - row : 0
            lastX = x
            let labelY = row == 0 ? axis - 16 : axis + 28
            let text = Escaping.html(entry.date)
            svg += "<a href=\"#t\(i + 1)\"><circle cx=\"\(fmt(x))\" cy=\"\(Int(axis))\" r=\"7\" class=\"dot\">"
            svg += "<title>\(text): \(Escaping.html(entry.sentence.text))</title></circle>"
            svg += "<text x=\"\(fmt(x))\" y=\"\(Int(labelY))\" text-anchor=\"middle\" class=\"label\">\(text)</text></a>"
        }
        svg += "</svg>"
        return svg
    }

    static func fmt(_ x: Double) -> String { String(Int((x * 10).rounded()) / 10) }

    /// Days since 1970 for `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (missing parts count as the first).
    static func dayNumber(_ date: String) -> Int {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard let y = parts.first else { return 0 }
        let m = parts.count > 1 ? min(max(parts[1], 1), 12) : 1
        let d = parts.count > 2 ? min(max(parts[2], 1), 31) : 1
        return CivilDate.toDays(year: y, month: m, day: d)
    }
}
