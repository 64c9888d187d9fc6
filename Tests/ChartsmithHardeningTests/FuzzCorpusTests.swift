import Foundation
import Testing

/// Replays the fuzzers' seed corpus, and every crash they found (kept in the corpus as
/// `crash-*`), through the same harnesses the fuzzers run, built without sanitizers.
@Suite("Fuzz corpus replays without a crash")
struct FuzzCorpusTests {
    static let corpus = Tool.root.appendingPathComponent("Tests/Fuzz/Corpus")

    func replay(_ tool: String, _ folder: String) throws -> Tool.Result {
        let r = try Tool.run(Tool.buildFolder.appendingPathComponent(tool).path, [Self.corpus.appendingPathComponent(folder).path])
        #expect(!r.signalled && r.status == 0, "\(tool) crashed: \(r.stderr.suffix(2_000))")
        #expect(r.stdout.contains("none crashed"))
        return r
    }

    @Test("every spec input renders or is rejected with a message naming the spec")
    func specs() throws {
        let r = try replay("ChartsmithFuzzSpec", "spec")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count > 40, "the corpus is there")
        // Seeds that must render, and seeds that must be refused.
        #expect(lines.contains { $0.hasSuffix("csv-stacked-bar.json: rendered") })
        #expect(lines.contains { $0.hasSuffix("unicode-rtl.json: rendered") })
        #expect(lines.contains { $0.contains("escape-link.json: rejected") && $0.contains("outside the spec's folder") })
        #expect(lines.contains { $0.contains("http-url.json: rejected") && $0.contains("network URLs are not allowed") })
    }

    @Test("every transforms input renders or is rejected naming the spec, under the default limits")
    func transforms() throws {
        let r = try replay("ChartsmithFuzzTransforms", "transforms")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count > 20, "the corpus is there")
        // The seeds reach both ends: some charts draw, some specs are refused.
        #expect(lines.contains { $0.hasSuffix(": rendered") })
        #expect(lines.contains { $0.contains(": rejected: fuzz-transforms.json") })
    }

    @Test("every CSV input parses into rectangular rows or is rejected with its line")
    func csv() throws {
        let r = try replay("ChartsmithFuzzCSV", "csv")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count > 20)
        #expect(lines.contains { $0.contains("ragged-short: rejected") && $0.contains("fuzz-input-") && $0.contains(".csv:3") })
        #expect(lines.contains { $0.contains("bad-utf8: rejected") && $0.contains("not UTF-8") })
    }
}

/// Crashes and hangs found by fuzzing and probing. Fixed ones are in the seed corpus as
/// `crash-*.json` (replayed above, and here through the CLI); open ones are in
/// `Tests/Fuzz/Crashes/spec/` (not in the corpus, where they would stop the fuzzer at once)
/// with a disabled test: when the fix lands, enable the test and move the file into the
/// corpus as `crash-<what>.json`.
@Suite("Found by fuzzing: crash reproducers")
struct KnownCrashTests {
    static let open = Tool.root.appendingPathComponent("Tests/Fuzz/Crashes/spec")
    static let fixed = FuzzCorpusTests.corpus.appendingPathComponent("spec")

    /// Renders a reproducer with the real CLI, in 2 GB of address space: it must exit 0 or
    /// 1, without a crash, within 30 seconds (a hang guard, not a speed test).
    func survives(_ spec: URL, timeLimit: Double = 30) throws {
        let out = try Tool.temporaryFolder("crash")
        let command = "ulimit -v 2000000; exec " + [Tool.buildFolder.appendingPathComponent("chartsmith").path, "render", spec.path,
                                                   "--out", out.path].map(Tool.shellQuote).joined(separator: " ")
        let r = try Tool.run("/bin/sh", ["-c", command], timeLimit: timeLimit)
        #expect(!r.timedOut, "hung")
        #expect(!r.signalled, "crashed: \(r.stderr.prefix(600))")
        #expect(r.status == 0 || (r.status == 1 && r.stderr.hasPrefix(spec.path)), "\(r.stderr)")
    }

    @Test("fixed: bin maxbins 1e308, mark size 1e308, temporal 1e20 ms (hung), a time unit on 1e300 ms",
          arguments: ["crash-bin-maxbins-1e308.json", "crash-mark-size-1e308.json", "crash-temporal-1e20-hang.json",
                      "crash-timeunit-date-1e300.json"])
    func fixed(_ name: String) throws { try survives(Self.fixed.appendingPathComponent(name)) }

    @Test("a window frame of ±1e308 does not crash")
    func windowFrame() throws { try survives(Self.fixed.appendingPathComponent("crash-window-frame-1e308.json")) }

    @Test("an impute over 10,885 keys with a frame of 4,100 rows finishes (it took minutes, frame by frame)")
    func imputeFrame() throws {
        // 18 s frame by frame in a debug build; well under a second by prefix sums.
        try survives(Self.fixed.appendingPathComponent("crash-impute-frame-4100-hang-inline.json"), timeLimit: 8)
    }

    @Test("a number format with a huge width in an expression is refused or capped, not allocated")
    func formatWidthInExpression() throws { try survives(Self.fixed.appendingPathComponent("crash-format-width-in-expression.json")) }
}
