import ChartsmithScene

/// The last line of defence: drops any text that overlaps more important text or leaves
/// the canvas. Layout tries never to need it.
enum TextTriage {
    /// Text roles from most to least important.
    static let priority: [Role: Int] = [
        .title: 0, .subtitle: 1, .source: 2, .axisLabel: 3, .legendLabel: 4, .legendTitle: 4, .directLabel: 4,
        .axisTitle: 5, .notes: 6, .annotation: 7, .total: 8, .markLabel: 9,
    ]

    /// The scene without the text that collides with text placed before it.
    static func finish(_ scene: Scene) -> Scene { triage(scene).scene }

    /// ``finish(_:)``'s scene, and the texts of text marks kept although they overlap other
    /// text. A text mark's texts (``Scene/textMarkTexts``, the data itself) are never
    /// dropped for overlapping, as Vega draws every text of a text mark; only text off the
    /// canvas and the labels Chartsmith adds are left out.
    static func triage(_ scene: Scene) -> (scene: Scene, overlapping: [TextNode]) {
        var overlapping: [TextNode] = []
        let gone = dropped(from: scene.texts, canvas: scene.bounds, dataTexts: scene.textMarkTexts, overlapping: &overlapping)
        guard !gone.isEmpty else { return (scene, overlapping) }
        var out = scene
        func filter(_ nodes: [SceneNode]) -> [SceneNode] {
            nodes.compactMap { n in
                switch n {
                case .text(let t): return gone.contains(t) ? nil : n
                case .group(var g): g.children = filter(g.children); return .group(g)
                default: return n
                }
            }
        }
        out.nodes = filter(out.nodes)
        return (out, overlapping)
    }

    static func dropped(from texts: [TextNode], canvas: Rect) -> Set<TextNode> {
        var overlapping: [TextNode] = []
        return dropped(from: texts, canvas: canvas, dataTexts: [], overlapping: &overlapping)
    }

    /// The texts to drop: each text in priority order is kept when it lies on the canvas and
    /// overlaps no text kept before it. Turned text (axis labels at -45°) is tested by its
    /// turned box, not its upright bounds. ``TextIndex`` finds the kept texts near each one,
    /// so this costs O(n log n), with the same answer as comparing every pair.
    /// A text of `dataTexts` (a text mark's) on the canvas is kept even where it overlaps
    /// (and added to `overlapping`); it is placed before the other texts of its priority, so
    /// the labels Chartsmith adds give way to it.
    static func dropped(from texts: [TextNode], canvas: Rect, dataTexts: Set<TextNode>, overlapping: inout [TextNode]) -> Set<TextNode> {
        // Each text's priority looked up once (not twice per comparison); sorting the pairs by
        // it makes the same comparisons, so the same order.
        let ordered = texts.map { t in (2 * (priority[t.role] ?? 10) + (dataTexts.contains(t) ? 0 : 1), t) }
            .sorted { $0.0 < $1.0 }.map(\.1)
        var index = TextIndex()
        var dropped = Set<TextNode>()
        for t in ordered {
            let onCanvas = canvas.contains(t.bounds, tolerance: 0.01)
            if onCanvas && !index.overlapsKept(t) {
                index.keep(t)
            } else if onCanvas && dataTexts.contains(t) {
                index.keep(t)
                overlapping.append(t)
            } else {
                dropped.insert(t)
            }
        }
        return dropped
    }
}
