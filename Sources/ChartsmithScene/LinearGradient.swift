/// A linear colour gradient in scene points: colours blended in sRGB along the line from
/// ``start`` to ``end`` through ``stops`` (offsets 0–1 along it), held at the end colours
/// beyond, as Cairo's linear patterns and SVG's `linearGradient` draw it. Fills a rectangle
/// (a continuous colour legend's bar) instead of its flat fill.
public struct LinearGradient: Hashable, Sendable, CustomStringConvertible {
    /// One colour at a fraction of the way along the gradient.
    public struct Stop: Hashable, Sendable {
        public var offset: Double
        public var color: Color
        public init(offset: Double, color: Color) {
            self.offset = offset
            self.color = color
        }
    }

    public var start: Point
    public var end: Point
    public var stops: [Stop]

    public init(start: Point, end: Point, stops: [Stop]) {
        self.start = start
        self.end = end
        self.stops = stops
    }

    public var description: String {
        "gradient \(start)->\(end) [" + stops.map { "\(fmt($0.offset)) \($0.color)" }.joined(separator: ", ") + "]"
    }
}
