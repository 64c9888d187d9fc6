import Chartsmith
import Foundation

/// One spec file found for a batch, with where its outputs go.
public struct BatchSpec: Sendable, Hashable {
    /// The spec file.
    public var url: URL
    /// The path as the user would recognise it: the argument's spelling joined with the
    /// path below it (`specs/a/b.json`). Used in messages and JSON lines.
    public var displayPath: String
    /// The path below the folder or glob root it was found in (`a/b.json`), or the file
    /// name for a spec named directly. Outputs mirror it; shards are assigned by it.
    public var relativePath: String
    /// Whether it was found by walking a folder (rather than named or matched by a glob);
    /// such files are dropped if another spec reads them as data.
    public var foundInFolder: Bool

    public init(url: URL, displayPath: String, relativePath: String, foundInFolder: Bool = false) {
        self.url = url
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.foundInFolder = foundInFolder
    }

    /// The output path without extension, relative to the output folder: the relative
    /// folder plus ``ChartRenderer/outputName(for:)`` (`a/b`).
    public var outputStem: String {
        let name = ChartRenderer.outputName(for: url)
        let folder = (relativePath as NSString).deletingLastPathComponent
        return folder.isEmpty ? name : folder + "/" + name
    }

    /// The output path for one format, relative to the output folder (`a/b.png`).
    public func outputPath(_ format: OutputFormat) -> String {
        outputStem + "." + format.fileExtension
    }
}
