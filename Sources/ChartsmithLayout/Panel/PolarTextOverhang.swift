import ChartsmithData
import ChartsmithScene

/// Room beyond the plot that polar text needs (labels set around a radial chart by `theta`
/// and `radius`, such as the hour labels outside the gallery's polar bar chart): Vega's
/// default autosize (`pad`) grows the view to hold every mark, so none leaves the canvas.
extension Panel {
    /// How far the panel's polar text marks reach past each edge of a plot of this size
    /// (zero where they stay inside), found by setting them as drawing will.
    func polarTextOverhang(plot: Size) throws -> PanelInsets {
        let polarText = views.filter { $0.mark.type == .text && ($0.encoding[.theta] != nil || $0.encoding[.radius] != nil) }
        guard !polarText.isEmpty, plot.width > 0, plot.height > 0 else { return PanelInsets() }
        let rect = Rect(x: 0, y: 0, width: plot.width, height: plot.height)
        let builder = MarkBuilder(views: views, x: nil, y: nil, color: shared.color, dash: shared.dash, theme: theme, kit: kit,
                                  plot: rect, shapes: shared.shapes, magnitudes: shared.magnitudes)
        var out = PanelInsets()
        for v in polarText {
            for case .text(let t) in try TextMark().draw(v, builder.encoder, kit: kit) {
                let b = t.bounds
                out.left = max(out.left, -b.minX)
                out.right = max(out.right, b.maxX - rect.maxX)
                out.top = max(out.top, -b.minY)
                out.bottom = max(out.bottom, b.maxY - rect.maxY)
            }
        }
        return out
    }
}
