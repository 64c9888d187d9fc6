extension Path {
    /// The outline as polygons, one per sub-path, with each curve flattened into
    /// `segments` straight pieces.
    public func polygons(segments: Int = 8) -> [[Point]] {
        var out: [[Point]] = []
        var current: [Point] = []
        for e in elements {
            switch e {
            case .move(let p):
                if current.count > 1 { out.append(current) }
                current = [p]
            case .line(let p):
                current.append(p)
            case .curve(let p, let c1, let c2):
                guard let p0 = current.last else { current = [p]; continue }
                for i in 1...segments {
                    let t = Double(i) / Double(segments), u = 1 - t
                    let a = u * u * u, b = 3 * u * u * t, c = 3 * u * t * t, d = t * t * t
                    current.append(Point(x: a * p0.x + b * c1.x + c * c2.x + d * p.x, y: a * p0.y + b * c1.y + c * c2.y + d * p.y))
                }
            case .close:
                if current.count > 1 { out.append(current) }
                current = current.first.map { [$0] } ?? []
            }
        }
        if current.count > 1 { out.append(current) }
        return out
    }

    /// Whether `p` is inside the filled outline, by the non-zero winding rule that Cairo
    /// and SVG fill with (curves flattened finely enough for text placement checks).
    public func contains(_ p: Point) -> Bool {
        var winding = 0
        for poly in polygons() {
            for i in poly.indices {
                let a = poly[i], b = poly[(i + 1) % poly.count]
                let cross = (b.x - a.x) * (p.y - a.y) - (p.x - a.x) * (b.y - a.y)
                if a.y <= p.y {
                    if b.y > p.y && cross > 0 { winding += 1 }
                } else if b.y <= p.y && cross < 0 {
                    winding -= 1
                }
            }
        }
        return winding != 0
    }
}
