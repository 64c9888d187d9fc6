import ChartsmithScene

/// Draws a ``Scene`` into the bytes of one file format. Each ``OutputFormat`` names the
/// renderer that draws it (``OutputFormat/renderer(using:)``), so a new backend for a
/// format (an SVG writer of our own, say) is one conforming type and one line there.
public protocol SceneRenderer: Sendable {
    /// The format this renderer writes.
    var format: OutputFormat { get }

    /// The encoded file for `scene`.
    ///
    /// - Parameter scale: pixels per point for a raster format; vector pages are scaled
    ///   likewise.
    /// - Throws: ``RenderError`` for an invalid canvas, scale or geometry, a canvas beyond
    ///   the backend's limits, or a backend failure.
    func render(_ scene: Scene, scale: Double) throws -> [UInt8]
}
