import ChartsmithData
import ChartsmithSpec
import Foundation

/// The files a spec reads besides itself: its data files and its house style.
///
/// Data URLs are resolved exactly as ``ChartRenderer`` resolves them when rendering
/// (``DataLoader/resolve(_:)`` against the spec's folder and the data root), for the spec's
/// own `data` and every layer's. Inline values and sequences read no file.
public struct SpecInputs: Sendable, Hashable {
    /// The `data.url` strings as written, in order of first appearance, without repeats.
    public var dataURLs: [String]
    /// The files they resolve to (same order); nil where a URL cannot be resolved
    /// (a network URL, or a path leaving the data root): rendering reports those.
    public var dataFiles: [URL?]
    /// The spec's own style (its `style` key, or `config.extends`), a name or a path, if any.
    public var style: String?

    public init(dataURLs: [String] = [], dataFiles: [URL?] = [], style: String? = nil) {
        self.dataURLs = dataURLs
        self.dataFiles = dataFiles
        self.style = style
    }

    /// Decodes the spec at `url` and lists what it reads.
    ///
    /// - Throws: ``ChartsmithError`` when the spec cannot be read or decoded (the same
    ///   message `chartsmith render` gives).
    public static func of(specAt url: URL, dataRoot: URL? = nil) throws -> SpecInputs {
        let spec = try ChartRenderer().decode(specAt: url)
        return of(spec, baseFolder: url.deletingLastPathComponent(), dataRoot: dataRoot)
    }

    /// What a decoded spec reads, with relative paths starting at `baseFolder`.
    public static func of(_ spec: ChartSpec, baseFolder: URL, dataRoot: URL? = nil) -> SpecInputs {
        let loader = DataLoader(baseFolder: baseFolder, dataRoot: dataRoot)
        var inputs = SpecInputs(style: spec.style ?? spec.config.extends?.value)
        for data in [spec.data] + spec.layers.map(\.data) {
            guard case .url(let path, _)? = data, !inputs.dataURLs.contains(path) else { continue }
            inputs.dataURLs.append(path)
            inputs.dataFiles.append(try? loader.resolve(path))
        }
        return inputs
    }
}
