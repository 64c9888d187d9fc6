import Chartsmith
import ChartsmithBatch
import Foundation

/// `chartsmith-bench --batch-memory N`: runs one batch of N tiny specs in this process, the
/// way `chartsmith batch` does, and reports the peak resident memory (`VmHWM` in
/// /proc/self/status) before and after, so memory that grows with the number of specs shows.
enum BatchMemory {
    /// Writes the specs, runs the batch, prints the figures.
    static func run(specs count: Int, jobs: Int, keep: String?) throws {
        let scratch = URL(fileURLWithPath: keep ?? NSTemporaryDirectory() + "chartsmith-batch-memory-\(getpid())")
        try? FileManager.default.removeItem(at: scratch)
        defer { if keep == nil { try? FileManager.default.removeItem(at: scratch) } }
        let folder = scratch.appendingPathComponent("specs")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for i in 0..<count {
            let spec = #"{"title": "Chart \#(i)", "width": 120, "height": 80, "data": {"values": [{"a": "x", "b": \#(i % 97)}, {"a": "y", "b": 3}]}, "mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}"#
            try Data(spec.utf8).write(to: folder.appendingPathComponent(String(format: "chart-%06d.json", i)))
        }
        let before = peakMB()
        let runner = try BatchRunner(options: BatchOptions(outputFolder: scratch.appendingPathComponent("out"), formats: [.png],
                                                           jobs: jobs, contactSheet: true))
        let t0 = Date()
        let summary = runner.run([folder.path])
        print("Batch memory: \(count) tiny specs, PNG, \(jobs) jobs, contact sheet")
        print(String(format: "  %d rendered, %d failed in %.1f s", summary.rendered, summary.failed.count, Date().timeIntervalSince(t0)))
        print(String(format: "  peak RSS (VmHWM): %.1f MB before the batch, %.1f MB after", before, peakMB()))
    }

    /// The process's peak resident set so far, in MB, from /proc/self/status.
    static func peakMB() -> Double {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let kb = line.split(separator: " ").dropFirst().first.flatMap { Double($0) } ?? .nan
            return kb / 1024
        }
        return .nan
    }
}
