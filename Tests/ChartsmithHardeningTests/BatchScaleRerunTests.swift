import Foundation
import Testing

/// Issue 18, "Durability": two batches into one `--out` at different `--scale` left stale
/// files that the next run reported as "unchanged". The scale is part of each spec's key,
/// so a run at another scale renders every spec again, at its own scale.
@Suite("Batch: a run at another --scale renders again")
struct BatchScaleRerunTests {
    /// The width in pixels of a PNG (its IHDR chunk).
    func pngWidth(_ url: URL) throws -> Int {
        let d = [UInt8](try Data(contentsOf: url))
        return d[16...19].reduce(0) { $0 << 8 | Int($1) }
    }

    @Test("--scale 1 then --scale 2 into one --out: the second renders every spec at twice the pixels; a third at 2 renders none")
    func scaleRerun() throws {
        let folder = try Tool.temporaryFolder("scale-rerun")
        for i in 0..<3 {
            try folder.write("specs/c\(i).json", #"{"width": 200, "height": 100, "data": {"values": [{"a": "x", "b": \#(i)}]}, "mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}}"#)
        }
        let specs = folder.appendingPathComponent("specs").path, out = folder.appendingPathComponent("out")
        func run(_ scale: String) throws -> [String] {
            let r = try Tool.chartsmith(["batch", specs, "--out", out.path, "--scale", scale, "--json"])
            #expect(r.status == 0, "\(r.stderr)")
            return r.stdout.split(separator: "\n").compactMap { line in
                (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["status"] as? String
            }
        }
        #expect(try run("1") == ["rendered", "rendered", "rendered"])
        let one = try pngWidth(out.appendingPathComponent("c0.png"))
        #expect(try run("2") == ["rendered", "rendered", "rendered"])
        #expect(try pngWidth(out.appendingPathComponent("c0.png")) == 2 * one)
        #expect(try run("2") == ["unchanged", "unchanged", "unchanged"])
    }
}
