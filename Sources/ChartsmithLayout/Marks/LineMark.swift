import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// Lines: one stroked path per series through its points, with the points shown when
/// asked for, valued when few, and the series named at their ends (direct labels).
struct LineMark: MarkKind {
    var types: [MarkType] { [.line] }

    var groupAxisIsDimension: Bool { true }
    var strokeIsColor: Bool { true }
    var legendSymbol: LegendSymbol { .line }
    func valueLabels(_ v: PreparedView) -> ValueLabelKind { v.mark.point ? .points : .none }
    func directLabelRole(_ v: PreparedView) -> DirectLabelRole { .invites }
    func chartNoun(_ v: PreparedView) -> String { "Line" }

    func draw(_ v: PreparedView, _ e: RowEncoder, kit: TextKit) -> [SceneNode] {
        SeriesDrawing.draw(v, e, area: false)
    }
}
