extension Scene {
    /// A stable, human-readable listing of the scene, one node a line, for tests and
    /// debugging (`chartsmith render --dump-scene`).
    public func dump() -> String {
        var lines = ["scene \(Size(width: width, height: height))" + (background.map { " background \($0)" } ?? "")]
        func walk(_ ns: [SceneNode], depth: Int) {
            let pad = String(repeating: "  ", count: depth + 1)
            for n in ns {
                switch n {
                case .rect(let r):
                    var s = "\(pad)rect \(r.role.rawValue) \(r.rect)"
                    if let f = r.fill { s += " fill \(f)" }
                    if let g = r.gradient { s += " \(g)" }
                    if let st = r.stroke { s += " stroke \(st)" }
                    if let c = r.cornerRadii, !c.isZero { s += " radii \(c)" }
                    if let nm = r.name { s += " \"\(nm)\"" }
                    lines.append(s)
                case .path(let p):
                    var s = "\(pad)path \(p.role.rawValue) \(p.path)"
                    if let f = p.fill { s += " fill \(f)" }
                    if let st = p.stroke { s += " stroke \(st)" }
                    if let nm = p.name { s += " \"\(nm)\"" }
                    lines.append(s)
                case .text(let t):
                    var s = "\(pad)text \(t.role.rawValue) \"\(t.text)\" at \(t.anchor) \(t.align.rawValue)/\(t.baseline.rawValue)"
                    if t.angle != 0 { s += " angle \(fmt(t.angle))" }
                    s += " \(t.font) \(t.color)"
                    lines.append(s)
                case .group(let g):
                    var s = "\(pad)group \(g.role.rawValue)"
                    if let nm = g.name { s += " \"\(nm)\"" }
                    if let c = g.clip { s += " clip \(c)" }
                    if let c = g.clipRadii, !c.isZero { s += " radii \(c)" }
                    lines.append(s)
                    walk(g.children, depth: depth + 1)
                }
            }
        }
        walk(nodes, depth: 0)
        return lines.joined(separator: "\n")
    }
}
