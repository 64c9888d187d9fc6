import ChartsmithScene

/// A scene as the plain-text script `cairo-floor` reads: one drawing operation per line,
/// in drawing order, with the exact coordinates, colours, fonts and strings Chartsmith's
/// layout produced. `cairo-floor` turns each line into the same Cairo and PangoCairo calls
/// Chartsmith's SceneDrawer makes, so both programs draw the same picture.
///
///     S width height scale background
///     R x y w h radius fill stroke
///     P count (M x y | L x y | C x1 y1 x2 y2 x y | Z)... fill stroke
///     T x y angle r g b a size bold italic align baseline <n> family <n> text
///     G 1 x y w h      (save, clip)   |   G 0 (save)   ...   E (restore)
///
/// A colour is `r g b a` (0–1) or `-`; a stroke is `r g b a width cap join ndash dash...` or `-`.
enum SceneScript {
    static func script(for scene: Scene, scale: Double) -> String {
        var out = "S \(n(scene.width)) \(n(scene.height)) \(n(scale)) \(color(scene.background))\n"
        write(scene.nodes, into: &out)
        return out
    }

    private static func write(_ nodes: [SceneNode], into out: inout String) {
        for node in nodes {
            switch node {
            case .rect(let r):
                out += "R \(n(r.rect.x)) \(n(r.rect.y)) \(n(r.rect.width)) \(n(r.rect.height)) \(n(r.cornerRadius)) "
                out += "\(color(r.fill)) \(stroke(r.stroke))\n"
            case .path(let p):
                out += "P \(p.path.elements.count)"
                for e in p.path.elements {
                    switch e {
                    case .move(let q): out += " M \(n(q.x)) \(n(q.y))"
                    case .line(let q): out += " L \(n(q.x)) \(n(q.y))"
                    case .curve(let q, let c1, let c2): out += " C \(n(c1.x)) \(n(c1.y)) \(n(c2.x)) \(n(c2.y)) \(n(q.x)) \(n(q.y))"
                    case .close: out += " Z"
                    }
                }
                out += " \(color(p.fill)) \(stroke(p.stroke))\n"
            case .text(let t):
                let text = t.text.replacingOccurrences(of: "\0", with: "")
                let align = t.align == .start ? 0 : t.align == .center ? 1 : 2
                let baseline: Int
                switch t.baseline {
                case .top: baseline = 0
                case .middle: baseline = 1
                case .alphabetic: baseline = 2
                case .bottom: baseline = 3
                }
                out += "T \(n(t.anchor.x)) \(n(t.anchor.y)) \(n(t.angle)) \(rgba(t.color)) \(n(t.font.size)) "
                out += "\(t.font.weight == .bold ? 1 : 0) \(t.font.italic ? 1 : 0) \(align) \(baseline) "
                out += "\(t.font.family.utf8.count) \(t.font.family) \(text.utf8.count) \(text)\n"
            case .group(let g):
                if let c = g.clip {
                    out += "G 1 \(n(c.x)) \(n(c.y)) \(n(c.width)) \(n(c.height))\n"
                } else {
                    out += "G 0\n"
                }
                write(g.children, into: &out)
                out += "E\n"
            }
        }
    }

    private static func n(_ v: Double) -> String { v == v.rounded() && abs(v) < 1e15 ? String(Int(v)) : String(v) }

    private static func rgba(_ c: Color) -> String {
        func clamp(_ v: Double) -> Double { v.isFinite ? min(1, max(0, v)) : 0 }
        return "\(n(clamp(c.red))) \(n(clamp(c.green))) \(n(clamp(c.blue))) \(n(clamp(c.alpha)))"
    }

    private static func color(_ c: Color?) -> String { c.map(rgba) ?? "-" }

    private static func stroke(_ s: Stroke?) -> String {
        guard let s else { return "-" }
        let cap = s.lineCap == .butt ? 0 : s.lineCap == .round ? 1 : 2
        let join = s.lineJoin == .miter ? 0 : s.lineJoin == .round ? 1 : 2
        let dash = !s.dash.isEmpty && s.dash.allSatisfy { $0 >= 0 } && s.dash.contains { $0 > 0 } ? s.dash : []
        return "\(rgba(s.color)) \(n(s.width)) \(cap) \(join) \(dash.count)" + dash.map { " " + n($0) }.joined()
    }
}
