import Foundation

/// A one-line progress display on stderr — counts, rate and ETA — shown only when stderr is
/// a terminal, so logs and pipes stay clean. Redraws at most ten times a second.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let enabled: Bool
    private let start = Date()
    private var lastDraw = Date.distantPast
    private let lock = NSLock()

    init(label: String, enabled: Bool = isatty(2) == 1) {
        self.label = label
        self.enabled = enabled
    }

    func update(done: Int, total: Int, unit: String, extra: String = "") {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(lastDraw) >= 0.1 || done == total else { return }
        lastDraw = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let fraction = total > 0 ? Double(done) / Double(total) : 0
        let width = 24
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let eta = rate > 0 && total > done ? Self.clock(Double(total - done) / rate) : "--:--"
        Stderr.write(
            "\r\u{1B}[2K\(label) \(bar) \(done)/\(total) \(unit)  \(String(format: "%.0f", rate))/s  ETA \(eta)\(extra.isEmpty ? "" : "  " + extra)"
        )
    }

    func finish() {
        guard enabled else { return }
        Stderr.write("\r\u{1B}[2K")
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
