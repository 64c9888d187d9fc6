import ChartsmithData

/// Bounds on what one spec may ask for, so that hostile or mistaken input fails fast with a
/// clear message instead of exhausting memory or time.
///
/// Every default is far beyond what a policy briefing needs (a briefing chart is about
/// 600×400 points, a few hundred rows and a dozen series), so a real chart never meets one.
/// Each limit can be raised or lowered from Swift, or on the command line with
/// `--limit NAME=VALUE` (see ``optionNames``):
///
/// | Limit | Option name | Default |
/// |---|---|---|
/// | ``maxCanvasSide`` | `canvas-side` | 14,400 points (200 inches, the largest PDF page) |
/// | ``maxCanvasArea`` | `canvas-area` | 50,000,000 square points (about 7,000 × 7,000) |
/// | ``maxPixelsPerSide`` | `pixels-side` | 32,767 pixels (Cairo's own limit) |
/// | ``maxPixelCount`` | `pixels` | 100,000,000 pixels (400 MB of raster) |
/// | ``maxScale`` | `scale` | 16 |
/// | ``maxRows`` | `rows` | 1,000,000 rows per data source, and per table a transform makes |
/// | ``maxCells`` | `cells` | 20,000,000 cells (rows × fields) per data source or transformed table |
/// | ``maxSeries`` | `series` | 1,000 layers, or distinct series values in inline data |
/// | ``maxLabelLength`` | `label-length` | 2,000 characters in one piece of text |
/// | ``maxDataFileBytes`` | `data-bytes` | 256 MiB per data file |
/// | ``timeLimit`` | `time` | 120 seconds per spec (`render`, `batch`, `watch`, ``ChartRenderer``) |
///
/// The canvas and text limits are checked on the decoded spec (before any data is loaded)
/// and again on the finished scene; the pixel limits before a raster is allocated; the data
/// limits while a file is read.
///
/// Limits apply to rendering through the task-local ``current`` value:
///
/// ```swift
/// var limits = RenderLimits()
/// limits.maxRows = 5_000_000
/// try limits.apply {
///     try ChartRenderer().render(specAt: spec, formats: [.png], to: out)
/// }
/// ```
///
/// Task-local values follow structured concurrency (child tasks and `async let` inherit them);
/// work handed to a Dispatch queue or a `Thread` must call ``apply(_:)-2m0oj`` itself.
public struct RenderLimits: Sendable, Hashable {
    /// The largest canvas width or height, in points.
    public var maxCanvasSide: Double = 14_400
    /// The largest canvas area (width × height), in square points.
    public var maxCanvasArea: Double = 50_000_000
    /// The largest raster width or height, in pixels, after the scale is applied.
    public var maxPixelsPerSide: Int = 32_767
    /// The largest raster, in pixels, after the scale is applied.
    public var maxPixelCount: Int = 100_000_000
    /// The largest `--scale` (pixels per point, and the PDF/SVG page scale).
    public var maxScale: Double = 16
    /// The most rows one data source (a file, inline values or a sequence) may have, and
    /// any table a transform makes from it (checked before the transform builds it).
    public var maxRows: Int = 1_000_000
    /// The most cells (rows × fields) one data source or transformed table may have.
    public var maxCells: Int = 20_000_000
    /// The most layers, and the most distinct values of a series field (`color`, `detail`,
    /// `strokeDash` and the like) in inline data.
    public var maxSeries: Int = 1_000
    /// The most panels (cells) of a facet, concat or repeat.
    public var maxPanels: Int = 200
    /// The most characters in one piece of text: a title line, a note, an axis title, a
    /// category label.
    public var maxLabelLength: Int = 2_000
    /// The largest data file, in bytes; larger files are refused before they are read.
    public var maxDataFileBytes: Int = 256 << 20
    /// The most seconds one spec may take to build and draw, in every command and in
    /// ``ChartRenderer/renderReporting(specAt:formats:to:scale:)``.
    public var timeLimit: Double = 120

    /// The defaults described above.
    public init() {}

    /// The limits in force for the current task (``init()`` unless ``apply(_:)-2m0oj`` set
    /// others).
    @TaskLocal public static var current = RenderLimits()

    /// Runs `body` with these limits in force: as ``current``, and as the data loader's
    /// limits (rows and file size).
    public func apply<T>(_ body: () throws -> T) rethrows -> T {
        try RenderLimits.$current.withValue(self) {
            try DataLoader.$limits.withValue(dataLimits) { try body() }
        }
    }

    /// Runs `body` with these limits in force, for async code.
    public func apply<T>(_ body: () async throws -> T) async rethrows -> T {
        try await RenderLimits.$current.withValue(self) {
            try await DataLoader.$limits.withValue(dataLimits) { try await body() }
        }
    }

    /// The part of these limits the data loader enforces.
    public var dataLimits: DataLoader.Limits {
        DataLoader.Limits(maxRows: maxRows, maxFileBytes: maxDataFileBytes, maxCells: maxCells, maxLabelLength: maxLabelLength)
    }
}
