import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// The encodings every panel of a frame shares and its legend shows: colour, dash,
/// shape, and a quantitative opacity's and size's scales (for their legends).
struct SharedScales {
    var color: ColorScale?
    var dash: DashScale?
    var shapes: ShapeScale?
    var opacityLegend: OpacityLegendScale?
    var sizeLegend: SizeLegendScale?
    /// Size, opacity and stroke width by a field (``MagnitudeScales``).
    var magnitudes = MagnitudeScales()
    /// The scale a line-width legend shows: the stroke width's, else a trail's size (its width).
    var widthLegend: MagnitudeScale?

    static func resolve(views: [PreparedView], theme: Theme, kit: TextKit) throws -> SharedScales {
        var s = SharedScales()
        s.color = try ColorScale.resolve(views: views, theme: theme)
        s.dash = DashScale.resolve(views: views)
        s.shapes = ShapeScale.resolve(views: views)
        s.magnitudes = MagnitudeScales.resolve(views: views, theme: theme)
        let builder = MarkBuilder(views: views, x: nil, y: nil, color: s.color, dash: s.dash, theme: theme, kit: kit,
                                  plot: Rect(x: 0, y: 0, width: 0, height: 0), magnitudes: s.magnitudes)
        s.opacityLegend = OpacityLegendScale.resolve(views: views, builder: builder)
        s.sizeLegend = SizeLegendScale.resolve(views: views, builder: builder)
        let trailSized = views.contains { $0.mark.type == .trail && $0.encoding[.size]?.outputField != nil }
        s.widthLegend = s.magnitudes[.strokeWidth] ?? (trailSized ? s.magnitudes[.size] : nil)
        return s
    }
}
