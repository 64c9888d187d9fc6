/// A problem found by ``Scene/textCollisions(tolerance:)``.
public enum TextCollision: Hashable, Sendable, CustomStringConvertible {
    /// Two text boxes overlap.
    case overlap(String, Rect, String, Rect)
    /// A text box extends beyond the canvas.
    case offCanvas(String, Rect)

    public var description: String {
        switch self {
        case .overlap(let a, let ra, let b, let rb): return "overlap: \"\(a)\" \(ra) and \"\(b)\" \(rb)"
        case .offCanvas(let a, let r): return "off canvas: \"\(a)\" \(r)"
        }
    }
}

extension Scene {
    /// Every pair of overlapping text boxes and every text box that leaves the canvas.
    ///
    /// Boxes are the measured line boxes; `tolerance` points of shared edge are allowed,
    /// so lines set solid (touching) do not count.
    public func textCollisions(tolerance: Double = 0.5) -> [TextCollision] {
        let nodes = texts.filter { !$0.text.trimmingWhitespace.isEmpty }
        let items = nodes.map { ($0.text, $0.bounds) }
        var out: [TextCollision] = []
        for (t, r) in items where !bounds.contains(r, tolerance: tolerance) {
            out.append(.offCanvas(t, r))
        }
        for i in items.indices {
            for j in items.indices where j > i {
                // Turned texts by their turned boxes; upright ones by their bounds.
                let turned = nodes[i].angle != 0 || nodes[j].angle != 0
                if turned ? nodes[i].overlaps(nodes[j], separation: -tolerance) : items[i].1.intersects(items[j].1, tolerance: tolerance) {
                    out.append(.overlap(items[i].0, items[i].1, items[j].0, items[j].1))
                }
            }
        }
        return out
    }
}

extension String {
    var trimmingWhitespace: Substring {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return s
    }
}
