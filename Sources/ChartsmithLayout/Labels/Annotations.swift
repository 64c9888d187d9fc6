import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// Draws the spec's `annotations` (a briefing addition): reference lines, shaded ranges
/// and notes, placed in data coordinates, with their text kept clear of other text.
struct AnnotationLayer {
    let annotations: [Annotation]
    let x: PositionScale?
    let y: PositionScale?
    let plot: Rect
    let theme: Theme
    let kit: TextKit

    var font: FontDescriptor { theme.valueLabelFont }
    var lineColor: Color { theme.mutedTextColor }

    func position(_ s: PositionScale?, _ v: InlineValue) -> Double? {
        guard let s else { return nil }
        return s.center(.from(v))
    }

    /// Shaded ranges, drawn behind the marks.
    func background() throws -> [SceneNode] {
        var out: [SceneNode] = []
        for a in annotations where a.kind == .range {
            let fill = (a.color.flatMap(CSSColor.parse) ?? theme.mutedTextColor).withOpacity(0.12)
            if a.x.count == 2 {
                guard let p0 = position(x, a.x[0]), let p1 = position(x, a.x[1]) else { throw unplaceable(a, "x") }
                out.append(.rect(RectNode(rect: Rect(x: min(p0, p1), y: plot.minY, width: abs(p1 - p0), height: plot.height),
                                          fill: fill, role: .annotation, name: a.text)))
            } else {
                guard let p0 = position(y, a.y[0]), let p1 = position(y, a.y[1]) else { throw unplaceable(a, "y") }
                out.append(.rect(RectNode(rect: Rect(x: plot.minX, y: min(p0, p1), width: plot.width, height: abs(p1 - p0)),
                                          fill: fill, role: .annotation, name: a.text)))
            }
        }
        return out
    }

    func unplaceable(_ a: Annotation, _ channel: String) -> LayoutError {
        let values = (channel == "x" ? a.x : a.y).map { "\($0)" }.joined(separator: ", ")
        return LayoutError("annotations: \"\(a.text)\": the \(channel) value \(values) is not on the chart's \(channel) axis")
    }

    /// Lines, notes and every annotation's text, drawn over the marks.
    func foreground(occupancy: inout Occupancy) throws -> [SceneNode] {
        var out: [SceneNode] = []
        let stroke = Stroke(color: lineColor, width: 1, dash: [4, 3])
        let ordered = annotations.filter { $0.kind == .note } + annotations.filter { $0.kind == .rule }
            + annotations.filter { $0.kind == .range }
        for a in ordered {
            let color = a.color.flatMap(CSSColor.parse) ?? lineColor
            switch a.kind {
            case .rule:
                if let v = a.x.first {
                    guard let px = position(x, v) else { throw unplaceable(a, "x") }
                    out.append(.path(PathNode(path: .polyline([Point(x: px, y: plot.minY), Point(x: px, y: plot.maxY)]),
                                              stroke: Stroke(color: color, width: 1, dash: stroke.dash), role: .annotation, name: a.text)))
                    let cands = verticalRuleLabels(a.text, at: px)
                    if let t = first(cands, &occupancy) { out.append(.text(t)) }
                } else if let v = a.y.first {
                    guard let py = position(y, v) else { throw unplaceable(a, "y") }
                    out.append(.path(PathNode(path: .polyline([Point(x: plot.minX, y: py), Point(x: plot.maxX, y: py)]),
                                              stroke: Stroke(color: color, width: 1, dash: stroke.dash), role: .annotation, name: a.text)))
                    let cands = [
                        node(a.text, Point(x: plot.maxX, y: py - 3), .end, .bottom),
                        node(a.text, Point(x: plot.maxX, y: py + 3), .end, .top),
                        node(a.text, Point(x: plot.minX + 4, y: py - 3), .start, .bottom),
                        node(a.text, Point(x: plot.minX + 4, y: py + 3), .start, .top),
                    ]
                    if let t = first(cands, &occupancy) { out.append(.text(t)) }
                }
            case .range:
                if a.x.count == 2, let p0 = position(x, a.x[0]), let p1 = position(x, a.x[1]) {
                    let width = abs(p1 - p0)
                    let lines = kit.wrap(a.text, font: font, maxWidth: max(30, width - 8))
                    let lh = kit.lineHeight(font)
                    let nodes = lines.enumerated().map { k, l in
                        node(l, Point(x: (p0 + p1) / 2, y: plot.minY + 4 + Double(k) * lh), .center, .top)
                    }
                    if nodes.allSatisfy({ occupancy.isFree($0.bounds) }) {
                        for n in nodes { occupancy.add(n.bounds); out.append(.text(n)) }
                    }
                } else if a.y.count == 2, let p0 = position(y, a.y[0]), let p1 = position(y, a.y[1]) {
                    let t = node(a.text, Point(x: plot.maxX - 4, y: min(p0, p1) + 3), .end, .top)
                    if occupancy.place(t) { out.append(.text(t)) }
                }
            case .note:
                guard let px = position(x, a.x[0]) else { throw unplaceable(a, "x") }
                guard let py = position(y, a.y[0]) else { throw unplaceable(a, "y") }
                let lines = kit.wrap(a.text, font: font, maxWidth: 160)
                let lh = kit.lineHeight(font)
                let w = lines.map { kit.width($0, font) }.max() ?? 0
                let h = Double(lines.count) * lh
                // Candidate boxes around the point, nearest first: above, beside, below,
                // each at a few distances, kept inside the plot where possible.
                var boxes: [Rect] = []
                for d in [14.0, 28.0, 48.0] {
                    boxes += [
                        Rect(x: px + d * 0.7, y: py - d - h, width: w, height: h),
                        Rect(x: px - d * 0.7 - w, y: py - d - h, width: w, height: h),
                        Rect(x: px + d, y: py - h / 2, width: w, height: h),
                        Rect(x: px - d - w, y: py - h / 2, width: w, height: h),
                        Rect(x: px + d * 0.7, y: py + d, width: w, height: h),
                        Rect(x: px - d * 0.7 - w, y: py + d, width: w, height: h),
                        Rect(x: px - w / 2, y: py + d, width: w, height: h),
                        Rect(x: px - w / 2, y: py - d - h, width: w, height: h),
                    ]
                }
                boxes = boxes.filter { plot.insetBy(-2).contains($0) } + boxes
                guard let box = boxes.first(where: { occupancy.isFree($0) }) else { continue }
                occupancy.add(box)
                let anchorRight = box.maxX <= px
                for (k, l) in lines.enumerated() {
                    out.append(.text(node(l, Point(x: anchorRight ? box.maxX : box.minX, y: box.minY + Double(k) * lh),
                                          anchorRight ? .end : .start, .top)))
                }
                // A short connector from the box's nearest edge to just short of the point.
                let ex = min(max(px, box.minX), box.maxX), ey = min(max(py, box.minY), box.maxY)
                let dx = px - ex, dy = py - ey
                let len = (dx * dx + dy * dy).squareRoot()
                if len > 6 {
                    let stop = Point(x: px - dx / len * 5, y: py - dy / len * 5)
                    let start = Point(x: ex + dx / len * 2, y: ey + dy / len * 2)
                    out.append(.path(PathNode(path: .polyline([start, stop]), stroke: Stroke(color: color, width: 1),
                                              role: .annotation, name: a.text)))
                }
            }
        }
        return out
    }

    func verticalRuleLabels(_ text: String, at px: Double) -> [TextNode] {
        let lh = kit.lineHeight(font)
        var out: [TextNode] = []
        for k in 0..<4 {
            let y = plot.minY + 2 + Double(k) * (lh + 2)
            out.append(node(text, Point(x: px + 4, y: y), .start, .top))
            out.append(node(text, Point(x: px - 4, y: y), .end, .top))
        }
        return out
    }

    func node(_ text: String, _ p: Point, _ align: TextNode.Align, _ baseline: TextNode.Baseline) -> TextNode {
        kit.node(text, at: p, font: font, color: theme.mutedTextColor, align: align, baseline: baseline, role: .annotation)
    }

    func first(_ cands: [TextNode], _ occupancy: inout Occupancy) -> TextNode? {
        for c in cands where occupancy.place(c) { return c }
        return nil
    }
}
