import Chartsmith
import Foundation

/// Runs specs through the real ``ChartPipeline`` for the test targets (styles, expression
/// folding, checks and all), so no test builds a pipeline of its own that production
/// never runs.
public enum TestPipeline {
    /// A fresh temporary folder.
    public static func temporaryFolder(_ name: String = "chartsmith-tests") throws -> URL {
        try TestScratch.folder(name)
    }

    /// The chart of an inline spec, built the way the command line builds a file: written
    /// with `files` to a fresh temporary folder (so relative data paths start there), then
    /// read back through `pipeline`.
    public static func chart(_ json: String, files: [String: String] = [:],
                             pipeline: ChartPipeline = ChartPipeline()) throws -> RenderedChart {
        let folder = try temporaryFolder("chartsmith-inline")
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        let url = folder.appendingPathComponent("spec.json")
        try Data(json.utf8).write(to: url)
        return try pipeline.chart(forSpecAt: url)
    }

    /// The scene of an inline spec (see ``chart(_:files:pipeline:)``).
    public static func scene(_ json: String, files: [String: String] = [:],
                             pipeline: ChartPipeline = ChartPipeline()) throws -> Scene {
        try chart(json, files: files, pipeline: pipeline).scene
    }
}
