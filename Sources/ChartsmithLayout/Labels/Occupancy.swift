import ChartsmithScene

/// The text boxes placed so far, so an optional label goes only where it collides with
/// nothing and stays on the canvas.
struct Occupancy {
    var canvas: Rect
    var boxes: [Rect] = []
    /// Space kept between a new label and anything already placed.
    var gap = 1.5

    init(canvas: Rect) { self.canvas = canvas }

    mutating func add(_ r: Rect) { boxes.append(r) }

    mutating func add(_ nodes: [SceneNode]) {
        for n in nodes { if case .text(let t) = n { add(t.bounds) } else if case .group(let g) = n { add(g.children) } }
    }

    /// Whether a box is on the canvas and clear of every placed box.
    func isFree(_ r: Rect) -> Bool {
        guard canvas.contains(r, tolerance: 0.01) else { return false }
        let grown = r.insetBy(-gap)
        return !boxes.contains { $0.intersects(grown) }
    }

    /// Places a text node if its box is free; returns whether it was placed.
    mutating func place(_ t: TextNode) -> Bool {
        guard isFree(t.bounds) else { return false }
        add(t.bounds)
        return true
    }
}
