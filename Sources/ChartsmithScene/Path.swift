import Foundation

/// One step of a path outline.
public enum PathElement: Hashable, Sendable {
    case move(to: Point)
    case line(to: Point)
    /// A cubic Bézier curve to `to` with two control points. Boxed (`indirect`), so an
    /// element takes 24 bytes instead of 56 and a long polyline's path is less than half
    /// the size (a 1,000,000-point line: 24 MB instead of 56).
    indirect case curve(to: Point, control1: Point, control2: Point)
    case close
}

/// An outline made of straight and curved segments, possibly with several sub-paths.
public struct Path: Hashable, Sendable, CustomStringConvertible {
    public var elements: [PathElement]

    public init(_ elements: [PathElement] = []) {
        self.elements = elements
    }

    public mutating func move(to p: Point) { elements.append(.move(to: p)) }
    public mutating func line(to p: Point) { elements.append(.line(to: p)) }
    public mutating func curve(to p: Point, control1: Point, control2: Point) {
        elements.append(.curve(to: p, control1: control1, control2: control2))
    }
    public mutating func close() { elements.append(.close) }

    /// A polyline through `points`.
    public static func polyline(_ points: [Point]) -> Path {
        var p = Path()
        p.elements.reserveCapacity(points.count)
        for (i, pt) in points.enumerated() {
            if i == 0 { p.move(to: pt) } else { p.line(to: pt) }
        }
        return p
    }

    /// The number of sub-paths (each starts with a move).
    public var subpathCount: Int {
        elements.reduce(0) { n, e in if case .move = e { return n + 1 } else { return n } }
    }

    /// Every end point, in order (control points excluded).
    public var points: [Point] {
        elements.compactMap {
            switch $0 {
            case .move(let p), .line(let p): return p
            case .curve(let p, _, _): return p
            case .close: return nil
            }
        }
    }

    /// The bounding box of the end and control points.
    public var bounds: Rect? {
        var xs: [Double] = [], ys: [Double] = []
        for e in elements {
            switch e {
            case .move(let p), .line(let p): xs.append(p.x); ys.append(p.y)
            case .curve(let p, let c1, let c2):
                for q in [p, c1, c2] { xs.append(q.x); ys.append(q.y) }
            case .close: break
            }
        }
        guard let x0 = xs.min(), let x1 = xs.max(), let y0 = ys.min(), let y1 = ys.max() else { return nil }
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    public var description: String {
        elements.map {
            switch $0 {
            case .move(let p): return "M\(fmt(p.x)),\(fmt(p.y))"
            case .line(let p): return "L\(fmt(p.x)),\(fmt(p.y))"
            case .curve(let p, let a, let b):
                return "C\(fmt(a.x)),\(fmt(a.y)) \(fmt(b.x)),\(fmt(b.y)) \(fmt(p.x)),\(fmt(p.y))"
            case .close: return "Z"
            }
        }.joined(separator: " ")
    }
}

extension Path {
    /// The path turned `degrees` clockwise (on the page, y down) about `centre`, as Vega
    /// turns a symbol by its `angle`.
    public func rotated(by degrees: Double, about centre: Point) -> Path {
        guard degrees.truncatingRemainder(dividingBy: 360) != 0 else { return self }
        let a = degrees * .pi / 180, c = cos(a), s = sin(a)
        func turn(_ p: Point) -> Point {
            let dx = p.x - centre.x, dy = p.y - centre.y
            return Point(x: centre.x + dx * c - dy * s, y: centre.y + dx * s + dy * c)
        }
        return Path(elements.map { e in
            switch e {
            case .move(let p): return .move(to: turn(p))
            case .line(let p): return .line(to: turn(p))
            case .curve(let p, let c1, let c2): return .curve(to: turn(p), control1: turn(c1), control2: turn(c2))
            case .close: return .close
            }
        })
    }
}
