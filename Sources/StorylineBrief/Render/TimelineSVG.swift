import StorylineCore

/// An inline SVG of "How we got here": a line with one dot per dated event, oldest on the
/// left. Events are evenly spaced (dates cluster, and a proportional axis piles labels onto
/// each other); date labels alternate above and below the line.
enum TimelineSVG {
    static func render(_ entries: [TimelineEntry]) -> String {
        guard !entries.isEmpty else { return "" }
        let width = 760.0, margin = 50.0, axis = 48.0
        let step = entries.count > 1 ? (width - 2 * margin) / Double(entries.count - 1) : 0
        // Labels only go below the line when neighbours are too close to share a row.
        let height = entries.count == 1 || step > 110 ? 64.0 : 96.0
        var svg = "<svg class=\"timeline\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Timeline of dated events\" xmlns=\"http://www.w3.org/2000/svg\">"
        svg += "<line x1=\"\(Int(margin - 25))\" y1=\"\(Int(axis))\" x2=\"\(Int(width - margin + 25))\" y2=\"\(Int(axis))\" class=\"axis\"/>"
        for (i, entry) in entries.enumerated() {
            let x = entries.count == 1 ? width / 2 : margin + step * Double(i)
            let above = i % 2 == 0 || step > 110
            let labelY = above ? axis - 16 : axis + 28
            let text = Escaping.html(entry.date)
            svg += "<a href=\"#t\(i + 1)\"><circle cx=\"\(fmt(x))\" cy=\"\(Int(axis))\" r=\"7\" class=\"dot\">"
            svg += "<title>\(text): \(Escaping.html(entry.sentence.text))</title></circle>"
            svg += "<text x=\"\(fmt(x))\" y=\"\(Int(labelY))\" text-anchor=\"middle\" class=\"label\">\(text)</text></a>"
        }
        svg += "</svg>"
        return svg
    }

    static func fmt(_ x: Double) -> String { String(Int((x * 10).rounded()) / 10) }
}
