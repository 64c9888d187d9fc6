import ChartsmithFormat
import ChartsmithScene

/// Builds one SVG document for ``SVGRenderer``: walks the scene in drawing order and writes
/// each node as the element that paints it exactly as ``SceneDrawer`` does with Cairo.
///
/// Used for one document only; not thread-safe (it borrows one ``PangoSession``).
final class SVGWriter {
    let session: PangoSession
    let fallbackFamilies: [String]

    /// The body, written after the `<style>` it needs is known.
    var body = ""
    /// Clip paths written so far; the next is `clip\(clipCount + 1)`.
    var clipCount = 0
    /// CSS classes for font-family stacks, by stack, numbered in order of first use.
    var fontClasses: [String: String] = [:]
    var fontClassOrder: [String] = []
    /// The family Pango draws each requested family with.
    var primaryFamilies: [String: String] = [:]
    /// The tolerance, in scene points, long lines are thinned to (``LineDecimation``):
    /// ``CairoRenderer/vectorTolerance`` on the page; 0 writes every point.
    var decimation = 0.0

    init(session: PangoSession, fallbackFamilies: [String]) {
        self.session = session
        self.fallbackFamilies = fallbackFamilies
    }

    /// The whole document, `scale` times the scene's size in points.
    func document(for scene: Scene, scale: Double) throws -> String {
        if let bg = scene.background, bg.alpha > 0 {
            body += "<rect width=\"\(n(scene.width))\" height=\"\(n(scene.height))\"\(try paint(fill: bg, stroke: nil)) aria-hidden=\"true\"/>\n"
        }
        try write(scene.nodes)

        var head = #"<?xml version="1.0" encoding="UTF-8"?>"# + "\n"
        head += #"<svg xmlns="http://www.w3.org/2000/svg" version="1.1""#
        // CSS pixels, one a point, as the PNG at scale 1 and Vega's own SVG are sized (not `pt`, which a
        // browser shows 4/3 larger).
        head += " width=\"\(n(scene.width * scale))\" height=\"\(n(scene.height * scale))\""
        head += " viewBox=\"0 0 \(n(scene.width)) \(n(scene.height))\""
        head += #" role="graphics-document" aria-roledescription="chart""#
        if let label = nonEmpty(scene.metadata.title) ?? nonEmpty(scene.metadata.description) {
            head += " aria-label=\"\(Escaping.xml(label))\""
        }
        // Cairo's miter limit (SVG's default is 4); unhinted text, as Pango draws it; spaces kept.
        head += #" stroke-miterlimit="10" text-rendering="geometricPrecision" xml:space="preserve">"# + "\n"
        if let title = nonEmpty(scene.metadata.title) { head += "<title>\(Escaping.xml(title))</title>\n" }
        if let description = nonEmpty(scene.metadata.description) { head += "<desc>\(Escaping.xml(description))</desc>\n" }
        if !fontClassOrder.isEmpty {
            head += "<style>\n"
            for stack in fontClassOrder {
                // Character data: only `&` and `<` need escaping, so the CSS quotes stay readable.
                let css = stack.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                head += ".\(fontClasses[stack]!){font-family:\(css)}\n"
            }
            head += "</style>\n"
        }
        return head + body + "</svg>\n"
    }

    func write(_ nodes: [SceneNode]) throws {
        for node in nodes {
            switch node {
            case .rect(let r): try write(r)
            case .path(let p): try write(p)
            case .text(let t): try write(t)
            case .group(let g): try write(g)
            }
        }
    }

    // MARK: Shapes

    func write(_ node: RectNode) throws {
        let r = node.rect
        try requireFinite([r.x, r.y, r.width, r.height, node.cornerRadius], "rect \(r)")
        if let c = node.cornerRadii { try requireFinite([c.topLeft, c.topRight, c.bottomRight, c.bottomLeft], "corner radii of rect \(r)") }
        var paint = try self.paint(fill: node.fill, stroke: node.stroke, what: "rect \(r)")
        if let g = node.gradient {
            // The gradient is defined just before the rectangle it fills.
            try requireFinite([g.start.x, g.start.y, g.end.x, g.end.y] + g.stops.map(\.offset), "gradient of rect \(r)")
            clipCount += 1
            let id = "gradient\(clipCount)"
            body += "<linearGradient id=\"\(id)\" gradientUnits=\"userSpaceOnUse\" x1=\"\(n(g.start.x))\" y1=\"\(n(g.start.y))\" x2=\"\(n(g.end.x))\" y2=\"\(n(g.end.y))\">"
            for s in g.stops {
                body += "<stop offset=\"\(n(min(1, max(0, s.offset))))\" stop-color=\"\(hex(s.color))\"\(opacity("stop-opacity", s.color))/>"
            }
            body += "</linearGradient>\n"
            let strokeOnly = try self.paint(fill: nil, stroke: node.stroke, what: "rect \(r)")
            paint = " fill=\"url(#\(id))\"" + String(strokeOnly.dropFirst(" fill=\"none\"".count))
        }
        let aria = accessibility(of: node.role, name: node.name)
        let x = min(r.x, r.x + r.width), y = min(r.y, r.y + r.height)
        let w = abs(r.width), h = abs(r.height)
        let radii = node.effectiveRadii
        if radii.isZero || (radii.topLeft == radii.topRight && radii.topLeft == radii.bottomRight && radii.topLeft == radii.bottomLeft) {
            let corner = radii.isZero ? "" : " rx=\"\(n(radii.topLeft))\""
            body += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(w))\" height=\"\(n(h))\"\(corner)\(paint)\(aria)/>\n"
        } else {
            body += "<path d=\"\(roundedRect(x, y, w, h, radii))\"\(paint)\(aria)/>\n"
        }
    }

    func write(_ node: PathNode) throws {
        var d: [String] = []
        for element in LineDecimation.decimated(node, width: decimation) ?? node.path.elements {
            switch element {
            case .move(let p):
                try requireFinite([p.x, p.y], "path point \(p)")
                d.append("M\(n(p.x)) \(n(p.y))")
            case .line(let p):
                try requireFinite([p.x, p.y], "path point \(p)")
                d.append("L\(n(p.x)) \(n(p.y))")
            case .curve(let p, let c1, let c2):
                try requireFinite([p.x, p.y, c1.x, c1.y, c2.x, c2.y], "path curve to \(p)")
                d.append("C\(n(c1.x)) \(n(c1.y)) \(n(c2.x)) \(n(c2.y)) \(n(p.x)) \(n(p.y))")
            case .close:
                d.append("Z")
            }
        }
        let paint = try self.paint(fill: node.fill, stroke: node.stroke, what: "path \(node.path)")
        guard !d.isEmpty else { return }
        body += "<path d=\"\(d.joined(separator: " "))\"\(paint)\(accessibility(of: node.role, name: node.name))/>\n"
    }

    func write(_ node: GroupNode) throws {
        var clipAttribute = ""
        if let c = node.clip {
            try requireFinite([c.x, c.y, c.width, c.height], "group clip \(c)")
            let x = min(c.x, c.x + c.width), y = min(c.y, c.y + c.height)
            let w = abs(c.width), h = abs(c.height)
            clipCount += 1
            let id = "clip\(clipCount)"
            body += "<clipPath id=\"\(id)\">"
            if let radii = node.clipRadii {
                try requireFinite([radii.topLeft, radii.topRight, radii.bottomRight, radii.bottomLeft], "group clip radii")
                body += "<path d=\"\(roundedRect(x, y, w, h, radii.clamped(to: c)))\"/>"
            } else {
                body += "<rect x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(w))\" height=\"\(n(h))\"/>"
            }
            body += "</clipPath>\n"
            clipAttribute = " clip-path=\"url(#\(id))\""
        }
        body += "<g\(clipAttribute)\(groupAccessibility(node))>\n"
        try write(node.children)
        body += "</g>\n"
    }

    /// A closed path around a rectangle with the given (already clamped) corner radii,
    /// clockwise from the top-left, as ``SceneDrawer`` draws it.
    func roundedRect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ radii: CornerRadii) -> String {
        func arc(_ r: Double, _ px: Double, _ py: Double) -> String {
            r > 0 ? "A\(n(r)) \(n(r)) 0 0 1 \(n(px)) \(n(py))" : ""
        }
        return "M\(n(x + radii.topLeft)) \(n(y))"
            + " L\(n(x + w - radii.topRight)) \(n(y))" + arc(radii.topRight, x + w, y + radii.topRight)
            + " L\(n(x + w)) \(n(y + h - radii.bottomRight))" + arc(radii.bottomRight, x + w - radii.bottomRight, y + h)
            + " L\(n(x + radii.bottomLeft)) \(n(y + h))" + arc(radii.bottomLeft, x, y + h - radii.bottomLeft)
            + " L\(n(x)) \(n(y + radii.topLeft))" + arc(radii.topLeft, x + radii.topLeft, y) + " Z"
    }

    // MARK: Paint

    /// Fill and stroke attributes; SVG fills black by default, so no fill is `fill="none"`.
    func paint(fill: Color?, stroke: Stroke?, what: @autoclosure () -> String = "") throws -> String {
        var out = ""
        if let fill, fill.alpha > 0 {
            out += " fill=\"\(hex(fill))\"" + opacity("fill-opacity", fill)
        } else {
            out += " fill=\"none\""
        }
        if let stroke, stroke.color.alpha > 0 {
            try requireFinite([stroke.width] + stroke.dash, "stroke of " + what())
            if stroke.width > 0 {
                out += " stroke=\"\(hex(stroke.color))\"" + opacity("stroke-opacity", stroke.color)
                if stroke.width != 1 { out += " stroke-width=\"\(n(stroke.width))\"" }
                if stroke.lineCap != .butt { out += " stroke-linecap=\"\(stroke.lineCap.rawValue)\"" }
                if stroke.lineJoin != .miter { out += " stroke-linejoin=\"\(stroke.lineJoin.rawValue)\"" }
                // As with Cairo, a negative or all-zero pattern means "solid".
                if !stroke.dash.isEmpty, stroke.dash.allSatisfy({ $0 >= 0 }), stroke.dash.contains(where: { $0 > 0 }) {
                    out += " stroke-dasharray=\"\(stroke.dash.map(n).joined(separator: " "))\""
                }
            }
        }
        return out
    }

    func hex(_ c: Color) -> String {
        func clamp(_ v: Double) -> Double { v.isFinite ? min(1, max(0, v)) : 0 }
        return Color(red: clamp(c.red), green: clamp(c.green), blue: clamp(c.blue)).hexString
    }

    func opacity(_ name: String, _ c: Color) -> String {
        let a = c.alpha.isFinite ? min(1, max(0, c.alpha)) : 0
        return a < 1 ? " \(name)=\"\(n(a))\"" : ""
    }

    // MARK: Helpers

    func n(_ v: Double) -> String { SVGNumber.format(v) }

    func nonEmpty(_ s: String?) -> String? {
        guard let s, !s.isEmpty else { return nil }
        return s
    }

    func requireFinite(_ values: [Double], _ what: @autoclosure () -> String) throws {
        if values.contains(where: { !$0.isFinite }) {
            throw RenderError.invalidGeometry("\(what()) has a coordinate or size that is not a finite number")
        }
    }
}
