import ChartsmithTestSupport
import Chartsmith
import Foundation

/// The repository's top folder, found from this file's path.
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Every spec in `Examples/`, sorted.
func exampleSpecs() throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: repositoryRoot.appendingPathComponent("Examples"), includingPropertiesForKeys: nil)
        .filter { $0.pathExtension == "json" }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
}

/// Every style file in `Styles/`, sorted.
func styleFiles() throws -> [URL] {
    try FileManager.default.contentsOfDirectory(at: repositoryRoot.appendingPathComponent("Styles"), includingPropertiesForKeys: nil)
        .filter { $0.pathExtension == "json" }
        .sorted { $0.lastPathComponent < $1.lastPathComponent }
}

/// The style names of the files in `Styles/`.
func styleNames() throws -> [String] {
    try styleFiles().map { $0.deletingPathExtension().lastPathComponent }
}

/// A fresh temporary folder.
func temporaryFolder(_ name: String = "chartsmith-styles") throws -> URL {
    try TestScratch.folder(name)
}

/// Writes `text` to `name` in `folder` and returns its URL.
@discardableResult
func write(_ text: String, to name: String, in folder: URL) throws -> URL {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
    return url
}

/// A folder holding a copy of the seed data (`data/offenders-2010.csv`) for specs written
/// by tests, so they chart only the seed figures.
func seedFolder() throws -> URL {
    let folder = try temporaryFolder("chartsmith-styles-seed")
    let data = folder.appendingPathComponent("data")
    try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
    for name in ["offenders-2010.csv", "totals-2003-2010.csv"] {
        try FileManager.default.copyItem(at: repositoryRoot.appendingPathComponent("Examples/data/\(name)"),
                                         to: data.appendingPathComponent(name))
    }
    return folder
}

/// A stacked bar spec over the seed figures, with `extra` JSON members added at the top.
func stackedSpec(_ extra: String = "") -> String {
    """
    {
      \(extra)\(extra.isEmpty ? "" : ",")
      "title": {"text": "Offenders by offence and outcome, 2010", "subtitle": "England and Wales"},
      "source": "Source: Ministry of Justice (Freedom of Information request)",
      "autosize": "fit", "width": 640, "height": 400,
      "data": {"url": "data/offenders-2010.csv"},
      "mark": "bar",
      "encoding": {
        "x": {"field": "offence", "type": "nominal", "title": null},
        "y": {"field": "offenders", "type": "quantitative", "aggregate": "sum", "title": "Offenders"},
        "color": {"field": "outcome", "type": "nominal", "legend": {"title": null}}
      }
    }
    """
}

/// Runs the built `chartsmith` binary from the repository's top folder.
enum CLI {
    static var binary: URL { BuiltTool.url() }

    typealias Result = BuiltTool.Result

    static func run(_ args: [String], in folder: URL = repositoryRoot) throws -> Result {
        try BuiltTool.run(binary, args, in: folder)
    }
}
