import ChartsmithFormat
import ChartsmithRender
import ChartsmithScene
import Foundation

extension ChartPipeline {
    /// Stage 6: draws a scene into the bytes of one output format.
    public func draw(_ scene: Scene, as format: OutputFormat, scale: Double = 1) throws -> [UInt8] {
        try cairo.render(scene, as: format, scale: scale)
    }

    /// The scale a format is drawn at: `requested` (`--scale`) if given, else PNG at the
    /// ``size`` preset's density (1 without one) and PDF and SVG at their size in points.
    public func scale(for format: OutputFormat, requested: Double?) -> Double {
        requested ?? (format.isRaster ? size?.pixelScale ?? 1 : 1)
    }

    /// The time spent so far in each stage (parse, transform, layout, draw, encode), one
    /// line, when the environment sets `CHARTSMITH_STAGE_TIMES`; nil otherwise. For
    /// `chartsmith-bench`, which reads it from `chartsmith render`'s standard error.
    public static var stageTimes: String? { StageClock.isOn ? StageClock.report() : nil }

    /// Stage 6: draws a scene into `url`, atomically.
    public func write(_ scene: Scene, as format: OutputFormat, to url: URL, scale: Double = 1) throws {
        try cairo.write(scene, as: format, to: url, scale: scale)
    }
}
