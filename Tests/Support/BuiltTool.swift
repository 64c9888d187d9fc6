import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs the package's built executables (`chartsmith`, the fuzz replayers) from tests, as a
/// user would: shared by every test target that drives the command line.
public enum BuiltTool {
    /// The built executable `name`: tests run from `.build/<config>/…PackageTests.xctest`,
    /// and the executables sit in a folder above it.
    public static func url(_ name: String = "chartsmith") -> URL {
        var dir = Bundle.main.bundleURL
        while !FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path) && dir.path != "/" {
            dir.deleteLastPathComponent()
        }
        return dir.appendingPathComponent(name)
    }

    /// The folder the built executables are in.
    public static var folder: URL { url().deletingLastPathComponent() }

    /// How a run ended and what it printed.
    public struct Result: Sendable {
        public var status: Int32
        /// Whether the process died of a signal (a crash, or a kill) rather than exiting.
        public var signalled: Bool
        /// Whether it was killed for running past its time limit (a hang).
        public var timedOut: Bool
        public var stdout: String
        public var stderr: String
    }

    /// Runs `executable` with `arguments` in `folder`, with `environment` changes (a nil value
    /// removes a variable), killing it after `timeLimit` seconds. Output goes to files rather
    /// than pipes, so nothing blocks however much the process prints.
    public static func run(_ executable: URL, _ arguments: [String], in folder: URL,
                           environment: [String: String?] = [:], timeLimit: Double = 120) throws -> Result {
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        p.currentDirectoryURL = folder
        if !environment.isEmpty {
            var env = ProcessInfo.processInfo.environment
            for (k, v) in environment { env[k] = v }
            p.environment = env
        }
        let logs = FileManager.default.temporaryDirectory.appendingPathComponent("chartsmith-run-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: logs) }
        let outURL = logs.appendingPathComponent("stdout"), errURL = logs.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let deadline = Date().addingTimeInterval(timeLimit)
        var timedOut = false
        while p.isRunning {
            if Date() > deadline {
                kill(p.processIdentifier, SIGKILL)
                timedOut = true
                break
            }
            usleep(2_000)
        }
        p.waitUntilExit()
        try? out.close()
        try? err.close()
        return Result(status: p.terminationStatus, signalled: p.terminationReason == .uncaughtSignal, timedOut: timedOut,
                      stdout: String(decoding: (try? Data(contentsOf: outURL)) ?? Data(), as: UTF8.self),
                      stderr: String(decoding: (try? Data(contentsOf: errURL)) ?? Data(), as: UTF8.self))
    }
}
