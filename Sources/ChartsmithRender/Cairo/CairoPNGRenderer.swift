import CChartsmithCairo
import ChartsmithFormat
import ChartsmithScene

/// Draws a scene into a PNG with Cairo: `ceil(width × scale) × ceil(height × scale)`
/// pixels, with text chunks for the title, alt text and software.
public struct CairoPNGRenderer: SceneRenderer {
    /// The fonts and settings drawing is done with.
    public var cairo: CairoRenderer

    public var format: OutputFormat { .png }

    public func render(_ scene: Scene, scale: Double) throws -> [UInt8] {
        try cairo.validate(scene, scale: scale)
        let surface = try StageClock.measure(.draw) { try cairo.drawImage(scene, scale: scale) }
        defer { cairo_surface_destroy(surface) }
        // Batch/benchmark change: Chartsmith's own encoder (PNGEncoder.swift) replaces
        // cairo_surface_write_to_png_stream — same pixels, similar size, about 3× faster.
        let png = try StageClock.measure(.encode) { try PNGEncoder.encode(surface) }
        var entries: [(keyword: String, text: String)] = []
        if let title = scene.metadata.title { entries.append(("Title", title)) }
        if let description = scene.metadata.description { entries.append(("Description", description)) }
        entries.append(("Software", CairoRenderer.software))
        return try PNGTextChunks.inserting(entries, into: png)
    }
}
