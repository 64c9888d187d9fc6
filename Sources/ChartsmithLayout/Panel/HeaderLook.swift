import ChartsmithScene
import ChartsmithSpec
import Foundation

/// One run of header text resolved for drawing, as Vega-Lite sets a facet header's labels
/// or title (a Vega group title): the side of the grid or cell it sits on, its angle,
/// anchor, align, baseline, padding and limit, with Vega-Lite's defaults for the kind of
/// header where the spec says nothing, and the style's left alignment for level text.
struct HeaderLook {
    var orient: HeaderPlacement.Orient
    /// Degrees, clockwise.
    var angle: Double
    var anchor: HeaderPlacement.Anchor
    var align: HeaderPlacement.Align?
    var baseline: HeaderPlacement.Baseline?
    /// Points between the text and the edge of what it labels (its axes included).
    var padding: Double
    var limit: Double?
    var font: FontDescriptor
    var color: Color
    /// Level text the style anchors at the start, from the axis' left edge rather than
    /// the plot's (the house style's left-aligned headers).
    var fromAxisEdge = false

    /// - Parameters:
    ///   - kind: "row", "column" or "facet" (a wrapped facet, and concatenated views' titles).
    ///   - styleAnchor: the style's title anchor; "start" (or "end") sets level header text
    ///     at the start (end) of what it labels where the spec gives no anchor. Vega-Lite
    ///     centres it.
    init(_ p: HeaderPlacement, kind: String, font: FontDescriptor, color: Color, styleAnchor: String, padding: Double = 10) {
        let orient = p.orient ?? (kind == "row" ? .left : .top)
        self.orient = orient
        // A Vega title on the left reads upwards, on the right downwards.
        angle = p.angle ?? (orient == .left ? -90 : orient == .right ? 90 : 0)
        align = p.align
        baseline = p.baseline
        self.padding = p.padding ?? padding
        limit = p.limit.flatMap { $0 > 0 ? $0 : nil }
        self.font = font
        self.color = color
        if let a = p.anchor {
            anchor = a
        } else {
            let level = Self.runsAlong(angle: angle, orient: orient) && (orient == .top || orient == .bottom)
            anchor = level && styleAnchor == "start" ? .start : level && styleAnchor == "end" ? .end : .middle
            fromAxisEdge = level && styleAnchor == "start"
        }
    }

    /// This look with a concatenated view's title object's `anchor` and `align`, as Vega
    /// sets a group title: an `align` without an `anchor` sits on Vega's default anchor,
    /// the middle of the view (the style's start anchor would push right-aligned text off
    /// the view's left edge).
    func placing(_ title: TitleLook?) -> HeaderLook {
        guard let title else { return self }
        var l = self
        let align = title.align.flatMap(HeaderPlacement.Align.init(rawValue:))
        if let a = title.anchor.flatMap(HeaderPlacement.Anchor.init(rawValue:)) {
            l.anchor = a
        } else if align != nil {
            l.anchor = .middle
        } else {
            return l
        }
        l.fromAxisEdge = false
        if let align { l.align = align }
        return l
    }

    /// The way out of the grid, from the edge the text sits on.
    var outward: Point {
        switch orient {
        case .top: Point(x: 0, y: -1)
        case .bottom: Point(x: 0, y: 1)
        case .left: Point(x: -1, y: 0)
        case .right: Point(x: 1, y: 0)
        }
    }

    /// From the anchor's start to its end along the edge: left to right on the top and
    /// bottom, upwards on the left (as text turned -90° reads), downwards on the right.
    var along: Point {
        switch orient {
        case .top, .bottom: Point(x: 1, y: 0)
        case .left: Point(x: 0, y: -1)
        case .right: Point(x: 0, y: 1)
        }
    }

    /// The text's own direction and its "up", for the angle.
    var direction: Point { let r = angle * .pi / 180; return Point(x: cos(r), y: sin(r)) }
    var up: Point { let r = angle * .pi / 180; return Point(x: sin(r), y: -cos(r)) }

    /// Whether text at this angle runs along the edge (then it wraps to the length of what
    /// it labels) rather than across it.
    var runsAlong: Bool { Self.runsAlong(angle: angle, orient: orient) }

    static func runsAlong(angle: Double, orient: HeaderPlacement.Orient) -> Bool {
        let r = angle * .pi / 180
        let horizontal = abs(cos(r)) >= abs(sin(r))
        return horizontal == (orient == .top || orient == .bottom)
    }

    /// The lines of `text` as drawn: cut to `limit` with an ellipsis, else wrapped to
    /// `length` (the labelled cell's or grid's length) when the text runs along the edge.
    func lines(_ text: String, length: Double, kit: TextKit) -> [String] {
        if let limit { return [kit.truncate(text, font: font, maxWidth: limit)] }
        // A word longer than the cell is kept whole (never cut to "Cro…" in silence): the
        // grid's gaps grow to fit it (``HeaderFit``).
        if runsAlong { return kit.wrap(text, font: font, maxWidth: max(length, 40), truncateWords: false) }
        return [text]
    }

    /// The point on the edge the text hangs from: `line` across the edge (the edge moved
    /// out by the padding), and the anchor's place in `span` along it (`start...end`, in
    /// the scene's x on the top and bottom, y on the sides).
    func anchorPoint(line: Double, span: ClosedRange<Double>) -> Point {
        let lo = span.lowerBound, hi = span.upperBound
        let t: Double = switch anchor {
        case .start: orient == .left ? hi : lo
        case .middle: (lo + hi) / 2
        case .end: orient == .left ? lo : hi
        }
        return orient == .top || orient == .bottom ? Point(x: t, y: line) : Point(x: line, y: t)
    }

    /// The lines set at `a`: each turned by the angle, stacked across the text's direction,
    /// aligned and on a baseline as the spec says or, by default, clear of the edge
    /// (outward of `a`) and as the anchor places them along it, as Vega-Lite's header
    /// defaults do.
    func nodes(_ lines: [String], at a: Point, kit: TextKit, role: Role) -> [TextNode] {
        let d = direction, u = up, out = outward, al = along
        func dot(_ p: Point, _ q: Point) -> Double { p.x * q.x + p.y * q.y }
        let textAlign: TextNode.Align
        switch align {
        case .left: textAlign = .start
        case .center: textAlign = .center
        case .right: textAlign = .end
        case nil:
            if abs(dot(d, out)) > abs(dot(d, al)) {
                textAlign = dot(d, out) > 0 ? .start : .end
            } else {
                let forward = dot(d, al) >= 0
                textAlign = switch anchor {
                case .start: forward ? .start : .end
                case .middle: .center
                case .end: forward ? .end : .start
                }
            }
        }
        let textBaseline: TextNode.Baseline
        switch baseline {
        case .top, .lineTop: textBaseline = .top
        case .middle: textBaseline = .middle
        case .bottom, .lineBottom: textBaseline = .bottom
        case .alphabetic: textBaseline = .alphabetic
        case nil:
            if abs(dot(u, out)) > abs(dot(u, al)) {
                textBaseline = dot(u, out) > 0 ? .bottom : .top
            } else {
                textBaseline = .middle
            }
        }
        let step = kit.lineHeight(font) * 1.2
        let n = Double(lines.count)
        let first: Double = switch textBaseline {
        case .top: 0
        case .middle: -(n - 1) / 2
        case .alphabetic, .bottom: -(n - 1)
        }
        func set(at a: Point) -> [TextNode] {
            lines.enumerated().map { i, line in
                let k = (first + Double(i)) * step
                // Later lines sit below earlier ones in the text's own frame (against "up").
                let p = Point(x: a.x - u.x * k, y: a.y - u.y * k)
                var node = kit.node(line, at: p, font: font, color: color, align: textAlign, baseline: textBaseline,
                                    angle: angle, role: role)
                node.isHeader = true
                return node
            }
        }
        // Vega sets a header's text box outside the edge whatever its align and baseline
        // (`labelAlign: "left"` on a row header turned level reads rightwards from the
        // box's start, not into the plot): text that reaches back over the edge moves out.
        let nodes = set(at: a)
        let back = nodes.map { n -> Double in
            let b = n.bounds
            return switch orient {
            case .top: b.maxY - a.y
            case .bottom: a.y - b.minY
            case .left: b.maxX - a.x
            case .right: a.x - b.minX
            }
        }.max() ?? 0
        guard back > 0.5 else { return nodes }
        return set(at: Point(x: a.x + out.x * back, y: a.y + out.y * back))
    }

    /// How far the lines reach out past their anchor line, plus the padding: the room
    /// the text needs beside what it labels (0 for no lines).
    func thickness(_ lines: [String], kit: TextKit) -> Double {
        guard !lines.isEmpty else { return 0 }
        var reach = 0.0
        for n in nodes(lines, at: Point(x: 0, y: 0), kit: kit, role: .axisTitle) {
            let b = n.bounds
            let r = switch orient {
            case .top: -b.minY
            case .bottom: b.maxY
            case .left: -b.minX
            case .right: b.maxX
            }
            reach = max(reach, r)
        }
        return padding + max(reach, 0)
    }
}
