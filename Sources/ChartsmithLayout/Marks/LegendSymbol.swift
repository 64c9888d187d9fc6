import ChartsmithStyles
import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// A legend item's swatch: a square (bars, areas), a line (lines, rules), a dot (points and
/// the rest), the item's own symbol (a `shape` legend) or a point at the item's area (a
/// `size` legend), drawn as the marks it stands for.
enum LegendSymbol: Sendable {
    case square, line, circle, shape, sized

    /// The swatch for a chart's layers: a square if any layer fills an area, else a line
    /// if any draws one, else a dot.
    static func of(_ views: [PreparedView]) -> LegendSymbol {
        let symbols = views.map { MarkKinds.kind(of: $0).legendSymbol }
        if symbols.contains(.square) { return .square }
        if symbols.contains(.line) { return .line }
        return .circle
    }

    /// The symbol a dot legend takes from the marks, as Vega-Lite's `defaultSymbolType`:
    /// the first point view's `shape` value (of the channel, else the mark's), or a square
    /// for square marks; nil for circles, other marks, or a shape from data.
    static func markShape(_ views: [PreparedView]) -> String? {
        guard let v = views.first(where: { [.point, .circle, .square].contains($0.mark.type) }) else { return nil }
        switch v.mark.type {
        case .square: return "square"
        case .circle: return nil
        default:
            if let d = v.encoding[.shape] {
                guard d.field == nil, case .string(let s) = d.value else { return nil }
                return s
            }
            return v.mark.shape
        }
    }

    /// A legend's own symbol settings: `symbolSize` (as a square's side and as an area),
    /// `symbolStrokeWidth` and `symbolOpacity`; nil keeps the swatch's own.
    struct Style {
        var side: Double?
        var size: Double?
        var strokeWidth: Double?
        var opacity: Double?
        /// The mark a size legend's symbols take.
        var sizedMark = MarkType.circle
    }

    /// The swatch of one item in `color`, whose label's middle is at `midY`, starting at
    /// `x` and `width` wide. `hollowShapes`: shape symbols are outlined, as unfilled points.
    func swatch(_ item: LegendBox.Item, x: Double, midY: Double, width sw: Double, hollowShapes: Bool, theme: Theme,
                style: Style = Style()) -> SceneNode {
        let color = style.opacity.map { item.color.withOpacity($0) } ?? item.color
        switch self {
        case .square:
            let side = style.side ?? LegendBox.swatch
            return .rect(RectNode(rect: Rect(x: x, y: midY - side / 2, width: side, height: side),
                                  fill: color, role: .legendSymbol, name: item.label))
        case .line:
            return .path(PathNode(path: .polyline([Point(x: x, y: midY), Point(x: x + sw, y: midY)]),
                                  stroke: Stroke(color: color, width: item.lineWidth ?? style.strokeWidth ?? theme.lineWidth, dash: item.dash),
                                  role: .legendSymbol, name: item.label))
        case .circle:
            let path = style.size.map { ShapeScale.path("circle", center: Point(x: x + sw / 2, y: midY), size: $0) }
                ?? ShapeScale.circle(center: Point(x: x + sw / 2, y: midY), radius: 4)
            return .path(PathNode(path: path, fill: hollowShapes ? nil : color,
                                  stroke: hollowShapes ? Stroke(color: color, width: style.strokeWidth ?? 1.5) : nil,
                                  role: .legendSymbol, name: item.label))
        case .shape:
            // Vega's symbol at about the swatch's size (area 64: an 8-point square).
            let path = ShapeScale.path(item.shape ?? "circle", center: Point(x: x + sw / 2, y: midY), size: style.size ?? 64)
            let hollow = hollowShapes || item.shape == "stroke"
            return .path(PathNode(path: path, fill: hollow ? nil : color,
                                  stroke: hollow ? Stroke(color: color, width: style.strokeWidth ?? 1.5) : nil,
                                  role: .legendSymbol, name: item.label))
        case .sized:
            // The point at its value's area, in the marks' shape (or the legend's `symbolType`).
            let path = PointMark.symbol(style.sizedMark, shape: item.shape, center: Point(x: x + sw / 2, y: midY), size: item.area ?? 30)
            let hollow = hollowShapes || item.shape == "stroke"
            return .path(PathNode(path: path, fill: hollow ? nil : color,
                                  stroke: hollow ? Stroke(color: color, width: style.strokeWidth ?? LegendBox.sizedStroke) : nil,
                                  role: .legendSymbol, name: item.label))
        }
    }
}
