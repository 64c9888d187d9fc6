import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// Draws each view's rows as its kind of mark draws them (``MarkKinds``, `Marks/`), on one
/// set of scales: one scene group per layer.
struct MarkBuilder {
    /// The rows' encoder on these scales, shared with the labels.
    let encoder: RowEncoder
    let kit: TextKit
    /// The index in the chart of the first of `views` (a chart drawn by several builders,
    /// one per set of independent scales), for the layers' group names.
    var firstLayer = 0

    init(views: [PreparedView], x: PositionScale?, y: PositionScale?, color: ColorScale?, dash: DashScale?,
         theme: Theme, kit: TextKit, plot: Rect, shapes: ShapeScale? = nil, magnitudes: MagnitudeScales? = nil) {
        encoder = RowEncoder(views: views, x: x, y: y, colorScale: color, dashScale: dash, shapeScale: shapes, theme: theme, plot: plot,
                             magnitudes: magnitudes ?? MagnitudeScales.resolve(views: views, theme: theme))
        self.kit = kit
    }

    var views: [PreparedView] { encoder.views }
    var x: PositionScale? { encoder.x }
    var y: PositionScale? { encoder.y }
    var color: ColorScale? { encoder.colorScale }
    var dash: DashScale? { encoder.dashScale }
    var shapes: ShapeScale? { encoder.shapeScale }
    var theme: Theme { encoder.theme }
    var plot: Rect { encoder.plot }

    func build() throws -> [SceneNode] {
        try RowRules.shared.check(views)
        var out: [SceneNode] = []
        for (i, v) in views.enumerated() {
            let nodes = try MarkKinds.kind(of: v).draw(v, encoder, kit: kit)
            out.append(.group(GroupNode(children: nodes, clip: v.mark.clip == true ? plot : nil, role: .mark,
                                        name: "layer \(firstLayer + i) \(v.mark.type.rawValue)")))
        }
        return out
    }

    /// A text mark's vertical alignment (``TextMark/baseline(_:)``).
    static func baseline(_ s: String?) -> TextNode.Baseline { TextMark.baseline(s) }
}
