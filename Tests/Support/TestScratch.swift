import Foundation

/// The scratch folder of one test process: every temporary folder a test makes goes inside
/// it, and it is removed when the process exits, so a test run leaves nothing behind in
/// `$TMPDIR` even where a test does not clean up after itself.
public enum TestScratch {
    /// `$TMPDIR/chartsmith-tests-<pid>`, made on first use and removed at exit.
    public static let sessionFolder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chartsmith-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestScratch.sessionFolder) }
        return url
    }()

    /// A fresh, empty folder named `name-<uuid>` inside ``sessionFolder``.
    public static func folder(_ name: String) throws -> URL {
        let url = sessionFolder.appendingPathComponent("\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
