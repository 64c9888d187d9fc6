/// A point in the scene's coordinate space: points (1/72 inch), origin at the top left,
/// y growing downwards.
public struct Point: Hashable, Sendable, CustomStringConvertible {
    public var x: Double
    public var y: Double

    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    public var description: String { "(\(fmt(x)), \(fmt(y)))" }
}

/// A width and a height in points.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Double
    public var height: Double

    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    public static let zero = Size(width: 0, height: 0)

    public var description: String { "\(fmt(width))×\(fmt(height))" }
}

/// An axis-aligned rectangle in points.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var minX: Double { x }
    public var minY: Double { y }
    public var maxX: Double { x + width }
    public var maxY: Double { y + height }
    public var midX: Double { x + width / 2 }
    public var midY: Double { y + height / 2 }

    /// Whether the two rectangles share an area larger than `tolerance` in each direction.
    public func intersects(_ other: Rect, tolerance: Double = 0) -> Bool {
        let ix = min(maxX, other.maxX) - max(minX, other.minX)
        let iy = min(maxY, other.maxY) - max(minY, other.minY)
        return ix > tolerance && iy > tolerance
    }

    /// Whether `other` lies wholly inside this rectangle, allowing `tolerance` points of slack.
    public func contains(_ other: Rect, tolerance: Double = 0) -> Bool {
        other.minX >= minX - tolerance && other.minY >= minY - tolerance
            && other.maxX <= maxX + tolerance && other.maxY <= maxY + tolerance
    }

    /// The smallest rectangle containing both.
    public func union(_ other: Rect) -> Rect {
        let x0 = min(minX, other.minX), y0 = min(minY, other.minY)
        let x1 = max(maxX, other.maxX), y1 = max(maxY, other.maxY)
        return Rect(x: x0, y: y0, width: x1 - x0, height: y1 - y0)
    }

    /// This rectangle grown by `d` on every side (shrunk when `d` is negative).
    public func insetBy(_ d: Double) -> Rect {
        Rect(x: x + d, y: y + d, width: width - 2 * d, height: height - 2 * d)
    }

    public var description: String { "[\(fmt(x)), \(fmt(y)), \(fmt(width))×\(fmt(height))]" }
}

/// Formats a coordinate for scene dumps: at most two decimals, no trailing zeros.
func fmt(_ v: Double) -> String {
    if v.isNaN { return "nan" }
    let r = (v * 100).rounded() / 100
    if r == r.rounded() { return String(Int(r)) }
    let hundredths = Int((abs(v) * 100).rounded())
    var frac = String(hundredths % 100)
    if frac.count == 1 { frac = "0" + frac }
    while frac.hasSuffix("0") { frac.removeLast() }
    return (v < 0 ? "-" : "") + String(hundredths / 100) + "." + frac
}
