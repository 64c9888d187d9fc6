import Chartsmith
import ChartsmithTestSupport
import Foundation
import Testing

/// Bytes in, bytes out touches no file: a render from memory runs in a child process (this
/// test binary again, running only ``child()``) under `strace`, in a fresh working folder
/// that is also its `TMPDIR`, and every file it opens, creates, renames or removes is listed.
/// Tests run as root here, and root ignores a folder's permissions, so an unwritable folder
/// would prove nothing: tracing the calls does. Allowed are reads of the system (shared
/// libraries, fonts, fontconfig's configuration and caches, `/proc`, `/dev`) and of the
/// build folder the binary runs from; anything else is a file access.
///
/// The check can fail, and is shown to: given a data root and a spec naming a file in it,
/// the child reads that file, and the check finds it.
@Suite("A render from memory opens no file", .serialized)
struct NoFileAccessTests {
    static let strace = ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }
    static let childVariable = "CHARTSMITH_NO_FILE_ACCESS_CHILD"

    /// The specs the child renders, by name.
    static let specs: [String: String] = [
        // Rows supplied from Swift replace the spec's data.
        "memory": """
        {"title": "Bytes in, bytes out", "mark": "bar", "data": {"values": []},
         "encoding": {"x": {"field": "offence", "type": "nominal"}, "y": {"field": "count", "type": "quantitative"}}}
        """,
        // A data URL with no root is refused before any file is looked at, in a view of a
        // composition too.
        "url-without-root": """
        {"hconcat": [{"mark": "bar", "data": {"url": "data/offences.csv"},
                      "encoding": {"x": {"field": "offence", "type": "nominal"}, "y": {"field": "count", "type": "quantitative"}}}]}
        """,
        // With a root, the file is read: what the check must catch.
        "url-with-root": """
        {"mark": "bar", "data": {"url": "offences.csv"},
         "encoding": {"x": {"field": "offence", "type": "nominal"}, "y": {"field": "count", "type": "quantitative"}}}
        """,
    ]

    /// The child: renders one spec from memory to PNG bytes and prints the outcome. Runs
    /// only inside the traced child process.
    @Test("child: render one spec from memory", .enabled(if: ProcessInfo.processInfo.environment[childVariable] != nil))
    func child() throws {
        let env = ProcessInfo.processInfo.environment
        let name = env[Self.childVariable] ?? ""
        var renderer = ChartRenderer()
        renderer.dataRoot = env["CHARTSMITH_NO_FILE_ACCESS_ROOT"].map { URL(fileURLWithPath: $0) }
        let rows = ChartData(columns: ["offence": ["Possession", "Taking", "Distribution"], "count": [545, 1098, 138]])
        do {
            let image = try renderer.render(json: Self.specs[name] ?? "", data: name == "memory" ? rows : nil, as: .png, scale: 2)
            print("CHILD-RESULT png \(image.data.count) bytes")
        } catch {
            print("CHILD-RESULT error \(error)")
        }
    }

    /// A file access found in the trace.
    struct Access: CustomStringConvertible {
        var call: String
        var path: String
        var line: String
        var description: String { line }
    }

    /// Runs the child for `spec` under strace; returns its output and the accesses outside
    /// the system and build folders.
    static func traced(_ spec: String, root: URL? = nil) throws -> (output: String, accesses: [Access]) {
        let scratch = try TestPipeline.temporaryFolder("no-file-access")
        defer { try? FileManager.default.removeItem(at: scratch) }
        // The child's working folder and TMPDIR: empty, and (for a user other than root)
        // unwritable.
        let work = scratch.appendingPathComponent("work")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: work.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: work.path) }
        let log = scratch.appendingPathComponent("trace.txt")
        let binary = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var environment: [String: String?] = [childVariable: spec, "TMPDIR": work.path]
        if let root { environment["CHARTSMITH_NO_FILE_ACCESS_ROOT"] = root.path }
        let result = try BuiltTool.run(
            URL(fileURLWithPath: strace!),
            ["-f", "-qq", "-o", log.path, "-e", "trace=open,openat,openat2,creat,mkdir,mkdirat,unlink,unlinkat,rename,renameat,renameat2,truncate",
             binary.path, "--testing-library", "swift-testing", "--filter", "NoFileAccessTests/child"],
            in: work, environment: environment, timeLimit: 300)
        let trace = try String(contentsOf: log, encoding: .utf8)
        let build = binary.deletingLastPathComponent().path + "/"
        return (result.stdout, accesses(in: trace, allowedReads: [build]))
    }

    /// Folders the system reads from: libraries, fonts, configuration, kernel files.
    static let systemFolders = ["/etc/", "/usr/", "/lib/", "/lib64/", "/opt/", "/proc/", "/sys/", "/dev/", "/var/cache/fontconfig/",
                                "/root/.cache/fontconfig/", "/root/.fontconfig/"]

    /// The traced calls that touch a file outside the allowed folders, or write anywhere
    /// but a device or fontconfig's cache.
    static func accesses(in trace: String, allowedReads: [String]) -> [Access] {
        var out: [Access] = []
        for line in trace.split(separator: "\n").map(String.init) {
            guard let open = line.firstIndex(of: "("), let q1 = line[open...].firstIndex(of: "\""),
                  let q2 = line[line.index(after: q1)...].firstIndex(of: "\"") else { continue }
            let call = String(line[..<open].split(separator: " ").last ?? "")
            let path = String(line[line.index(after: q1)..<q2])
            let writes = ["O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC"].contains { line.contains($0) }
                || ["creat", "mkdir", "mkdirat", "unlink", "unlinkat", "rename", "renameat", "renameat2", "truncate"].contains(call)
            let allowed: Bool
            if writes {
                allowed = path.hasPrefix("/dev/") || path.contains("/fontconfig/")
            } else {
                allowed = path.hasPrefix("/") && (systemFolders + allowedReads).contains { path.hasPrefix($0) || path + "/" == $0 }
            }
            if !allowed { out.append(Access(call: call, path: path, line: line)) }
        }
        return out
    }

    @Test("rows from Swift, PNG bytes out: no file outside the system is opened, nothing is written",
          .enabled(if: strace != nil, "needs strace (Debian package strace) to list the files a render opens"),
          .enabled(if: ProcessInfo.processInfo.environment[childVariable] == nil))
    func memoryRender() throws {
        let (output, accesses) = try Self.traced("memory")
        #expect(output.contains("CHILD-RESULT png"), "the child did not render: \(output.suffix(2000))")
        #expect(accesses.isEmpty, "file accesses:\n\(accesses.map(\.description).joined(separator: "\n"))")
    }

    @Test("a data URL without a data root is refused without looking for the file",
          .enabled(if: strace != nil, "needs strace (Debian package strace) to list the files a render opens"),
          .enabled(if: ProcessInfo.processInfo.environment[childVariable] == nil))
    func urlWithoutRoot() throws {
        let (output, accesses) = try Self.traced("url-without-root")
        #expect(output.contains("CHILD-RESULT error") && output.contains("no data root was given"), "\(output.suffix(2000))")
        #expect(accesses.isEmpty, "file accesses:\n\(accesses.map(\.description).joined(separator: "\n"))")
    }

    @Test("the check fails for a spec that reads a data URL inside the root it is given",
          .enabled(if: strace != nil, "needs strace (Debian package strace) to list the files a render opens"),
          .enabled(if: ProcessInfo.processInfo.environment[childVariable] == nil))
    func checkCanFail() throws {
        let root = try TestPipeline.temporaryFolder("no-file-access-root")
        defer { try? FileManager.default.removeItem(at: root) }
        try "offence,count\nPossession,545\nTaking,1098\n".write(to: root.appendingPathComponent("offences.csv"), atomically: true, encoding: .utf8)
        let (output, accesses) = try Self.traced("url-with-root", root: root)
        #expect(output.contains("CHILD-RESULT png"), "\(output.suffix(2000))")
        #expect(accesses.contains { $0.path.hasSuffix("offences.csv") }, "the read of offences.csv was not found: \(accesses)")
    }
}
