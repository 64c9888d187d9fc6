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
    /// With `sparingTextMarks`, an overlap that involves a text mark's text
    /// (``textMarkTexts``) is not reported: Vega draws every text of a text mark, and the
    /// chart names such overlaps in a warning instead (text off the canvas still counts).
    public func textCollisions(tolerance: Double = 0.5, sparingTextMarks: Bool = false) -> [TextCollision] {
        let nodes = texts.filter { !$0.text.trimmingWhitespace.isEmpty }
        let spared = sparingTextMarks ? textMarkTexts : []
        let items = nodes.map { ($0.text, $0.bounds) }
        var out: [TextCollision] = []
        for (t, r) in items where !bounds.contains(r, tolerance: tolerance) {
            out.append(.offCanvas(t, r))
        }
        for i in items.indices {
            for j in items.indices where j > i && !(spared.contains(nodes[i]) || spared.contains(nodes[j])) {
                // Turned texts by their turned boxes; upright ones by their bounds.
                let turned = nodes[i].angle != 0 || nodes[j].angle != 0
                if turned ? nodes[i].overlaps(nodes[j], separation: -tolerance) : items[i].1.intersects(items[j].1, tolerance: tolerance) {
                    out.append(.overlap(items[i].0, items[i].1, items[j].0, items[j].1))
                }
            }
        }
        return out
    }

    /// The texts of text marks: the data itself, as opposed to the labels Chartsmith adds
    /// (mark-label texts inside a group of marks; value labels sit outside it).
    public var textMarkTexts: Set<TextNode> {
        func collect(_ nodes: [SceneNode], inMark: Bool, into out: inout Set<TextNode>) {
            for n in nodes {
                switch n {
                case .text(let t) where inMark && t.role == .markLabel: out.insert(t)
                case .group(let g): collect(g.children, inMark: inMark || g.role == .mark, into: &out)
                default: break
                }
            }
        }
        var out = Set<TextNode>()
        collect(nodes, inMark: false, into: &out)
        return out
    }
}

/// A label Chartsmith added that sits on a mark other than the one it labels, found by
/// ``Scene/textMarkCollisions(roles:tolerance:)``.
public struct TextMarkCollision: Hashable, Sendable, CustomStringConvertible {
    /// The label's text and box.
    public var text: String
    public var box: Rect
    /// The mark it sits on: its layer's group name and its own name.
    public var mark: String

    public var description: String { "\"\(text)\" \(box) on \(mark)" }
}

extension Scene {
    /// The labels Chartsmith added (texts with these roles outside the marks' own group,
    /// so a spec's text marks are not counted) that overlap a bar, line, rule or point
    /// (``MarkObstacles``) other than the mark they label.
    ///
    /// A label labels the mark its enclosing group is named after (`"layer 0 bar: k=A v=3"`,
    /// ``MarkObstacles/owner(layer:name:)``); a label outside such a group labels no mark.
    public func textMarkCollisions(roles: Set<Role> = [.markLabel, .total], tolerance: Double = 0.5) -> [TextMarkCollision] {
        var layers: [SceneNode] = []
        var labels: [(TextNode, String?)] = []
        func visit(_ nodes: [SceneNode], owner: String?) {
            for n in nodes {
                switch n {
                case .text(let t) where roles.contains(t.role) && !t.text.trimmingWhitespace.isEmpty: labels.append((t, owner))
                case .group(let g): visit(g.children, owner: g.name ?? owner)
                default: break
                }
            }
        }
        for n in nodes {
            if case .group(let g) = n, g.role == .mark { layers += g.children } else { visit([n], owner: nil) }
        }
        let obstacles = MarkObstacles(layers: layers)
        var out: [TextMarkCollision] = []
        for (t, owner) in labels {
            for m in obstacles.owners(hitBy: t.bounds, except: owner, tolerance: tolerance) {
                out.append(TextMarkCollision(text: t.text, box: t.bounds, mark: m))
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
