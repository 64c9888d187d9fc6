import Chartsmith
import ChartsmithData
import ChartsmithSpec
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
    /// The folder it was found beneath (a searched folder, or a glob's literal base), whose
    /// bounds its bytes are read within; nil for a spec named directly, which may be any
    /// regular file the user points at.
    public var root: URL?

    public init(url: URL, displayPath: String, relativePath: String, foundInFolder: Bool = false, root: URL? = nil) {
        self.url = url
        self.displayPath = displayPath
        self.relativePath = relativePath
        self.foundInFolder = foundInFolder
        self.root = root
    }

    /// The spec file's bytes. A spec found in a folder or by a glob is opened beneath its
    /// ``root`` with `O_NOFOLLOW` on every component (``ContainedFile``), so a folder
    /// swapped for a link out after the search cannot make the batch read an outside file;
    /// a spec named directly is read as `render` reads it (``RegularFile``: a regular file,
    /// checked on its open descriptor).
    public func read() throws -> [UInt8] {
        guard let root else {
            do { return try RegularFile.read(url.path) } catch {
                throw ChartsmithError(file: url.path, message: "cannot read the spec file: \(error.reason)")
            }
        }
        do {
            return try ContainedFile.read(relativePath: relativePath, beneath: root, maxBytes: RegularFile.defaultMaxBytes)
        } catch {
            throw ChartsmithError(file: url.path, message: "cannot read the spec file: \(error.reason)")
        }
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
