import Foundation
import ChartsmithScene

/// The contrast checks a style must pass (WCAG 2.2 AA, as the Analysis Function asks):
/// text contrasts at least 4.5:1 with what is behind it, and colours that touch (stacked
/// segments, neighbours in a palette) contrast at least 3:1 or are parted by a
/// separating outline.
///
/// ``check(_:)-theme`` looks at a style's colours; ``check(_:)-scene`` at a drawn chart, so
/// it also catches a spec's own colours and labels printed on bars. Both return plain
/// messages; the pipeline (`ChartPipeline`) and ``StyleLibrary`` turn them into warnings naming the file.
public enum ContrastCheck {
    /// The least contrast text needs with its background.
    public static let textMinimum = 4.5
    /// The least contrast two touching colours need.
    public static let adjacentMinimum = 3.0

    /// A style's problems: text role colours against the background, and neighbouring
    /// palette colours against each other when the style draws no separator.
    public static func check(_ theme: Theme) -> [String] {
        checkText(theme) + checkPalette(theme)
    }

    /// A style's text role colours against its background.
    public static func checkText(_ theme: Theme) -> [String] {
        var out: [String] = []
        let bg = theme.background.flattened(over: .white)
        for (role, color) in theme.roleColors {
            let c = color.flattened(over: bg)
            let r = c.contrastRatio(with: bg)
            if r < textMinimum {
                out.append("the \(role) colour \(color.hexString) contrasts \(ratio(r)) with the background \(bg.hexString); text needs at least 4.5:1")
            }
        }
        return out
    }

    /// A style's neighbouring palette colours against each other, when it draws no
    /// separator: a problem only where marks of those colours touch (``hasTouchingMarks(_:)``).
    public static func checkPalette(_ theme: Theme) -> [String] {
        var out: [String] = []
        let bg = theme.background.flattened(over: .white)
        if theme.segmentSeparator == nil {
            let p = theme.categoryPalette.map { $0.flattened(over: bg) }
            for i in p.indices.dropLast() {
                let r = p[i].contrastRatio(with: p[i + 1])
                if r < adjacentMinimum {
                    out.append("palette colours \(i + 1) and \(i + 2) (\(p[i].hexString), \(p[i + 1].hexString)) have a luminance contrast of \(ratio(r)); "
                        + "neighbours in a stack need at least 3:1, or a separating outline (\"separator\": {\"width\": 1})")
                }
            }
        }
        return out
    }

    /// A drawn chart's problems: each text against the mark or background behind it, and
    /// touching segments of stacked bars, in colours the spec chose, without an outline.
    /// Repeats of one problem are reported once.
    public static func check(_ scene: Scene) -> [String] {
        var out: [String] = []
        var seen = Set<String>()
        var barProblems = 0
        let bg = (scene.background ?? .white).flattened(over: .white)
        // Filled shapes text may sit on, in drawing order.
        // A path counts only where it is filled (a pie slice's box holds its neighbours' labels).
        // A shape inside a clipped group (a view zoomed to a brush) counts only within the clip.
        var shapes: [(Rect, Color, Path?)] = []
        func collect(_ nodes: [SceneNode], clip: Rect?) {
            for n in nodes {
                switch n {
                case .rect(let r):
                    if let f = r.fill, f.alpha > 0 { shapes.append((clip.map(r.rect.intersection) ?? r.rect, f, nil)) }
                case .path(let p):
                    guard let f = p.fill, f.alpha > 0, let pb = p.path.bounds, pb.width > 2, pb.height > 2 else { continue }
                    shapes.append((clip.map(pb.intersection) ?? pb, f, p.path))
                case .group(let g):
                    collect(g.children, clip: g.clip.map { c in clip.map(c.intersection) ?? c } ?? clip)
                default: break
                }
            }
        }
        collect(scene.nodes, clip: nil)
        // Text with anything but whitespace (as `trimmingCharacters(in: .whitespaces)` would
        // leave something), checked scalar by scalar rather than by building the trimmed string.
        let whitespace = CharacterSet.whitespaces
        // Texts of one role and colour on one background are one problem: the first is
        // named and the others counted (five red bar labels, not only the first).
        var textProblems: [(key: String, text: TextNode, colour: Color, behind: Color, ratio: Double)] = []
        var textCounts: [String: Int] = [:]
        for t in scene.texts where t.text.unicodeScalars.contains(where: { !whitespace.contains($0) }) {
            let box = t.bounds
            let centre = Point(x: box.midX, y: box.midY)
            var behind = bg
            for (rect, fill, path) in shapes where rect.containsPoint(centre) && (path?.contains(centre) ?? true) {
                behind = fill.flattened(over: behind)
            }
            let c = t.color.flattened(over: behind)
            let r = c.contrastRatio(with: behind)
            guard r < textMinimum else { continue }
            let key = "\(t.role)|\(c.hexString)|\(behind.hexString)"
            textCounts[key, default: 0] += 1
            guard seen.insert(key).inserted else { continue }
            textProblems.append((key, t, c, behind, r))
        }
        for p in textProblems {
            let more = (textCounts[p.key] ?? 1) - 1
            let others = more == 0 ? "" : " and \(more) more \(plural(p.text.role, more)) in that colour"
            out.append("\(describe(p.text.role)) \"\(p.text.text)\"\(others) (\(p.colour.hexString) on \(p.behind.hexString)) contrast\(more == 0 ? "s" : "") \(ratio(p.ratio)); text needs at least 4.5:1")
        }
        // Segments of stacks only (bars overlaid or side by side are not one stack), and
        // not two whose colours the style chose: the style parts those itself.
        let bars = scene.separableMarkRects.filter { $0.segment != nil && $0.fill != nil && $0.rect.width > 0 && $0.rect.height > 0 }
        for (i, j) in touchingPairs(bars.map(\.rect)) {
            let a = bars[i], b = bars[j]
            guard a.stroke == nil || b.stroke == nil, !(a.segment!.styleColor && b.segment!.styleColor) else { continue }
            if let s = a.stroke ?? b.stroke, s.width > 0 { continue }
            let ca = a.fill!.flattened(over: bg), cb = b.fill!.flattened(over: bg)
            // Bars of one colour that meet (neighbouring months of one series) read as
            // one run; only different colours that touch need telling apart.
            guard ca.hexString != cb.hexString else { continue }
            let r = ca.contrastRatio(with: cb)
            guard r < adjacentMinimum else { continue }
            let key = "bars|\(min(ca.hexString, cb.hexString))|\(max(ca.hexString, cb.hexString))"
            guard seen.insert(key).inserted else { continue }
            barProblems += 1
            if barProblems > Self.maxBarWarnings { continue }
            out.append("touching bar segments \(ca.hexString)" + (a.name.map { " (\($0))" } ?? "")
                + " and \(cb.hexString)" + (b.name.map { " (\($0))" } ?? "")
                + " have a luminance contrast of \(ratio(r)); they need at least 3:1, or a separating outline (\"separator\": {\"width\": 1})")
        }
        if barProblems > Self.maxBarWarnings {
            out.append("\(barProblems - Self.maxBarWarnings) more pairs of touching bar segments fall below 3:1 contrast")
        }
        return out
    }

    /// Whether marks of different colours touch in `scene`, so neighbouring palette colours
    /// meet: rectangles sharing an edge (segments of a stack, bars side by side, rects
    /// outside heatmaps) or large filled shapes whose boxes meet (slices of a pie, stacked
    /// areas). Points, lines, rules and text never count, so a scatter plot or a line chart
    /// gets no warning about neighbours in a stack.
    public static func hasTouchingMarks(_ scene: Scene) -> Bool {
        let bg = (scene.background ?? .white).flattened(over: .white)
        let rects = scene.separableMarkRects.filter { $0.fill != nil && $0.rect.width > 0 && $0.rect.height > 0 }
        for (i, j) in touchingPairs(rects.map(\.rect))
        where rects[i].fill!.flattened(over: bg).hexString != rects[j].fill!.flattened(over: bg).hexString {
            return true
        }
        // Filled mark shapes at least this wide and high: slices and areas, not symbols.
        let least = 24.0
        var shapes: [(Rect, String)] = []
        func walk(_ nodes: [SceneNode]) {
            for n in nodes {
                switch n {
                case .path(let p) where p.role == .mark:
                    guard let f = p.fill, f.alpha > 0, let b = p.path.bounds, b.width >= least, b.height >= least else { continue }
                    shapes.append((b, f.flattened(over: bg).hexString))
                case .group(let g) where g.name != Scene.heatmapCells: walk(g.children)
                default: break
                }
            }
        }
        walk(scene.nodes)
        for i in shapes.indices {
            for j in shapes.indices where j > i && shapes[i].1 != shapes[j].1 {
                let a = shapes[i].0, b = shapes[j].0
                if min(a.maxX, b.maxX) >= max(a.minX, b.minX) && min(a.maxY, b.maxY) >= max(a.minY, b.minY) { return true }
            }
        }
        return false
    }

    /// At most this many pairs of touching bars are named; the rest are counted.
    static let maxBarWarnings = 3

    /// Whether two rectangles share an edge (within a twentieth of a point: segments of
    /// one stack meet exactly; bars parted by any visible gap do not touch) along more
    /// than a point.
    /// The pairs `(i, j)`, `i < j`, of `rects` that are ``touching(_:_:)``, in the order of
    /// a scan of every pair (by `i`, then `j`), found through their edges: only rectangles
    /// whose left edge is another's right edge (or top edge another's bottom) are compared,
    /// so thousands of stacked segments cost no more than their neighbours.
    public static func touchingPairs(_ rects: [Rect]) -> [(Int, Int)] {
        // Edges within `eps` fall in the same or a neighbouring cell of this size.
        let cell = 0.1
        func key(_ v: Double) -> Int { Int((v / cell).rounded(.down)) }
        var byMinX: [Int: [Int]] = [:], byMinY: [Int: [Int]] = [:]
        for (i, r) in rects.enumerated() {
            byMinX[key(r.minX), default: []].append(i)
            byMinY[key(r.minY), default: []].append(i)
        }
        var pairs = Set<Int64>()
        let n = Int64(rects.count)
        for (i, r) in rects.enumerated() {
            for (edge, table) in [(r.maxX, byMinX), (r.maxY, byMinY)] {
                let k = key(edge)
                for c in (k - 1)...(k + 1) {
                    for j in table[c] ?? [] where j != i && touching(r, rects[j]) {
                        pairs.insert(Int64(min(i, j)) * n + Int64(max(i, j)))
                    }
                }
            }
        }
        return pairs.sorted().map { (Int($0 / n), Int($0 % n)) }
    }

    public static func touching(_ a: Rect, _ b: Rect) -> Bool {
        let eps = 0.05
        let overlapX = min(a.maxX, b.maxX) - max(a.minX, b.minX)
        let overlapY = min(a.maxY, b.maxY) - max(a.minY, b.minY)
        let verticalEdge = (abs(a.maxX - b.minX) <= eps || abs(b.maxX - a.minX) <= eps) && overlapY > 1
        let horizontalEdge = (abs(a.maxY - b.minY) <= eps || abs(b.maxY - a.minY) <= eps) && overlapX > 1
        return verticalEdge || horizontalEdge
    }

    /// A contrast ratio as people read it, to one decimal and rounded down so a ratio
    /// just short of a minimum never prints as meeting it: "2.9:1", "4.4:1", "1:1".
    static func ratio(_ r: Double) -> String {
        let v = (r * 10).rounded(.down) / 10
        var s = String(v)
        if s.hasSuffix(".0") { s.removeLast(2) }
        return s + ":1"
    }

    /// What more texts of `role` are called, counted as `n`: "labels", "axis labels".
    static func plural(_ role: Role, _ n: Int) -> String {
        var noun = describe(role)
        noun.removeFirst(4)  // "the "
        guard n != 1 else { return noun }
        return noun == "text" ? "texts" : noun + "s"
    }

    static func describe(_ role: Role) -> String {
        switch role {
        case .title: return "the title"
        case .subtitle: return "the subtitle"
        case .source: return "the source line"
        case .notes: return "the note"
        case .axisLabel: return "the axis label"
        case .axisTitle: return "the axis title"
        case .legendLabel: return "the legend label"
        case .legendTitle: return "the legend title"
        case .markLabel: return "the label"
        case .total: return "the total"
        case .directLabel: return "the direct label"
        case .annotation: return "the annotation"
        default: return "the text"
        }
    }
}

extension Color {
    /// This colour composited over an opaque `background` (straight alpha).
    public func flattened(over background: Color) -> Color {
        guard alpha < 1 else { return self }
        let a = max(0, alpha)
        return Color(red: red * a + background.red * (1 - a), green: green * a + background.green * (1 - a),
                     blue: blue * a + background.blue * (1 - a))
    }
}

extension Rect {
    func containsPoint(_ p: Point) -> Bool {
        p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY
    }
}
