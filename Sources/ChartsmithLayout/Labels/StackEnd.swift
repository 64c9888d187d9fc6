import ChartsmithData

/// One side of one stack, for its total label: where the side ends (its furthest segment
/// edge from zero), the sum of its parts, and the band it stands in. A stack with parts
/// below zero has two sides, each totalled apart.
struct StackEnd {
    /// A stack's group value and its side (below zero or not).
    struct Key: Hashable, Comparable {
        var group: Value
        var negative: Bool
        static func < (a: Key, b: Key) -> Bool {
            a.group == b.group ? (!a.negative && b.negative) : valueLess(a.group, b.group)
        }
    }
    var end: Double
    var total: Double
    var band: (Double, Double)

    /// Adds one segment of `value`, drawn across `span` (pixels along the value axis) in
    /// `band`, to its stack's side.
    static func add(_ value: Double, span: (Double, Double), band: (Double, Double), group: Value, vertical: Bool,
                    to ends: inout [Key: StackEnd]) {
        let negative = value < 0
        // The segment's edge away from zero: up (smaller y) or right for positive parts.
        let end = vertical == negative ? max(span.0, span.1) : min(span.0, span.1)
        let key = Key(group: group, negative: negative)
        guard let prev = ends[key] else {
            ends[key] = StackEnd(end: end, total: value, band: band)
            return
        }
        let further = vertical == negative ? end > prev.end : end < prev.end
        ends[key] = StackEnd(end: further ? end : prev.end, total: prev.total + value, band: band)
    }
}
