import Chartsmith
import ChartsmithBatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// chartsmith-bench: times Chartsmith against the direct-Cairo floor (`cairo-floor`) in one
// run, on this machine. Build both in release mode first:
//
//     swift build -c release --product chartsmith && swift build -c release --product cairo-floor
//     swift run -c release chartsmith-bench [--iterations 20] [--pack 300] [--jobs N] [--memory 10000]
//     swift run -c release chartsmith-bench --batch-memory 12000   # peak RSS of one batch of N tiny specs
//     swift run -c release chartsmith-bench --big [--before OLD/chartsmith] [--big-rows 10000,100000,1000000] [--bar-rows 1000000]
//     swift run -c release chartsmith-bench --fixed-cost [--before OLD/chartsmith] [--rounds N]   # only batch --jobs 1 to PDF
//
// See README-section.md beside this file for what each side does and the numbers.

struct Options {
    var iterations = 20
    var pack = 300
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var memory = 0
    var batchMemory = 0
    var rounds = 3
    var keep: String?
    var formats: [OutputFormat] = [.png, .pdf]
    var big = false
    var bigRows = [10_000, 100_000, 1_000_000]
    var barRows = 1_000_000
    var before: String?
    var fixedCostOnly = false

    init(_ args: [String]) {
        var i = 0
        func value() -> String {
            i += 1
            guard i < args.count else { fail("\(args[i - 1]) needs a value") }
            return args[i]
        }
        while i < args.count {
            switch args[i] {
            case "--iterations": iterations = max(1, Int(value()) ?? 20)
            case "--pack": pack = max(0, Int(value()) ?? 300)
            case "--jobs": jobs = max(1, Int(value()) ?? jobs)
            case "--memory": memory = max(0, Int(value()) ?? 0)
            case "--batch-memory": batchMemory = max(0, Int(value()) ?? 0)
            case "--rounds": rounds = max(1, Int(value()) ?? 3)
            case "--keep": keep = value()
            case "--formats": formats = value().split(separator: ",").compactMap { OutputFormat(rawValue: String($0)) }
            case "--big": big = true
            case "--big-rows": bigRows = value().split(separator: ",").compactMap { Int($0) }
            case "--bar-rows": barRows = max(0, Int(value()) ?? barRows)
            case "--before": before = value()
            case "--fixed-cost": fixedCostOnly = true
            case "-h", "--help":
                print("usage: chartsmith-bench [--iterations N] [--pack N] [--jobs N] [--memory N] [--batch-memory N] [--rounds N] [--keep DIR] [--formats png,pdf]")
                print("       chartsmith-bench --big [--before OLD-CHARTSMITH] [--big-rows 10000,100000,1000000] [--bar-rows N] [--rounds N] [--formats png]")
                print("       chartsmith-bench --fixed-cost [--before OLD-CHARTSMITH] [--pack N] [--rounds N]   # only the batch --jobs 1 PDF row")
                exit(0)
            default: fail("unknown argument \(args[i])")
            }
            i += 1
        }
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("chartsmith-bench: \(message)\n".utf8))
    exit(2)
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e6 }

func median(_ xs: [Double]) -> Double {
    let s = xs.sorted()
    return s.isEmpty ? 0 : s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

/// Runs a program; returns its standard output, wall milliseconds and exit status.
func runProgram(_ path: String, _ args: [String]) -> (out: String, ms: Double, status: Int32) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = args
    let pipe = Pipe()
    p.standardOutput = pipe
    let t0 = now()
    do { try p.run() } catch { fail("cannot run \(path): \(error)") }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (String(decoding: data, as: UTF8.self), now() - t0, p.terminationStatus)
}

/// `ms_per_chart=` from cairo-floor's line.
func floorValue(_ out: String, _ key: String) -> Double {
    for part in out.split(whereSeparator: { $0 == " " || $0 == "\n" }) where part.hasPrefix(key + "=") {
        return Double(part.dropFirst(key.count + 1)) ?? .nan
    }
    return .nan
}

/// CPU time of this whole process (every thread), in ms: what cairo-floor reports of its
/// own (`CLOCK_PROCESS_CPUTIME_ID`), and what counts the PNG's bands stroked on other threads.
func processCPUms() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t)
    return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
}

/// CPU time of the calling thread, in ms.
func threadCPUms() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) * 1000 + Double(t.tv_nsec) / 1e6
}

func residentMB() -> Double {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
    for line in s.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? .nan
        return kb / 1024
    }
    return .nan
}

/// User + system CPU time of all finished child processes, in ms.
func childCPUms() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    func ms(_ t: timeval) -> Double { Double(t.tv_sec) * 1000 + Double(t.tv_usec) / 1000 }
    return ms(usage.ru_utime) + ms(usage.ru_stime)
}

func childPeakMB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
if options.batchMemory > 0 {
    // Peak memory of one batch of N tiny specs (needs neither cairo-floor nor the CLI).
    try BatchMemory.run(specs: options.batchMemory, jobs: options.jobs, keep: options.keep)
    exit(0)
}
let binFolder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
let floorPath = binFolder.appendingPathComponent("cairo-floor").path
let cliPath = binFolder.appendingPathComponent("chartsmith").path
if options.big {
    // Big data (issue 16): `chartsmith render` processes only (needs neither cairo-floor nor fonts here).
    guard FileManager.default.isExecutableFile(atPath: cliPath) else { fail("chartsmith not found beside this program (\(cliPath))") }
    let scratch = URL(fileURLWithPath: options.keep ?? NSTemporaryDirectory() + "chartsmith-bench-\(getpid())")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    let binaries = (options.before.map { [("before", $0)] } ?? []) + [("now", cliPath)]
    try BenchBigData.run(binaries: binaries, lineRows: options.bigRows, barRows: options.barRows, rounds: options.rounds,
                         formats: options.formats.map(\.rawValue), scratch: scratch, keep: options.keep != nil)
    if options.keep == nil { try? FileManager.default.removeItem(at: scratch) }
    exit(0)
}
for (name, path) in [("cairo-floor", floorPath), ("chartsmith", cliPath)] where !FileManager.default.isExecutableFile(atPath: path) {
    fail("\(name) not found beside this program (\(path)); build it with `swift build -c release --product \(name)`")
}

let scratch = URL(fileURLWithPath: options.keep ?? NSTemporaryDirectory() + "chartsmith-bench-\(getpid())")
try? FileManager.default.removeItem(at: scratch)
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { if options.keep == nil { try? FileManager.default.removeItem(at: scratch) } }

print("chartsmith-bench: Chartsmith \(ChartsmithVersion.current), \(ProcessInfo.processInfo.activeProcessorCount) cores, scratch \(scratch.path)")
print("The line chart's data are SYNTHETIC (seeded random walks), for timing only.\n")

let renderer = ChartPipeline()
let (stacked, line) = try BenchCharts.writeCharts(in: scratch)

// MARK: Memory (optional): RSS over many renders in one process.

if options.memory > 0 {
    print("Memory: rendering the seed stacked bar to PNG \(options.memory) times in one process,")
    print("each with its own title (so text measurement caches see \(options.memory) different strings)")
    let every = max(1, options.memory / 10)
    var samples: [(Int, Double)] = [(0, residentMB())]
    var spec = try renderer.decode(specAt: stacked)
    for i in 1...options.memory {
        spec.title?.text = ["Copy \(i) of the seed chart: most of the 1,781 offenders in 2010 were convicted"]
        let scene = try renderer.chart(for: spec, baseFolder: stacked.deletingLastPathComponent()).scene
        _ = try renderer.draw(scene, as: .png)
        if i % every == 0 { samples.append((i, residentMB())) }
    }
    for (i, mb) in samples { print(String(format: "  after %6d charts: RSS %.1f MB", i, mb)) }
    let settled = samples.count > 2 ? samples[1].1 : samples[0].1
    print(String(format: "  growth after the first %d charts: %+.1f MB\n", every, samples.last!.1 - settled))
    if options.keep == nil { try? FileManager.default.removeItem(at: scratch) }  // exit skips `defer`
    exit(0)
}

// MARK: One chart at a time, one thread.

if !options.fixedCostOnly {
    print("One chart at a time, one thread (ms per chart: median of \(options.iterations) runs after a warm-up, best of \(options.rounds) rounds;")
    print("CPU: the whole process's, all threads (a PNG's lines are stroked in bands on several), as the floor's; load \(BenchFixedCost.loadAverage())):")
    print("  chart                     format   chartsmith wall (scene + draw/encode)  CPU    floor wall  CPU    ratio wall  CPU")
    for (label, spec) in [("seed stacked bar 800x500", stacked), ("synthetic lines 4x10,000", line)] {
        for format in options.formats {
            let warm = try renderer.chart(forSpecAt: spec).scene
            _ = try renderer.draw(warm, as: format)
            let script = scratch.appendingPathComponent(spec.deletingPathExtension().lastPathComponent + ".scene")
            try SceneScript.script(for: warm, scale: 1).write(to: script, atomically: true, encoding: .utf8)
            var best = (total: Double.infinity, scene: 0.0, draw: 0.0, cpu: Double.infinity, floor: Double.infinity, floorCPU: Double.infinity)
            for _ in 0..<options.rounds {
                var sceneMs: [Double] = [], drawMs: [Double] = [], totals: [Double] = [], cpus: [Double] = []
                for _ in 0..<options.iterations {
                    let c0 = processCPUms()
                    let t0 = now()
                    let scene = try renderer.chart(forSpecAt: spec).scene
                    let t1 = now()
                    _ = try renderer.draw(scene, as: format)
                    let t2 = now()
                    cpus.append(processCPUms() - c0)
                    sceneMs.append(t1 - t0); drawMs.append(t2 - t1); totals.append(t2 - t0)
                }
                if median(totals) < best.total { (best.total, best.scene, best.draw) = (median(totals), median(sceneMs), median(drawMs)) }
                best.cpu = min(best.cpu, median(cpus))
                let floor = runProgram(floorPath, ["--format", format.rawValue, "--repeat", String(options.iterations), script.path])
                best.floor = min(best.floor, floorValue(floor.out, "ms_per_chart"))
                best.floorCPU = min(best.floorCPU, floorValue(floor.out, "cpu_ms_per_chart"))
            }
            print(String(format: "  %-25@ %-6@ %8.2f  (%6.2f + %6.2f)         %6.2f   %8.2f  %6.2f   %5.2f×  %5.2f×",
                         label as NSString, format.rawValue as NSString, best.total, best.scene, best.draw, best.cpu,
                         best.floor, best.floorCPU, best.total / best.floor, best.cpu / best.floorCPU))
        }
    }

    // MARK: Small multiples: one figure of 40 panels against 40 one-panel charts (issue 12).

    do {
        let panels = 40
        let (facet, one) = try BenchFacet.write(panels: panels, in: scratch)
        func time(_ url: URL) throws -> Double {
            _ = try renderer.draw(try renderer.chart(forSpecAt: url).scene, as: .png)
            var ms: [Double] = []
            for _ in 0..<options.iterations {
                let t0 = now()
                _ = try renderer.draw(try renderer.chart(forSpecAt: url).scene, as: .png)
                ms.append(now() - t0)
            }
            return median(ms)
        }
        let (f, o) = (try time(facet), try time(one))
        print(String(format: "\nSmall multiples (PNG, median of %d): a %d-panel facet %.2f ms; one of its panels %.2f ms, ×%d = %.2f ms; ratio %.2f× (issue 12 asks at most 2×)",
                     options.iterations, panels, f, o, panels, o * Double(panels), f / (o * Double(panels))))
    }

}

// MARK: A folder of seed-sized specs with `chartsmith batch`, every core.

if options.pack > 0 {
    let pack = try BenchCharts.writePack(count: options.pack, in: scratch)
    // The floor draws the very scenes Chartsmith lays out; writing them is not timed.
    let packRenderer = ChartPipeline(dataRoot: pack)
    let scenesFolder = scratch.appendingPathComponent("pack-scenes")
    try FileManager.default.createDirectory(at: scenesFolder, withIntermediateDirectories: true)
    var scripts: [String] = []
    let found = SpecDiscovery(workingFolder: pack).discover([pack.path]).specs
    for s in found {
        let scene = try packRenderer.chart(forSpecAt: s.url).scene
        let path = scenesFolder.appendingPathComponent(s.relativePath.replacingOccurrences(of: "/", with: "_") + ".scene").path
        try SceneScript.script(for: scene, scale: 1).write(toFile: path, atomically: true, encoding: .utf8)
        scripts.append(path)
    }
    if !options.fixedCostOnly {
        print("\nA folder of \(options.pack) seed-sized specs, \(options.jobs) jobs (`chartsmith batch --force`; floor: cairo-floor --threads \(options.jobs)):")
        print("  (best of \(options.rounds) alternating rounds; ms per chart)")
        print("  format   chartsmith               floor                    ratio wall/CPU  peak RSS of any run so far")
        for format in options.formats {
            let out = scratch.appendingPathComponent("batch-\(format.rawValue)")
            let floorOut = scratch.appendingPathComponent("floor-\(format.rawValue)")
            try FileManager.default.createDirectory(at: floorOut, withIntermediateDirectories: true)
            // PNG: the contact sheet reuses the PNGs, so it stays on. PDF only: the sheet would
            // need PNG thumbnails the floor does not draw, so it is off for a like-for-like time.
            let sheet = format.isRaster ? [] : ["--no-contact-sheet"]
            var csWall: [Double] = [], csCPU: [Double] = [], floorWall: [Double] = [], floorCPU: [Double] = []
            for _ in 0..<options.rounds {
                let c0 = childCPUms()
                let cs = runProgram(cliPath, ["batch", pack.path, "--out", out.path, "--data-root", pack.path, "--format", format.rawValue,
                                              "--jobs", String(options.jobs), "--force", "--quiet"] + sheet)
                guard cs.status == 0 else { fail("chartsmith batch exited \(cs.status)") }
                let c1 = childCPUms()
                let floor = runProgram(floorPath, ["--format", format.rawValue, "--threads", String(options.jobs), "--out", floorOut.path] + scripts)
                guard floor.status == 0 else { fail("cairo-floor exited \(floor.status)") }
                let c2 = childCPUms()
                _ = c2
                csWall.append(cs.ms / Double(found.count)); csCPU.append((c1 - c0) / Double(found.count))
                floorWall.append(floorValue(floor.out, "ms_per_chart")); floorCPU.append(floorValue(floor.out, "cpu_ms_per_chart"))
            }
            let peak = childPeakMB()
            let (w, fw, c, fc) = (csWall.min()!, floorWall.min()!, csCPU.min()!, floorCPU.min()!)
            print(String(format: "  %-6@   %8.2f wall  %6.2f CPU   %8.2f wall  %6.2f CPU   %5.2f×  %5.2f×    %.0f MB",
                         format.rawValue as NSString, w, c, fw, fc, w / fw, c / fc, peak))
        }
        print("\n  chartsmith: wall time of the whole `chartsmith batch` process (start-up, discovery, hashing,")
        print("  decoding, data, layout, drawing, encoding, atomic writes, manifest, index.html) / specs.")
        print("  floor: cairo-floor's own timer around drawing, encoding and writing the same scenes / charts.")
        print("  CPU: chartsmith's whole process, user+system, all threads / specs; the floor's timed section only.")
        print("  Wall times need two idle cores; CPU times hold up better when other work shares the machine.")
    }

    // MARK: The fixed cost per chart: the same folder to PDF on one thread (issue 16, item 5).
    if options.formats.contains(.pdf) {
        try BenchFixedCost.run(pack: pack, specs: found, scripts: scripts,
                               binaries: (options.before.map { [("before", $0)] } ?? []) + [("now", cliPath)],
                               floorPath: floorPath, rounds: options.rounds, scratch: scratch)
    }
}
