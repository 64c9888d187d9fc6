import Chartsmith
import ChartsmithTestSupport
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
    try TestPipeline.temporaryFolder(name)
}

/// The scene of an inline spec, rendered the way the command line renders a file, through
/// the real pipeline (``TestPipeline``).
func inlineScene(_ json: String, files: [String: String] = [:]) throws -> Scene {
    try TestPipeline.scene(json, files: files)
}
