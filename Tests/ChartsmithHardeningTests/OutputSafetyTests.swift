import Foundation
import Testing

/// No lost work: interrupted runs, full disks and unwritable folders leave only complete
/// files and say which file failed.
@Suite("Output safety", .serialized)
struct OutputSafetyTests {
    /// A folder of `count` specs sharing one data file, and an output folder beside it.
    func batch(_ count: Int) throws -> (specs: [String], out: URL, folder: URL) {
        let folder = try Tool.temporaryFolder("kill")
        try folder.write("data.csv", "a,b,c\n" + (0..<40).map { "Category \($0),\($0 * 7 % 23),\($0 % 3)" }.joined(separator: "\n"))
        var specs: [String] = []
        for i in 0..<count {
            let spec = try folder.write("chart-\(i).json", #"""
                {"title": "Chart \#(i)", "width": 500, "height": 300, "data": {"url": "data.csv"}, "mark": "bar",
                 "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}, "color": {"field": "c", "type": "nominal"}}}
                """#)
            specs.append(spec.path)
        }
        return (specs, folder.appendingPathComponent("out"), folder)
    }

    /// Runs `chartsmith ARGS` and kills it with SIGKILL after `delay` microseconds.
    func killed(_ arguments: [String], after delay: UInt32) throws {
        let p = Process()
        p.executableURL = Tool.buildFolder.appendingPathComponent("chartsmith")
        p.arguments = arguments
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        usleep(delay)
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
    }

    /// Names in `out` that are not complete outputs, and the visible names.
    func audit(_ out: URL) throws -> (incomplete: [String], hidden: [String], visible: [String]) {
        var incomplete: [String] = [], hidden: [String] = [], visible: [String] = []
        for name in Tool.contents(of: out) {
            if name.hasPrefix(".") { hidden.append(name); continue }
            visible.append(name)
            let data = try Data(contentsOf: out.appendingPathComponent(name))
            if !isComplete(data, name: name) { incomplete.append(name) }
        }
        return (incomplete, hidden, visible)
    }

    @Test("killing a render at any moment leaves only complete files under their final names",
          arguments: [30_000, 90_000, 170_000, 260_000, 400_000, 650_000])
    func killedAnyMoment(afterMicroseconds delay: UInt32) throws {
        let (specs, out, _) = try batch(24)
        try killed(["render"] + specs + ["--out", out.path, "--format", "png,pdf,svg"], after: delay)
        let (incomplete, _, _) = try audit(out)
        #expect(incomplete.isEmpty, "incomplete files after SIGKILL at \(delay) µs: \(incomplete)")
    }

    @Test("killing a batch at any moment leaves only complete files, the manifest and contact sheet included",
          arguments: [15_000, 40_000, 80_000, 150_000, 250_000])
    func killedBatch(afterMicroseconds delay: UInt32) throws {
        let (_, out, folder) = try batch(120)
        try killed(["batch", folder.path, "--out", out.path, "--format", "png,pdf,svg"], after: delay)
        let (incomplete, _, _) = try audit(out)
        #expect(incomplete.isEmpty, "incomplete files after SIGKILL at \(delay) µs: \(incomplete)")
    }

    @Test("a render killed mid-write leaves no temporary files behind")
    func noTemporaryLeftovers() throws {
        for delay: UInt32 in [50_000, 120_000, 200_000, 300_000] {
            let (specs, out, _) = try batch(24)
            try killed(["render"] + specs + ["--out", out.path, "--format", "png,pdf,svg"], after: delay)
            #expect(try audit(out).hidden.isEmpty)
        }
    }

    @Test("a full disk is a clear error for each file, and leaves nothing half-written")
    func fullDisk() throws {
        let (specs, out, _) = try batch(2)
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        // Files may grow to 8 KB (a chart is larger): writes fail with EFBIG, as on a full disk.
        let r = try Tool.chartsmith(shellSetup: "ulimit -f 16; trap '' XFSZ", ["render"] + specs + ["--out", out.path, "--format", "png,svg"])
        #expect(r.status == 1 && !r.signalled, "\(r.stderr)")
        for spec in specs {
            let name = URL(fileURLWithPath: spec).deletingPathExtension().lastPathComponent
            #expect(r.stderr.contains("\(spec): cannot write \(out.path)/\(name).png"), "\(r.stderr)")
        }
        #expect(r.stderr.contains("File too large"), "\(r.stderr)")
        #expect(r.stderr.contains("2 of 2 specs failed"))
        #expect(Tool.contents(of: out).isEmpty, "\(Tool.contents(of: out))")
    }

    @Test("an output path that cannot be written fails that spec only, with a clear message")
    func unwritable() throws {
        let (specs, out, folder) = try batch(2)
        // A folder where chart-0.png should go: the rename onto it fails, whoever runs the test.
        try FileManager.default.createDirectory(at: out.appendingPathComponent("chart-0.png"), withIntermediateDirectories: true)
        let r = try Tool.chartsmith(["render"] + specs + ["--out", out.path])
        #expect(r.status == 1 && !r.signalled)
        #expect(r.stderr.contains("\(specs[0]): cannot write \(out.path)/chart-0.png"), "\(r.stderr)")
        // (chart-1 may carry warnings, such as the category labels its 500-pt width leaves out, but no error.)
        #expect(!r.stderr.split(separator: "\n").contains { $0.hasPrefix(specs[1]) && !$0.contains(": warning: ") }, "\(r.stderr)")
        #expect(Tool.contents(of: out) == ["chart-0.png", "chart-1.png"])
        // --out naming a file, not a folder.
        let file = try folder.write("not-a-folder", "x")
        let r2 = try Tool.chartsmith(["render", specs[0], "--out", file.path])
        #expect(r2.status == 1 && r2.stderr.contains("cannot create the output folder"), "\(r2.stderr)")
        if getuid() != 0 {
            // A read-only folder (root ignores permissions, so only as another user).
            let locked = folder.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
            chmod(locked.path, 0o555)
            defer { chmod(locked.path, 0o755) }
            let r3 = try Tool.chartsmith(["render", specs[0], "--out", locked.path])
            #expect(r3.status == 1 && r3.stderr.contains("cannot write"), "\(r3.stderr)")
            #expect(Tool.contents(of: locked).isEmpty)
        }
    }
}
