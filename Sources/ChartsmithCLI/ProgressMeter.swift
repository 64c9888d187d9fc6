import Foundation

/// Progress text for a batch: a bar with count, rate and time left, or a plain line.
struct ProgressMeter: Sendable {
    /// Specs to process.
    public var total: Int
    /// Specs processed so far.
    public var done: Int = 0
    /// Failures so far.
    public var failed: Int = 0
    /// Specs done without rendering (up to date); left out of the rate so that a run
    /// that skips most of its specs does not promise thousands per second.
    public var skipped: Int = 0
    /// When processing started (seconds on any monotonic clock).
    public var start: Double

    public init(total: Int, start: Double) {
        self.total = total
        self.start = start
    }

    /// Specs per second so far.
    public func rate(now: Double) -> Double {
        let elapsed = now - start
        return elapsed > 0 ? Double(done - skipped) / elapsed : 0
    }

    /// Seconds left at the current rate, or nil before there is a rate.
    public func remaining(now: Double) -> Double? {
        let r = rate(now: now)
        guard r > 0 else { return nil }
        return Double(total - done) / r
    }

    /// `[########----------]  120/300  45.2/s  0:04 left  1 failed`, `width` characters of bar.
    public func bar(now: Double, width: Int = 24) -> String {
        let fraction = total > 0 ? Double(done) / Double(total) : 1
        let filled = min(width, Int((fraction * Double(width)).rounded(.down)))
        let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
        return "[\(bar)] " + plain(now: now)
    }

    /// `120/300  45.2/s  0:04 left  1 failed`.
    public func plain(now: Double) -> String {
        var s = "\(done)/\(total)  " + String(format: "%.1f/s", rate(now: now))
        if let left = remaining(now: now), done < total { s += "  " + Self.clock(left) + " left" }
        if failed > 0 { s += "  \(failed) failed" }
        return s
    }

    /// `m:ss` (or `h:mm:ss`).
    public static func clock(_ seconds: Double) -> String {
        let t = Int(seconds.rounded(.up))
        let h = t / 3600, m = (t % 3600) / 60, s = t % 60
        return h > 0 ? String(format: "%d:%02d:%02d", h, m, s) : String(format: "%d:%02d", m, s)
    }
}
