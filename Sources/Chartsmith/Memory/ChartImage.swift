import ChartsmithRender
import ChartsmithScene
import ChartsmithSpec
import Foundation

/// A chart rendered in memory: the bytes of one file format, and the warnings its checks
/// raised (returned as values, never printed).
public struct ChartImage: Sendable {
    /// The encoded file: a PNG, PDF or SVG document.
    public var data: Data
    /// The format `data` is in.
    public var format: OutputFormat
    /// The scene that was drawn (sizes in points).
    public var scene: Scene
    /// Contrast, style and empty-data warnings, each naming the spec (`<spec>` for one
    /// given in memory).
    public var warnings: [Diagnostic]

    /// An image of `scene` in `format`.
    public init(data: Data, format: OutputFormat, scene: Scene, warnings: [Diagnostic]) {
        self.data = data
        self.format = format
        self.scene = scene
        self.warnings = warnings
    }
}
