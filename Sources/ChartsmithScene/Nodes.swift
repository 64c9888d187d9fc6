/// What a scene node stands for, so tests and tools can find marks, labels and axes
/// without relying on drawing order.
public enum Role: String, Hashable, Sendable {
    case background, title, subtitle, source, notes
    case mark, markLabel, total
    case axis, axisDomain, axisTick, axisLabel, axisTitle, grid
    case legend, legendSymbol, legendLabel, legendTitle
    case directLabel, leader, annotation
    case other
}

/// What a rectangle is as a segment of a stacked bar, for the checks on touching colours.
public struct StackSegment: Hashable, Sendable {
    /// Whether the style's palette chose the segment's colour (the spec named none): a
    /// failing pair of those is the style's to part, not the spec's to be warned about.
    public var styleColor: Bool

    public init(styleColor: Bool) { self.styleColor = styleColor }
}

/// A filled and/or stroked rectangle.
public struct RectNode: Hashable, Sendable {
    public var rect: Rect
    public var fill: Color?
    public var stroke: Stroke?
    public var cornerRadius: Double
    /// Per-corner radii (Vega's `cornerRadiusTopLeft` and siblings); when set they replace
    /// ``cornerRadius``.
    public var cornerRadii: CornerRadii?
    /// A linear gradient that fills the rectangle instead of ``fill`` (a colour legend's bar).
    public var gradient: LinearGradient?
    public var role: Role
    /// Free-form identification, e.g. the datum a bar shows ("Possessing / Cautioned").
    public var name: String?
    /// Set on a segment of a stacked bar (nil on any other rectangle): the touching-colour
    /// checks and separators look only at segments of stacks.
    public var segment: StackSegment?

    public init(rect: Rect, fill: Color? = nil, stroke: Stroke? = nil, cornerRadius: Double = 0,
                role: Role = .other, name: String? = nil) {
        self.rect = rect
        self.fill = fill
        self.stroke = stroke
        self.cornerRadius = cornerRadius
        self.role = role
        self.name = name
    }

    /// A rectangle with its own radius at each corner.
    public init(rect: Rect, fill: Color? = nil, stroke: Stroke? = nil, cornerRadii: CornerRadii,
                role: Role = .other, name: String? = nil) {
        self.init(rect: rect, fill: fill, stroke: stroke, cornerRadius: 0, role: role, name: name)
        self.cornerRadii = cornerRadii
    }

    /// The radius drawn at each corner: ``cornerRadii``, or ``cornerRadius`` at all four;
    /// each at most half the rectangle's width and height.
    public var effectiveRadii: CornerRadii {
        (cornerRadii ?? CornerRadii(all: cornerRadius)).clamped(to: rect)
    }
}

/// Radii of a rectangle's four corners, in points; "top" is the edge nearer y = 0 (the top
/// of the page).
public struct CornerRadii: Hashable, Sendable, CustomStringConvertible {
    public var topLeft: Double
    public var topRight: Double
    public var bottomRight: Double
    public var bottomLeft: Double

    public init(topLeft: Double = 0, topRight: Double = 0, bottomRight: Double = 0, bottomLeft: Double = 0) {
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomRight = bottomRight
        self.bottomLeft = bottomLeft
    }

    public init(all r: Double) { self.init(topLeft: r, topRight: r, bottomRight: r, bottomLeft: r) }

    public var isZero: Bool { topLeft <= 0 && topRight <= 0 && bottomRight <= 0 && bottomLeft <= 0 }

    /// Each radius at least 0 and at most half the rectangle's shorter side.
    public func clamped(to rect: Rect) -> CornerRadii {
        let limit = min(abs(rect.width), abs(rect.height)) / 2
        func clamp(_ v: Double) -> Double { min(max(v.isFinite ? v : 0, 0), limit) }
        return CornerRadii(topLeft: clamp(topLeft), topRight: clamp(topRight), bottomRight: clamp(bottomRight), bottomLeft: clamp(bottomLeft))
    }

    public var description: String {
        func f(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }
        return "\(f(topLeft))/\(f(topRight))/\(f(bottomRight))/\(f(bottomLeft))"
    }
}

/// A filled and/or stroked outline.
public struct PathNode: Hashable, Sendable {
    public var path: Path
    public var fill: Color?
    public var stroke: Stroke?
    public var role: Role
    public var name: String?

    public init(path: Path, fill: Color? = nil, stroke: Stroke? = nil, role: Role = .other, name: String? = nil) {
        self.path = path
        self.fill = fill
        self.stroke = stroke
        self.role = role
        self.name = name
    }
}

/// One line of text, positioned by an anchor point.
///
/// The layout measured the text with the renderer's ``TextMeasurer`` and stores the result,
/// so the text's box is known without a backend.
public struct TextNode: Hashable, Sendable {
    /// Where the anchor point lies horizontally within the text.
    public enum Align: String, Hashable, Sendable { case start, center, end }
    /// Where the anchor point lies vertically within the line box.
    public enum Baseline: String, Hashable, Sendable { case top, middle, alphabetic, bottom }

    public var text: String
    public var anchor: Point
    public var font: FontDescriptor
    public var color: Color
    public var align: Align
    public var baseline: Baseline
    /// Clockwise rotation in degrees about the anchor.
    public var angle: Double
    public var metrics: TextMetrics
    public var role: Role
    /// A facet's or concatenated view's header (its labels and field titles, or a view's
    /// title): drawn with the axis titles' role and importance, and named as a header
    /// where a warning says it was left out.
    public var isHeader = false

    public init(text: String, anchor: Point, font: FontDescriptor, color: Color = .black,
                align: Align = .start, baseline: Baseline = .alphabetic, angle: Double = 0,
                metrics: TextMetrics, role: Role = .other) {
        self.text = text
        self.anchor = anchor
        self.font = font
        self.color = color
        self.align = align
        self.baseline = baseline
        self.angle = angle
        self.metrics = metrics
        self.role = role
    }

    /// The top-left corner of the unrotated line box, relative to the anchor.
    public var boxOffset: Point {
        let dx: Double
        switch align {
        case .start: dx = 0
        case .center: dx = -metrics.width / 2
        case .end: dx = -metrics.width
        }
        let dy: Double
        switch baseline {
        case .top: dy = 0
        case .middle: dy = -metrics.height / 2
        case .alphabetic: dy = -metrics.ascent
        case .bottom: dy = -metrics.height
        }
        return Point(x: dx, y: dy)
    }

    /// The axis-aligned bounding box of the (possibly rotated) line box, in scene points.
    public var bounds: Rect {
        let o = boxOffset
        let corners = [
            Point(x: o.x, y: o.y), Point(x: o.x + metrics.width, y: o.y),
            Point(x: o.x, y: o.y + metrics.height), Point(x: o.x + metrics.width, y: o.y + metrics.height),
        ]
        let r = angle * Double.pi / 180
        let c = cos(r), s = sin(r)
        let pts = corners.map { Point(x: anchor.x + $0.x * c - $0.y * s, y: anchor.y + $0.x * s + $0.y * c) }
        let xs = pts.map(\.x), ys = pts.map(\.y)
        let x0 = xs.min()!, y0 = ys.min()!
        return Rect(x: x0, y: y0, width: xs.max()! - x0, height: ys.max()! - y0)
    }
}

/// A group of nodes, optionally clipped, that can be named for inspection.
public struct GroupNode: Hashable, Sendable {
    public var children: [SceneNode]
    public var clip: Rect?
    /// Rounded corners of the clip (a stacked bar rounded as a whole, as Vega-Lite draws
    /// `cornerRadius` on a stack); each at most half the clip's shorter side.
    public var clipRadii: CornerRadii?
    public var role: Role
    public var name: String?

    public init(children: [SceneNode] = [], clip: Rect? = nil, clipRadii: CornerRadii? = nil, role: Role = .other, name: String? = nil) {
        self.children = children
        self.clip = clip
        self.clipRadii = clipRadii
        self.role = role
        self.name = name
    }
}

/// A drawing primitive or a group of them.
public indirect enum SceneNode: Hashable, Sendable {
    case rect(RectNode)
    case path(PathNode)
    case text(TextNode)
    case group(GroupNode)

    public var role: Role {
        switch self {
        case .rect(let n): return n.role
        case .path(let n): return n.role
        case .text(let n): return n.role
        case .group(let n): return n.role
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
