import CChartsmithCairo
import CChartsmithPango
import ChartsmithScene
import Foundation

/// Renders a ``Scene`` to PNG, PDF or SVG, drawing text through PangoCairo: the
/// fonts and settings the Cairo ``SceneRenderer``s (``CairoPNGRenderer``, ``CairoPDFRenderer``,
/// ``CairoSVGRenderer``) share, and the drawing they have in common.
///
/// Output is deterministic: the same scene gives the same bytes in every run and within
/// one process however many other scenes were rendered in between. To that end the fonts
/// come from a pinned ``FontLibrary``, the PDF carries a fixed creation date, and Cairo's
/// process-wide SVG ids are renumbered.
///
/// A renderer is a small value; it is safe to render from many threads at once.
///
/// Text is drawn with Pango at each ``TextNode``'s anchor, its line box placed as
/// ``TextNode/boxOffset`` describes and turned about the anchor by `angle`. The box is
/// computed from Pango's metrics for the text at draw time, which equal the node's stored
/// metrics when the layout measured with ``PangoTextMeasurer``. PDF text is real text
/// (embedded TrueType subsets, extractable); Cairo's SVG text is glyph outlines, as Cairo
/// 1.16 allows no better (``OutputFormat/svgOutlines``), so the `svg` format is drawn by
/// ``SVGRenderer`` instead, with the same fonts.
///
/// Scenes are in points. A PNG has `ceil(width × scale) × ceil(height × scale)` pixels, so
/// one point is one pixel at scale 1. PDF and SVG pages measure `width × scale` by
/// `height × scale` points, with the drawing scaled to match.
public struct CairoRenderer: Sendable {
    /// The largest raster side Cairo supports.
    public static let maximumPixelsPerSide = 32_767
    /// The largest raster, in pixels (1 GiB of 32-bit pixels).
    public static let maximumPixelCount = 1 << 28
    /// The software name written into PNG, PDF and SVG output.
    public static let software = "Chartsmith"
    /// The creation and modification date written into PDFs unless another is given.
    public static let fixedDocumentDate = "2000-01-01T00:00:00Z"

    /// The fonts text is drawn with.
    public var fontLibrary: FontLibrary
    /// The PDF creation and modification date, ISO 8601 (`YYYY-MM-DDThh:mm:ss` plus an
    /// optional `Z` or `±hh:mm`). Fixed by default so PDFs are byte-identical across runs.
    public var documentDate: String
    /// Whether long lines in a PDF or SVG are thinned to ``vectorTolerance`` before drawing
    /// (``LineDecimation``). On by default; tests turn it off to compare with every point.
    public var decimatesLines = true
    /// Whether long round-joined lines in a PNG are thinned where provably no pixel changes
    /// (``PixelThinning``). Off by default: on dense random walks it drops 10–30% of the
    /// points but costs more time than Cairo saves drawing them (README, big data).
    public var thinsPixelLines = false
    /// Whether long round-joined lines in a PNG are stroked in bands of pixel rows drawn in
    /// parallel (``BandedStroke``), with the pixels of stroking them whole. On by default;
    /// tests turn it off to compare.
    public var bandsPixelLines = true
    /// Bands per long line when set (tests only); nil decides by the line's length and the
    /// processors.
    var pixelLineBands: Int?
    /// Replaces ``BandedStroke/margin`` (tests only, to show a smaller one changes pixels).
    var pixelLineBandMargin = BandedStroke.margin
    /// How far, in points of the page, a thinned line in a PDF or SVG may pass from a
    /// dropped point: 0.1 pt, a tenth of the thinnest line a chart draws at print size.
    public static let vectorTolerance = 0.1

    /// A renderer drawing with `fontLibrary`, stamping PDFs with `documentDate`.
    public init(fontLibrary: FontLibrary = .shared, documentDate: String = CairoRenderer.fixedDocumentDate) {
        self.fontLibrary = fontLibrary
        self.documentDate = documentDate
    }

    /// The encoded file for `scene` in `format`, drawn by the format's renderer
    /// (``OutputFormat/renderer(using:)``) with this renderer's fonts and settings.
    ///
    /// - Parameter scale: PNG pixels per point; PDF and SVG pages are scaled likewise.
    /// - Throws: ``RenderError`` for an invalid canvas, scale or geometry, a raster beyond
    ///   Cairo's limits, or a Cairo failure.
    public func render(_ scene: Scene, as format: OutputFormat, scale: Double = 1) throws -> [UInt8] {
        try format.renderer(using: self).render(scene, scale: scale)
    }

    /// Renders `scene` and writes it to `url` atomically.
    ///
    /// The scene is rendered in memory first, then written to a temporary file in the
    /// destination folder and renamed over `url`. On any failure the temporary file is
    /// removed; an existing file at `url` is either replaced whole or left untouched.
    public func write(_ scene: Scene, as format: OutputFormat, to url: URL, scale: Double = 1) throws {
        let bytes = try render(scene, as: format, scale: scale)
        try AtomicFile.write(bytes, to: url)
    }

    /// The scene drawn into pixels, without a PNG round trip: what ``render(_:as:scale:)``
    /// would encode as PNG.
    public func rasterize(_ scene: Scene, scale: Double = 1) throws -> RasterImage {
        try validate(scene, scale: scale)
        let surface = try drawImage(scene, scale: scale)
        defer { cairo_surface_destroy(surface) }
        return RasterImage(surface: surface)
    }

    /// The pixel size of the PNG for `scene` at `scale`: each side rounded up.
    public static func pixelSize(of scene: Scene, scale: Double = 1) -> (width: Int, height: Int) {
        let w = (scene.width * scale).rounded(.up), h = (scene.height * scale).rounded(.up)
        func clampInt(_ v: Double) -> Int { v.isFinite ? Int(min(max(v, 0), Double(Int32.max))) : Int(Int32.max) }
        return (clampInt(w), clampInt(h))
    }

    // MARK: Drawing, shared by the format renderers

    func validate(_ scene: Scene, scale: Double) throws {
        guard scene.width.isFinite, scene.height.isFinite, scene.width > 0, scene.height > 0 else {
            throw RenderError.invalidCanvas(width: scene.width, height: scene.height)
        }
        guard scale.isFinite, scale > 0 else { throw RenderError.invalidScale(scale) }
    }

    /// An ARGB32 image surface with the scene drawn on it; the caller destroys it.
    func drawImage(_ scene: Scene, scale: Double) throws -> OpaquePointer {
        let (w, h) = Self.pixelSize(of: scene, scale: scale)
        guard w <= Self.maximumPixelsPerSide, h <= Self.maximumPixelsPerSide, w * h <= Self.maximumPixelCount else {
            throw RenderError.canvasTooLarge(width: w, height: h)
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(w), Int32(h)) else {
            throw RenderError.cairo(operation: "creating the image surface", status: "no surface")
        }
        do {
            try check(surface, "creating the \(w)×\(h) image surface")
            try draw(scene, on: surface, scale: scale, raster: true)
            cairo_surface_flush(surface)
            return surface
        } catch {
            cairo_surface_destroy(surface)
            throw error
        }
    }

    func draw(_ scene: Scene, on surface: OpaquePointer, scale: Double, raster: Bool) throws {
        guard let cr = cairo_create(surface) else {
            throw RenderError.cairo(operation: "creating the drawing context", status: "no context")
        }
        defer { cairo_destroy(cr) }
        cairo_scale(cr, scale, scale)
        try fontLibrary.including(fontFiles: scene.metadata.fontFiles).withSession { session in
            let column = decimatesLines && !raster ? Self.vectorTolerance / scale : 0
            let pixels = thinsPixelLines && raster ? scale : 0
            var drawer = SceneDrawer(cr: cr, session: session, decimation: column, pixelThinning: pixels)
            if raster, bandsPixelLines, !thinsPixelLines {
                drawer.bandScale = scale
                drawer.bands = pixelLineBands
                drawer.bandMargin = pixelLineBandMargin
            }
            try drawer.draw(scene)
        }
        let status = cairo_status(cr)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError.cairo(operation: "drawing", status: cairoStatusDescription(status))
        }
    }

    func check(_ surface: OpaquePointer, _ operation: String) throws {
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError.cairo(operation: operation, status: cairoStatusDescription(status))
        }
    }
}
