import ChartsmithScene
import ChartsmithSpec

/// A chart built from a spec: its scene and the warnings its checks raised.
public struct RenderedChart: Sendable {
    public var scene: Scene
    /// Contrast problems of the chart as drawn and of its style, each naming the file
    /// (`chart.json: warning: ...`).
    public var warnings: [Diagnostic]

    public init(scene: Scene, warnings: [Diagnostic] = []) {
        self.scene = scene
        self.warnings = warnings
    }
}
