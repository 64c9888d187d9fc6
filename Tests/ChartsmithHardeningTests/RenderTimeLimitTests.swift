import Foundation
import Testing

/// Issue 18: `render --limit time=N` is honoured, as `batch` honours it.
@Suite("Render time limit")
struct RenderTimeLimitTests {
    /// A spec that takes seconds: a million points.
    static let slow = #"{"width": 600, "height": 400, "data": {"sequence": {"start": 0, "stop": 1000000}}, "mark": "point", "encoding": {"x": {"field": "data", "type": "quantitative"}, "y": {"field": "data", "type": "quantitative"}}}"#

    @Test("render --limit time=0.5 abandons a slow spec with a message naming the limit, and writes nothing")
    func renderHonoursTime() throws {
        let folder = try Tool.temporaryFolder("time")
        let spec = try folder.write("slow.json", Self.slow)
        let out = folder.appendingPathComponent("out")
        let started = Date()
        let r = try Tool.run(Tool.buildFolder.appendingPathComponent("chartsmith").path,
                             ["render", spec.path, "--out", out.path, "--limit", "time=0.5"], timeLimit: 60)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("longer than the limit of 0.5 seconds") && r.stderr.contains("--limit time="), "\(r.stderr)")
        #expect(Tool.contents(of: out).isEmpty)
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test("--dump-scene is held to the time limit too")
    func dumpHonoursTime() throws {
        let folder = try Tool.temporaryFolder("time")
        let spec = try folder.write("slow.json", Self.slow)
        let r = try Tool.run(Tool.buildFolder.appendingPathComponent("chartsmith").path,
                             ["render", spec.path, "--out", folder.path, "--dump-scene", "--limit", "time=0.5"], timeLimit: 60)
        #expect(r.status == 1)
        #expect(r.stderr.contains("longer than the limit of 0.5 seconds"), "\(r.stderr)")
    }
}
