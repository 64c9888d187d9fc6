import CChartsmithCairo
import CChartsmithPango
import ChartsmithScene
import Foundation

/// Draws a scene's nodes onto a Cairo context whose user space is the scene's points.
///
/// The same drawing code serves every output format; only the surface differs.
struct SceneDrawer {
    /// `cairo_t *`.
    let cr: OpaquePointer
    let session: PangoSession
    /// The tolerance, in scene points, long lines are thinned to before stroking
    /// (``LineDecimation``: M4 columns this wide, or the corridor); 0 draws every point.
    var decimation: Double = 0
    /// Pixels per point when long lines are thinned without changing a pixel before
    /// stroking into a PNG (``PixelThinning``); 0 draws every point.
    var pixelThinning: Double = 0
    /// Whether long round-joined lines are stroked in parallel bands of pixel rows
    /// (``BandedStroke``): set only when the context draws into an ARGB32 image at a plain
    /// `scale`; 0 strokes every line whole.
    var bandScale: Double = 0
    /// Bands per line when set (tests only); nil lets ``BandedStroke/bandCount(elements:)``
    /// decide.
    var bands: Int?
    /// ``BandedStroke/margin``, or a smaller one in tests.
    var bandMargin = BandedStroke.margin
    /// Whether an enclosing group clips (banded lines are then stroked whole).
    var clipped = false

    func draw(_ scene: Scene) throws {
        if let bg = scene.background, bg.alpha > 0 {
            setSource(bg)
            cairo_paint(cr)
        }
        try draw(scene.nodes)
    }

    func draw(_ nodes: [SceneNode]) throws {
        for node in nodes {
            switch node {
            case .rect(let r): try draw(r)
            case .path(let p): try draw(p)
            case .text(let t): try draw(t)
            case .group(let g): try draw(g)
            }
        }
    }

    // MARK: Nodes

    func draw(_ node: RectNode) throws {
        let r = node.rect
        try requireFinite([r.x, r.y, r.width, r.height, node.cornerRadius], "rect \(r)")
        // Normalise negative sizes so corner radii behave.
        let x = min(r.x, r.x + r.width), y = min(r.y, r.y + r.height)
        let w = abs(r.width), h = abs(r.height)
        if let c = node.cornerRadii { try requireFinite([c.topLeft, c.topRight, c.bottomRight, c.bottomLeft], "corner radii of rect \(r)") }
        cairo_new_path(cr)
        roundedRect(x, y, w, h, node.effectiveRadii)
        if let g = node.gradient {
            try requireFinite([g.start.x, g.start.y, g.end.x, g.end.y] + g.stops.map(\.offset), "gradient of rect \(r)")
            let pattern = cairo_pattern_create_linear(g.start.x, g.start.y, g.end.x, g.end.y)
            defer { cairo_pattern_destroy(pattern) }
            for s in g.stops {
                cairo_pattern_add_color_stop_rgba(pattern, min(1, max(0, s.offset)), s.color.red, s.color.green, s.color.blue, s.color.alpha)
            }
            cairo_set_source(cr, pattern)
            cairo_fill_preserve(cr)
        }
        try fillAndStroke(fill: node.gradient == nil ? node.fill : nil, stroke: node.stroke, what: "rect \(r)")
    }

    func draw(_ node: PathNode) throws {
        if bandScale > 0, !clipped, try drawBanded(node) { return }
        cairo_new_path(cr)
        let thinned = decimation > 0 ? LineDecimation.decimated(node, width: decimation)
            : pixelThinning > 0 ? PixelThinning.thinned(node, scale: pixelThinning) : nil
        for element in thinned ?? node.path.elements {
            switch element {
            case .move(let p):
                try requireFinite([p.x, p.y], "path point \(p)")
                cairo_move_to(cr, p.x, p.y)
            case .line(let p):
                try requireFinite([p.x, p.y], "path point \(p)")
                cairo_line_to(cr, p.x, p.y)
            case .curve(let p, let c1, let c2):
                try requireFinite([p.x, p.y, c1.x, c1.y, c2.x, c2.y], "path curve to \(p)")
                cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, p.x, p.y)
            case .close:
                cairo_close_path(cr)
            }
        }
        try fillAndStroke(fill: node.fill, stroke: node.stroke, what: "path \(node.path)")
    }

    /// Draws one line of text so that its line box sits where ``TextNode/boxOffset`` says,
    /// rotated clockwise by `angle` degrees about the anchor.
    ///
    /// The box is placed with the metrics Pango reports now rather than the node's stored
    /// ones, so alignment stays exact even if the layout measured with another
    /// ``TextMeasurer``; with ``PangoTextMeasurer`` the two are identical.
    func draw(_ node: TextNode) throws {
        guard !node.text.isEmpty, node.color.alpha > 0, node.font.size > 0 else { return }
        try requireFinite([node.anchor.x, node.anchor.y, node.angle, node.font.size], "text \"\(node.text)\"")
        let layout = session.makeLayout(node.text, font: node.font)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let extents = session.extents(of: layout)
        var placed = node
        placed.metrics = extents.metrics
        let offset = placed.boxOffset

        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_new_path(cr)
        cairo_translate(cr, node.anchor.x, node.anchor.y)
        if node.angle != 0 { cairo_rotate(cr, node.angle * Double.pi / 180) }
        cairo_move_to(cr, offset.x - extents.originX, offset.y - extents.originY)
        setSource(node.color)
        pango_cairo_show_layout(cr, layout)
        cairo_new_path(cr)
    }

    func draw(_ node: GroupNode) throws {
        cairo_save(cr)
        defer { cairo_restore(cr) }
        if let c = node.clip {
            try requireFinite([c.x, c.y, c.width, c.height], "group clip \(c)")
            cairo_new_path(cr)
            let x = min(c.x, c.x + c.width), y = min(c.y, c.y + c.height)
            if let radii = node.clipRadii {
                try requireFinite([radii.topLeft, radii.topRight, radii.bottomRight, radii.bottomLeft], "group clip radii")
                roundedRect(x, y, abs(c.width), abs(c.height), radii.clamped(to: c))
            } else {
                cairo_rectangle(cr, c.x, c.y, c.width, c.height)
            }
            cairo_clip(cr)
            var inside = self
            inside.clipped = true
            try inside.draw(node.children)
            return
        }
        try draw(node.children)
    }

    /// Strokes `node` in bands (``BandedStroke``) when it is a long round-joined line worth
    /// splitting; false (nothing drawn) otherwise.
    private func drawBanded(_ node: PathNode) throws -> Bool {
        guard let lines = BandedStroke.polylines(node), let stroke = node.stroke, let target = cairo_get_target(cr),
              cairo_surface_get_type(target) == CAIRO_SURFACE_TYPE_IMAGE,
              cairo_image_surface_get_format(target) == CAIRO_FORMAT_ARGB32 else { return false }
        let count = bands ?? BandedStroke.bandCount(elements: node.path.elements.count)
        var m = cairo_matrix_t()
        cairo_get_matrix(cr, &m)
        guard count > 1, m.xx == bandScale, m.yy == bandScale, m.xy == 0, m.yx == 0, m.x0 == 0, m.y0 == 0 else { return false }
        let c = stroke.color
        func clamp(_ v: Double) -> Double { v.isFinite ? min(1, max(0, v)) : 0 }
        let banded = BandedStroke(lines: lines, rgba: (clamp(c.red), clamp(c.green), clamp(c.blue), clamp(c.alpha)), stroke: stroke)
        try banded.draw(on: target, scale: bandScale, bands: count, margin: bandMargin)
        return true
    }

    /// Adds a rectangle with the given (already clamped) corner radii to the path,
    /// clockwise from the top-left; a corner with radius 0 is a plain corner.
    private func roundedRect(_ x: Double, _ y: Double, _ w: Double, _ h: Double, _ radii: CornerRadii) {
        guard !radii.isZero else {
            cairo_rectangle(cr, x, y, w, h)
            return
        }
        let half = Double.pi / 2
        cairo_new_sub_path(cr)
        func corner(_ cx: Double, _ cy: Double, _ radius: Double, _ start: Double, _ px: Double, _ py: Double) {
            if radius > 0 { cairo_arc(cr, cx, cy, radius, start, start + half) } else { cairo_line_to(cr, px, py) }
        }
        corner(x + w - radii.topRight, y + radii.topRight, radii.topRight, -half, x + w, y)
        corner(x + w - radii.bottomRight, y + h - radii.bottomRight, radii.bottomRight, 0, x + w, y + h)
        corner(x + radii.bottomLeft, y + h - radii.bottomLeft, radii.bottomLeft, half, x, y + h)
        corner(x + radii.topLeft, y + radii.topLeft, radii.topLeft, 2 * half, x, y)
        cairo_close_path(cr)
    }

    // MARK: Painting

    /// Fills then strokes the current path, and clears it.
    private func fillAndStroke(fill: Color?, stroke: Stroke?, what: @autoclosure () -> String) throws {
        if let fill, fill.alpha > 0 {
            setSource(fill)
            cairo_fill_preserve(cr)
        }
        if let stroke, stroke.color.alpha > 0 {
            try requireFinite([stroke.width] + stroke.dash, "stroke of " + what())
            if stroke.width > 0 {
                apply(stroke)
                cairo_stroke_preserve(cr)
            }
        }
        cairo_new_path(cr)
    }

    private func apply(_ stroke: Stroke) {
        setSource(stroke.color)
        cairo_set_line_width(cr, stroke.width)
        switch stroke.lineCap {
        case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        }
        switch stroke.lineJoin {
        case .miter: cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
        case .round: cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        case .bevel: cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
        }
        // Cairo puts the context into an error state for negative or all-zero dashes;
        // such a pattern means "solid".
        if !stroke.dash.isEmpty, stroke.dash.allSatisfy({ $0 >= 0 }), stroke.dash.contains(where: { $0 > 0 }) {
            cairo_set_dash(cr, stroke.dash, Int32(stroke.dash.count), 0)
        } else {
            cairo_set_dash(cr, nil, 0, 0)
        }
    }

    private func setSource(_ c: Color) {
        func clamp(_ v: Double) -> Double { v.isFinite ? min(1, max(0, v)) : 0 }
        cairo_set_source_rgba(cr, clamp(c.red), clamp(c.green), clamp(c.blue), clamp(c.alpha))
    }

    private func requireFinite(_ values: [Double], _ what: @autoclosure () -> String) throws {
        if values.contains(where: { !$0.isFinite }) {
            throw RenderError.invalidGeometry("\(what()) has a coordinate or size that is not a finite number")
        }
    }
}
