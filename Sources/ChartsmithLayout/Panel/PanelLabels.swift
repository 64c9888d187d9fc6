import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

extension Panel {
    /// Sets the panel's labels where they collide with nothing already placed, most
    /// important first: annotations (those under the marks drawn as they are), direct
    /// labels, value labels, and a "No data" note on an empty chart.
    func label(_ d: inout PanelDrawing, occupancy: inout Occupancy) throws {
        let plot = d.plot
        let annotationLayer = AnnotationLayer(annotations: spec.annotations, x: d.x, y: d.y, plot: plot, theme: theme, kit: kit)
        d.annotationBack = try annotationLayer.background()
        var labels: [SceneNode] = []
        if let direct { labels += direct.place(builder: d.builders[0], plot: plot, kit: kit, theme: theme, occupancy: &occupancy) }
        d.annotationFront = try annotationLayer.foreground(occupancy: &occupancy)
        if theme.valueLabels {
            // Each run of views labelled on its own scales; bars carry no value labels
            // beside a text layer anywhere in the chart.
            let textLayer = views.contains { $0.mark.type == .text }
            let obstacles = LazyObstacles(layers: d.marks)
            for b in d.builders where !textLayer {
                labels += try ValueLabeller(builder: b, theme: theme, kit: kit, locale: theme.locale, obstacles: obstacles).barLabels(occupancy: &occupancy)
            }
            // A line's point values stay off the bars of another layer (bar and line charts),
            // where they would be hard to read.
            if views.contains(where: { $0.mark.type == .line && $0.mark.point }) {
                for r in Self.barRects(d.marks) { occupancy.add(r) }
            }
            for b in d.builders {
                labels += try ValueLabeller(builder: b, theme: theme, kit: kit, locale: theme.locale, obstacles: obstacles).pointLabels(occupancy: &occupancy)
            }
        }
        if views.allSatisfy({ $0.table.isEmpty }) {
            let note = kit.node("No data", at: Point(x: plot.midX, y: plot.midY), font: theme.axisLabelFont,
                                color: theme.mutedTextColor, align: .center, baseline: .middle, role: .notes)
            if occupancy.place(note) { labels.append(.text(note)) }
        }
        d.labels = labels
    }

    /// The boxes of the bars among the marks (layers named "layer N bar").
    static func barRects(_ marks: [SceneNode]) -> [Rect] {
        var out: [Rect] = []
        func visit(_ nodes: [SceneNode]) {
            for n in nodes {
                switch n {
                case .rect(let r): out.append(r.rect)
                case .group(let g): visit(g.children)
                default: break
                }
            }
        }
        for case .group(let g) in marks where g.name?.hasSuffix(" bar") == true { visit(g.children) }
        return out
    }
}
