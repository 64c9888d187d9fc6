import ChartsmithTestSupport
import Foundation
import Testing

/// Issue 18: options that would do something surprising are misuse (exit 2).
@Suite("Misuse")
struct MisuseTests {
    @Test("--out \"\" is misuse for render, batch and watch", arguments: ["render", "batch", "watch"])
    func emptyOut(_ command: String) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chartsmith-misuse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = folder.appendingPathComponent("a.json")
        try Data(#"{"data": {"values": [{"a": 1}]}, "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}}"#.utf8).write(to: spec)
        let r = try BuiltTool.run(BuiltTool.url(), [command, "a.json", "--out", ""], in: folder, timeLimit: 20)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("--out"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("a.png").path))
    }
}
