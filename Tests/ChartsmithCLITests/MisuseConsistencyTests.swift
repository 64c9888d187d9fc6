import ChartsmithTestSupport
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 18: the same misuse is treated the same way by every command (exit 2, the
/// message once, the usage at most once), and the small review findings of the hardening
/// work, each through the real command line.
@Suite("Misuse, the same in every command")
struct MisuseConsistencyTests {
    static let spec = #"{"data": {"values": [{"a": 1}]}, "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}}}"#

    /// A folder with `a.json`, removed by the caller.
    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chartsmith-misuse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(Self.spec.utf8).write(to: folder.appendingPathComponent("a.json"))
        return folder
    }

    func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    @Test("an unknown --style is misuse in render, batch and watch: exit 2, said once, nothing written",
          arguments: ["render", "batch", "watch"])
    func unknownStyle(_ command: String) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try BuiltTool.run(BuiltTool.url(), [command, "a.json", "--out", "out", "--style", "nosuchstyle"], in: dir, timeLimit: 30)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(count("unknown style \"nosuchstyle\"", in: r.stderr) == 1, "\(r.stderr)")
        #expect(r.stderr.contains("--style"))
        #expect(count("Usage:", in: r.stderr) <= 1 && count("--help", in: r.stderr) <= 1, "\(r.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/a.png").path))
    }

    @Test("an unreadable --style file (a named pipe) is misuse in render, batch and watch, the same way",
          arguments: ["render", "batch", "watch"])
    func unreadableStyle(_ command: String) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(mkfifo(dir.appendingPathComponent("pipe.json").path, 0o600) == 0)
        let r = try BuiltTool.run(BuiltTool.url(), [command, "a.json", "--out", "out", "--style", "pipe.json"], in: dir, timeLimit: 30)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(count("pipe.json", in: r.stderr) == 1, "\(r.stderr)")
        #expect(r.stderr.contains("it is a named pipe, not a regular file"), "\(r.stderr)")
        #expect(count("Usage:", in: r.stderr) <= 1 && count("--help", in: r.stderr) <= 1, "\(r.stderr)")
    }

    @Test("a bad --limit is misuse shown with the command's own usage", arguments: ["render", "batch", "watch"])
    func badLimit(_ command: String) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try BuiltTool.run(BuiltTool.url(), [command, "a.json", "--out", "out", "--limit", "time=abc"], in: dir, timeLimit: 30)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("limit time must be a positive number"), "\(r.stderr)")
        #expect(r.stderr.contains("chartsmith \(command) --help"), "\(r.stderr)")
    }

    @Test("misuse prints its usage at most once", arguments: [["render"], ["render", "a.json"], ["batch", "a.json"],
                                                             ["render", "a.json", "--out", "o", "--format", "gif"]])
    func usageOnce(_ arguments: [String]) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try BuiltTool.run(BuiltTool.url(), arguments, in: dir, timeLimit: 30)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(count("Usage:", in: r.stderr) <= 1, "\(r.stderr)")
        #expect(count("--help", in: r.stderr) == 1, "\(r.stderr)")
        let lines = r.stderr.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(Set(lines).count == lines.count, "a line printed twice: \(r.stderr)")
    }

    @Test("a --data-root that does not exist, or is a file, is refused at once naming it",
          arguments: ["render", "batch", "watch"])
    func dataRoot(_ command: String) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try BuiltTool.run(BuiltTool.url(), [command, "a.json", "--out", "out", "--data-root", "no/such/folder"], in: dir, timeLimit: 30)
        #expect(r.status == 2, "\(r.stderr)")
        #expect(r.stderr.contains("--data-root \"no/such/folder\" does not exist"), "\(r.stderr)")
        let f = try BuiltTool.run(BuiltTool.url(), [command, "a.json", "--out", "out", "--data-root", "a.json"], in: dir, timeLimit: 30)
        #expect(f.status == 2, "\(f.stderr)")
        #expect(f.stderr.contains("is a file, not a folder"), "\(f.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("out/a.png").path))
    }

    @Test("--help lists every format, svg-outlines included", arguments: ["render", "batch", "watch"])
    func helpFormats(_ command: String) throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try BuiltTool.run(BuiltTool.url(), [command, "--help"], in: dir, timeLimit: 30)
        #expect(r.status == 0)
        let help = r.stdout.replacingOccurrences(of: "\n", with: " ").split(separator: " ").joined(separator: " ")
        #expect(help.contains("png, pdf, svg, svg-outlines"), "\(r.stdout)")
    }
}
