import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// Maps the values of the `shape` channel to Vega's symbol shapes, in the order of its
/// default range (or the channel's `scale.range`).
struct ShapeScale {
    let def: ChannelDef
    var values: [Value]
    var shapes: [String] = SymbolShape.defaultRange
    /// The fields the views map to shapes, in order: one scale over all their values, as
    /// Vega-Lite shares a scale between views of different fields.
    var fields: [String] = []
    /// The titles of the fields the legend's views map to shapes.
    var fieldTitles: [String] = []

    var title: String? { def.legendTitle(merging: fieldTitles) }

    func shape(for v: Value) -> String? {
        guard let i = values.firstIndex(of: v), !shapes.isEmpty else { return nil }
        return shapes[i % shapes.count]
    }

    static func resolve(views: [PreparedView]) -> ShapeScale? {
        guard let def = views.lazy.compactMap({ $0.encoding[.shape] }).first(where: { $0.field != nil }),
              def.outputField != nil else { return nil }
        let vals = DiscreteOrder.distinctValues(on: .shape, in: views)
        var scale = ShapeScale(def: def, values: DiscreteOrder.sort(vals, channel: .shape, def: def, views: views))
        scale.fields = DiscreteOrder.fields(on: .shape, in: views)
        scale.fieldTitles = ColorScale.fieldTitles(.shape, views: views)
        if let range = def.scale?.range {
            let given = range.compactMap { item -> String? in
                if case .string(let s) = item, SymbolShape.names.contains(s) { return s } else { return nil }
            }
            if !given.isEmpty { scale.shapes = given }
        }
        return scale
    }

    /// Vega's symbol of a shape name, centred on `c`, whose `size` is its area in square
    /// points (the square's side is √size; the circle's diameter too).
    static func path(_ name: String, center c: Point, size: Double) -> Path {
        let r = max(0, size).squareRoot() / 2
        let h = 0.8660254037844386 * r  // √3/2 · r
        func poly(_ pts: [(Double, Double)]) -> Path {
            var els: [PathElement] = []
            for (i, p) in pts.enumerated() {
                let q = Point(x: c.x + p.0, y: c.y + p.1)
                els.append(i == 0 ? .move(to: q) : .line(to: q))
            }
            els.append(.close)
            return Path(els)
        }
        switch name {
        case "square": return poly([(-r, -r), (r, -r), (r, r), (-r, r)])
        case "cross":
            let s = r / 2.5
            return poly([(-r, -s), (-r, s), (-s, s), (-s, r), (s, r), (s, s), (r, s), (r, -s), (s, -s), (s, -r), (-s, -r), (-s, -s)])
        case "diamond": return poly([(-r, 0), (0, -r), (r, 0), (0, r)])
        case "triangle-up": return poly([(0, -h), (-r, h), (r, h)])
        case "triangle-down": return poly([(0, h), (-r, -h), (r, -h)])
        case "triangle-right": return poly([(h, 0), (-h, -r), (-h, r)])
        case "triangle-left": return poly([(-h, 0), (h, -r), (h, r)])
        case "triangle", "wedge":
            let o = h - r * 0.5773502691896257
            let b = name == "wedge" ? r / 4 : r
            return poly([(0, -h - o), (-b, h - o), (b, h - o)])
        case "arrow":
            let s = r / 7, t = r / 2.5, v = r / 8
            return poly([(-s, r), (s, r), (s, -v), (t, -v), (0, -r), (-t, -v), (-s, -v)])
        case "stroke":
            return Path([.move(to: Point(x: c.x - r, y: c.y)), .line(to: Point(x: c.x + r, y: c.y))])
        default:
            return circle(center: c, radius: r)
        }
    }

    /// A circle as four cubic Bézier arcs.
    static func circle(center c: Point, radius r: Double) -> Path {
        let k = 0.5522847498 * r
        return Path([
            .move(to: Point(x: c.x + r, y: c.y)),
            .curve(to: Point(x: c.x, y: c.y + r), control1: Point(x: c.x + r, y: c.y + k), control2: Point(x: c.x + k, y: c.y + r)),
            .curve(to: Point(x: c.x - r, y: c.y), control1: Point(x: c.x - k, y: c.y + r), control2: Point(x: c.x - r, y: c.y + k)),
            .curve(to: Point(x: c.x, y: c.y - r), control1: Point(x: c.x - r, y: c.y - k), control2: Point(x: c.x - k, y: c.y - r)),
            .curve(to: Point(x: c.x + r, y: c.y), control1: Point(x: c.x + k, y: c.y - r), control2: Point(x: c.x + r, y: c.y - k)),
            .close,
        ])
    }
}
