import Chartsmith
import Foundation
#if canImport(Glibc)
import Glibc
#endif

// chartsmith-bench: times Chartsmith against the direct-Cairo floor (`cairo-floor`) in one
// run, on this machine. Build both in release mode first:
//
//     swift build -c release --product chartsmith && swift build -c release --product cairo-floor
//     swift run -c release chartsmith-bench [--iterations 20] [--pack 300] [--jobs N] [--memory 10000]
//
// See README-section.md beside this file for what each side does and the numbers.

struct Options {
    var iterations = 20
    var pack = 300
    var jobs = ProcessInfo.processInfo.activeProcessorCount
    var memory = 0
    var keep: String?
    var formats: [OutputFormat] = [.png, .pdf]

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
            case "--keep": keep = value()
            case "--formats": formats = value().split(separator: ",").compactMap { OutputFormat(rawValue: String($0)) }
            case "-h", "--help":
                print("usage: chartsmith-bench [--iterations N] [--pack N] [--jobs N] [--memory N] [--keep DIR] [--formats png,pdf]")
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

func residentMB() -> Double {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return .nan }
    for line in s.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        let kb = line.split(separator: " ").compactMap { Double($0) }.first ?? .nan
        return kb / 1024
    }
    return .nan
}

func childPeakMB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

let options = Options(Array(CommandLine.arguments.dropFirst()))
let binFolder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
let floorPath = binFolder.appendingPathComponent("cairo-floor").path
let cliPath = binFolder.appendingPathComponent("chartsmith").path
for (name, path) in [("cairo-floor", floorPath), ("chartsmith", cliPath)] where !FileManager.default.isExecutableFile(atPath: path) {
    fail("\(name) not found beside this program (\(path)); build it with `swift build -c release --product \(name)`")
}

let scratch = URL(fileURLWithPath: options.keep ?? NSTemporaryDirectory() + "chartsmith-bench-\(getpid())")
try? FileManager.default.removeItem(at: scratch)
try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
defer { if options.keep == nil { try? FileManager.default.removeItem(at: scratch) } }

print("chartsmith-bench: Chartsmith \(ChartsmithVersion.current), \(ProcessInfo.processInfo.activeProcessorCount) cores, scratch \(scratch.path)")
print("The line chart's data are SYNTHETIC (seeded random walks), for timing only.\n")

let renderer = ChartRenderer()
let (stacked, line) = try BenchCharts.writeCharts(in: scratch)

// MARK: Memory (optional): RSS over many renders in one process.

if options.memory > 0 {
    print("Memory: rendering the seed stacked bar to PNG \(options.memory) times in one process")
    let every = max(1, options.memory / 10)
    var samples: [(Int, Double)] = [(0, residentMB())]
    for i in 1...options.memory {
        let scene = try renderer.scene(forSpecAt: stacked)
        _ = try renderer.draw(scene, as: .png)
        if i % every == 0 { samples.append((i, residentMB())) }
    }
    for (i, mb) in samples { print(String(format: "  after %6d charts: RSS %.1f MB", i, mb)) }
    let settled = samples.count > 2 ? samples[1].1 : samples[0].1
    print(String(format: "  growth after the first %d charts: %+.1f MB\n", every, samples.last!.1 - settled))
    exit(0)
}

// MARK: One chart at a time, one thread.

print("One chart at a time, one thread (median of \(options.iterations) runs after a warm-up; ms per chart):")
print("  chart                     format   chartsmith  (scene  draw+encode)   floor   ratio")
var singleRows: [(String, OutputFormat, Double, Double, Double, Double)] = []
for (label, spec) in [("seed stacked bar 800x500", stacked), ("synthetic lines 4x10,000", line)] {
    for format in options.formats {
        let warm = try renderer.scene(forSpecAt: spec)
        _ = try renderer.draw(warm, as: format)
        var sceneMs: [Double] = [], drawMs: [Double] = [], totals: [Double] = []
        for _ in 0..<options.iterations {
            let t0 = now()
            let scene = try renderer.scene(forSpecAt: spec)
            let t1 = now()
            _ = try renderer.draw(scene, as: format)
            let t2 = now()
            sceneMs.append(t1 - t0); drawMs.append(t2 - t1); totals.append(t2 - t0)
        }
        let script = scratch.appendingPathComponent(spec.deletingPathExtension().lastPathComponent + ".scene")
        try SceneScript.script(for: warm, scale: 1).write(to: script, atomically: true, encoding: .utf8)
        let floor = runProgram(floorPath, ["--format", format.rawValue, "--repeat", String(options.iterations), script.path])
        let floorMs = floorValue(floor.out, "ms_per_chart")
        let row = (label, format, median(totals), median(sceneMs), median(drawMs), floorMs)
        singleRows.append(row)
        print(String(format: "  %-25@ %-6@ %10.2f  (%6.2f  %6.2f)      %7.2f  %5.2f×",
                     label as NSString, format.rawValue as NSString, row.2, row.3, row.4, floorMs, row.2 / floorMs))
    }
}

// MARK: A folder of seed-sized specs with `chartsmith batch`, every core.

if options.pack > 0 {
    print("\nA folder of \(options.pack) seed-sized specs, \(options.jobs) jobs (`chartsmith batch --force`; floor: cairo-floor --threads \(options.jobs)):")
    print("  format   chartsmith ms/chart   floor ms/chart   ratio   chartsmith peak RSS")
    let pack = try BenchCharts.writePack(count: options.pack, in: scratch)
    // The floor draws the very scenes Chartsmith lays out; writing them is not timed.
    let packRenderer = ChartRenderer(dataRoot: pack)
    let scenesFolder = scratch.appendingPathComponent("pack-scenes")
    try FileManager.default.createDirectory(at: scenesFolder, withIntermediateDirectories: true)
    var scripts: [String] = []
    let found = SpecDiscovery(workingFolder: pack).discover([pack.path]).specs
    for s in found {
        let scene = try packRenderer.scene(forSpecAt: s.url)
        let path = scenesFolder.appendingPathComponent(s.relativePath.replacingOccurrences(of: "/", with: "_") + ".scene").path
        try SceneScript.script(for: scene, scale: 1).write(toFile: path, atomically: true, encoding: .utf8)
        scripts.append(path)
    }
    for format in options.formats {
        let out = scratch.appendingPathComponent("batch-\(format.rawValue)")
        let floorOut = scratch.appendingPathComponent("floor-\(format.rawValue)")
        try FileManager.default.createDirectory(at: floorOut, withIntermediateDirectories: true)
        let cs = runProgram(cliPath, ["batch", pack.path, "--out", out.path, "--data-root", pack.path, "--format", format.rawValue,
                                      "--jobs", String(options.jobs), "--force", "--quiet"])
        guard cs.status == 0 else { fail("chartsmith batch exited \(cs.status)") }
        let peak = childPeakMB()
        let floor = runProgram(floorPath, ["--format", format.rawValue, "--threads", String(options.jobs), "--out", floorOut.path] + scripts)
        guard floor.status == 0 else { fail("cairo-floor exited \(floor.status)") }
        let csPer = cs.ms / Double(found.count)
        let floorPer = floorValue(floor.out, "ms_per_chart")
        print(String(format: "  %-6@   %19.2f   %14.2f   %4.2f×   %.0f MB (largest child so far)",
                     format.rawValue as NSString, csPer, floorPer, csPer / floorPer, peak))
    }
    print("\n  chartsmith: wall time of the whole `chartsmith batch` process (start-up, discovery, hashing,")
    print("  decoding, data, layout, drawing, encoding, atomic writes, manifest, index.html) / specs.")
    print("  floor: cairo-floor's own timer around drawing, encoding and writing the same scenes / charts.")
}
