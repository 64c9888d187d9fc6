import Chartsmith
import Foundation

/// The repository's top folder, found from this file's path.
let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Every spec in `Examples/`.
func exampleSpecs() throws -> [URL] {
    let folder = repositoryRoot.appendingPathComponent("Examples")
    return try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        .filter { $0.pathExtension == "json" }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
}

/// A fresh temporary folder.
func temporaryFolder(_ name: String = "chartsmith-tests") throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(name)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// The scene of an inline spec, rendered the way the command line renders a file: written to
/// a fresh temporary folder (so relative data paths start there), then read back.
func inlineScene(_ json: String, files: [String: String] = [:]) throws -> Scene {
    let folder = try temporaryFolder("chartsmith-inline")
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
    let url = folder.appendingPathComponent("spec.json")
    try Data(json.utf8).write(to: url)
    return try ChartRenderer().scene(forSpecAt: url)
}
