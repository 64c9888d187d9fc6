import ChartsmithScene
import ChartsmithSpec

/// A mark's linear gradient fill (`color: {"gradient": "linear", ...}`), drawn in flat strips.
enum GradientFill {
    /// A linear gradient fill, drawn as thin strips of the shape each clipped to its part
    /// of the gradient (the scene has flat fills only). Gradients along x or y are drawn
    /// exactly in 48 steps; a diagonal one uses its vertical component.
    static func nodes(_ path: Path, points: [Point], gradient g: Gradient, opacity: Double, name: String, colors: ParsedColors) -> [SceneNode] {
        let xs = points.map(\.x), ys = points.map(\.y)
        guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else { return [] }
        let stops = g.stops.compactMap { s in colors[s.color].map { (s.offset, $0) } }.sorted { $0.0 < $1.0 }
        guard let firstStop = stops.first else { return [] }
        func colorAt(_ t: Double) -> Color {
            if t <= firstStop.0 { return firstStop.1 }
            for i in 1..<max(1, stops.count) where t <= stops[i].0 {
                let (o0, c0) = stops[i - 1], (o1, c1) = stops[i]
                let f = o1 == o0 ? 0 : (t - o0) / (o1 - o0)
                return Color(red: c0.red + (c1.red - c0.red) * f, green: c0.green + (c1.green - c0.green) * f,
                             blue: c0.blue + (c1.blue - c0.blue) * f, alpha: c0.alpha + (c1.alpha - c0.alpha) * f)
            }
            return stops.last!.1
        }
        let horizontal = abs(g.x2 - g.x1) > abs(g.y2 - g.y1)
        let steps = 48
        var out: [SceneNode] = []
        for i in 0..<steps {
            let f0 = Double(i) / Double(steps), f1 = Double(i + 1) / Double(steps)
            let clip: Rect
            let mid = (f0 + f1) / 2
            let t: Double
            if horizontal {
                clip = Rect(x: minX + (maxX - minX) * f0, y: minY, width: (maxX - minX) / Double(steps) + 0.5, height: maxY - minY)
                t = g.x2 == g.x1 ? 0 : (mid - g.x1) / (g.x2 - g.x1)
            } else {
                clip = Rect(x: minX, y: minY + (maxY - minY) * f0, width: maxX - minX, height: (maxY - minY) / Double(steps) + 0.5)
                t = g.y2 == g.y1 ? 0 : (mid - g.y1) / (g.y2 - g.y1)
            }
            let c = colorAt(max(0, min(1, t)))
            out.append(.group(GroupNode(children: [.path(PathNode(path: path, fill: c.withOpacity(c.alpha * opacity), role: .mark, name: name))],
                                        clip: clip, role: .mark, name: "gradient")))
        }
        return out
    }
}
