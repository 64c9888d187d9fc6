import ChartsmithTestSupport
import Foundation
import Testing

/// Runs the built executables (`chartsmith` and the fuzz replayers) as a user would.
enum Tool {
    /// The folder the test bundle's executables were built into.
    static var buildFolder: URL { BuiltTool.folder }

    /// The package root.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    typealias Result = BuiltTool.Result

    /// Runs `chartsmith` with `args`.
    static func chartsmith(_ args: [String], in folder: URL? = nil) throws -> Result {
        try run(buildFolder.appendingPathComponent("chartsmith").path, args, in: folder)
    }

    /// Runs `chartsmith` through `/bin/sh`, after `setup` (for `ulimit` and `trap`).
    static func chartsmith(shellSetup setup: String, _ args: [String], in folder: URL? = nil) throws -> Result {
        let quoted = ([buildFolder.appendingPathComponent("chartsmith").path] + args).map(shellQuote).joined(separator: " ")
        return try run("/bin/sh", ["-c", "\(setup); exec \(quoted)"], in: folder)
    }

    static func shellQuote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    static func run(_ executable: String, _ args: [String], in folder: URL? = nil, timeLimit: Double = 120) throws -> Result {
        try BuiltTool.run(URL(fileURLWithPath: executable), args, in: folder ?? root, timeLimit: timeLimit)
    }

    /// The folder every test's files go in, removed when the test process exits.
    static let sessionFolder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chartsmith-hardening-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: Tool.sessionFolder) }
        return url
    }()

    /// A fresh empty folder.
    static func temporaryFolder(_ label: String = "hardening") throws -> URL {
        let url = sessionFolder.appendingPathComponent("\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every name in a folder, hidden ones included, sorted.
    static func contents(of folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }
}

extension URL {
    /// Writes `text` as UTF-8 to `name` inside this folder (creating subfolders) and returns its URL.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> URL {
        try write(name, bytes: Array(text.utf8))
    }

    /// Writes raw bytes to `name` inside this folder (creating subfolders) and returns its URL.
    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> URL {
        let url = appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
        return url
    }
}

/// Whether bytes are a complete file of their kind: a PNG ending in its IEND chunk, a PDF
/// ending in `%%EOF`, an SVG ending in `</svg>`.
func isComplete(_ data: Data, name: String) -> Bool {
    let bytes = [UInt8](data)
    if name.hasSuffix(".png") {
        let iend: [UInt8] = [0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]
        return bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]) && bytes.count > 12 && Array(bytes.suffix(8)) == iend
    }
    let text = String(decoding: bytes.suffix(64), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    if name.hasSuffix(".pdf") { return bytes.starts(with: Array("%PDF".utf8)) && text.hasSuffix("%%EOF") }
    if name.hasSuffix(".svg") { return text.hasSuffix("</svg>") }
    if name.hasSuffix(".html") { return text.lowercased().hasSuffix("</html>") }
    if name.hasSuffix(".json") { return (try? JSONSerialization.jsonObject(with: data)) != nil }
    return true
}
