import ChartsmithTestSupport
import Foundation
import Testing

/// Errors name the spec as the user typed it: a relative path stays relative.
@Suite("Spec paths in messages")
struct TypedPathTests {
    @Test("an error about charts/bad.json starts with charts/bad.json, not an absolute path")
    func relativeStaysRelative() throws {
        let folder = try CLI.tempDir()
        defer { try? FileManager.default.removeItem(at: folder) }
        let charts = folder.appendingPathComponent("charts")
        try FileManager.default.createDirectory(at: charts, withIntermediateDirectories: true)
        try Data(#"{"mark": "bar", "encoding": {"colour": {}}}"#.utf8).write(to: charts.appendingPathComponent("bad.json"))
        let r = try BuiltTool.run(CLI.binary, ["render", "charts/bad.json", "--out", "out"], in: folder)
        #expect(r.status == 1)
        #expect(r.stderr.hasPrefix("charts/bad.json:1:"), "\(r.stderr)")
    }
}
