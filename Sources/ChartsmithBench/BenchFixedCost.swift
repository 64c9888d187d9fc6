import Chartsmith
import ChartsmithBatch
import Foundation

/// The fixed cost per chart (issue 16, item 5): a folder of seed charts rendered to PDF by
/// `chartsmith batch --jobs 1`, timed from start to exit, against `cairo-floor --threads 1`
/// drawing the same scenes, with the same charts rendered in-process (no files) beside them.
///
/// Each round runs every binary given (the current `chartsmith` and, with `--before PATH`,
/// an older build), the floor and the in-process renders one after another, so the figures
/// of a round share the machine's load; the table gives medians over the rounds, and the
/// ratio column is the median of each round's own ratio.
enum BenchFixedCost {
    /// One side's times per chart, one per round.
    struct Series {
        var wall: [Double] = []
        var cpu: [Double] = []
    }

    /// `label` padded with spaces to one column width (`%-34@` does not pad on Linux).
    static func padded(_ label: String) -> String {
        label.count >= 34 ? label : label + String(repeating: " ", count: 34 - label.count)
    }

    /// The 1-minute load average, as /proc/loadavg gives it.
    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first.map(String.init) ?? "?"
    }

    static func run(pack: URL, specs: [BatchSpec], scripts: [String], binaries: [(name: String, path: String)],
                    floorPath: String, rounds: Int, scratch: URL) throws {
        let n = Double(specs.count)
        let before = loadAverage()
        print("\nFixed cost per chart: \(specs.count) seed charts to PDF, one thread (`chartsmith batch --jobs 1 --force`,")
        print("  `cairo-floor --threads 1`, and in-process renders without files; median of \(rounds) alternating rounds, ms per chart):")
        let floorOut = scratch.appendingPathComponent("fixed-floor")
        try FileManager.default.createDirectory(at: floorOut, withIntermediateDirectories: true)
        let pipeline = ChartPipeline(dataRoot: pack)
        for s in specs { _ = try pipeline.draw(try pipeline.chart(forSpecAt: s.url).scene, as: .pdf) }  // warm caches
        var batch = Array(repeating: Series(), count: binaries.count)
        var floor = Series(), inProcess = Series(), renderOnce = Series()
        let renderOut = scratch.appendingPathComponent("fixed-render")
        let current = binaries.last!.path
        var ratios = Array(repeating: [Double](), count: binaries.count)
        var cpuRatios = Array(repeating: [Double](), count: binaries.count)
        for _ in 0..<rounds {
            var roundBatch: [Double] = []
            for (i, binary) in binaries.enumerated() {
                let out = scratch.appendingPathComponent("fixed-\(binary.name)")
                let c0 = childCPUms()
                let r = runProgram(binary.path, ["batch", pack.path, "--out", out.path, "--data-root", pack.path, "--format", "pdf",
                                                 "--jobs", "1", "--force", "--quiet", "--no-contact-sheet"])
                guard r.status == 0 else { fail("\(binary.path) batch exited \(r.status)") }
                batch[i].wall.append(r.ms / n)
                batch[i].cpu.append((childCPUms() - c0) / n)
                roundBatch.append(r.ms / n)
            }
            let f = runProgram(floorPath, ["--format", "pdf", "--threads", "1", "--out", floorOut.path] + scripts)
            guard f.status == 0 else { fail("cairo-floor exited \(f.status)") }
            let floorMs = floorValue(f.out, "ms_per_chart")
            floor.wall.append(floorMs)
            floor.cpu.append(floorValue(f.out, "cpu_ms_per_chart"))
            for (i, ms) in roundBatch.enumerated() {
                ratios[i].append(ms / floorMs)
                cpuRatios[i].append(batch[i].cpu.last! / floor.cpu.last!)
            }
            // The same specs through `chartsmith render` in one process: the pipeline from cold
            // caches (every title measured anew, as in the batch) without the batch's manifest,
            // journal, hashing, planning or atomic writes into a mirrored tree.
            let r0 = childCPUms()
            let r = runProgram(current, ["render"] + specs.map(\.url.path) + ["--out", renderOut.path, "--data-root", pack.path, "--format", "pdf"])
            guard r.status == 0 else { fail("\(current) render exited \(r.status)") }
            renderOnce.wall.append(r.ms / n)
            renderOnce.cpu.append((childCPUms() - r0) / n)
            let c0 = threadCPUms(), t0 = now()
            for s in specs { _ = try pipeline.draw(try pipeline.chart(forSpecAt: s.url).scene, as: .pdf) }
            inProcess.wall.append((now() - t0) / n)
            inProcess.cpu.append((threadCPUms() - c0) / n)
        }
        let floorWall = median(floor.wall)
        func row(_ label: String, _ s: Series, ratio: Double, cpuRatio: Double) {
            print("  " + padded(label) + String(format: " %8.2f wall  %6.2f CPU   %5.2f× the floor (CPU %5.2f×)",
                                                median(s.wall), median(s.cpu), ratio, cpuRatio))
        }
        for (i, binary) in binaries.enumerated() {
            row("chartsmith batch (\(binary.name))", batch[i], ratio: median(ratios[i]), cpuRatio: median(cpuRatios[i]))
        }
        row("chartsmith render, one process", renderOnce, ratio: median(renderOnce.wall) / floorWall,
            cpuRatio: median(renderOnce.cpu) / median(floor.cpu))
        row("in-process, no files, warm (now)", inProcess, ratio: median(inProcess.wall) / floorWall,
            cpuRatio: median(inProcess.cpu) / median(floor.cpu))
        print("  " + padded("cairo-floor --threads 1") + String(format: " %8.2f wall  %6.2f CPU", floorWall, median(floor.cpu)))
        print("  machine load (1-minute average, /proc/loadavg) before and after: \(before) → \(loadAverage())")
        print("  batch and render: the whole process, start-up included (CPU: user+system, all threads); the floor: its")
        print("  timed section only. Each batch ratio is the median of each round's own batch/floor. In-process: this")
        print("  process, its text-measurement cache warm from earlier rounds. Wall times need an idle machine; CPU")
        print("  times hold up better when other work shares the cores.")
        print("  Issue 16 asks the batch row to be at most 2.0× the floor.")
    }
}
