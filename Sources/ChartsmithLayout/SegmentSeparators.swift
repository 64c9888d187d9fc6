import ChartsmithStyles
import ChartsmithScene

/// Parts touching segments of stacked bars whose colours contrast less than 3:1 with a
/// thin outline (``Theme/segmentSeparator``), so stacked segments stay distinct without
/// relying on colour (WCAG 1.4.11). Bars that already have an outline are left as they are.
/// Two segments whose colours the style's own palette chose are parted even by a style
/// that draws no separator (a 1-point line in its background colour): the style chose
/// them, so it must keep them apart (the house palette's dark pink and dark grey, 1.1:1,
/// meet wherever the category between them is absent from a stack).
///
/// A pass over the finished scene, so it applies to every stacked bar the same way.
public enum SegmentSeparators {
    public static func apply(_ scene: Scene, theme: Theme) -> Scene {
        let bg = (scene.background ?? .white).flattened(over: .white)
        let own = Stroke(color: theme.separatorColor ?? theme.background, width: 1)
        // Mark rectangles in traversal order, to find the pairs that need parting (by their
        // edges, ``ContrastCheck/touchingPairs(_:)``: no scan of every pair).
        var bars: [RectNode] = []
        collect(scene.nodes, into: &bars)
        var outline: [Int: Stroke] = [:]
        let segments = bars.indices.filter { bars[$0].segment != nil }
        for (p, q) in ContrastCheck.touchingPairs(segments.map { bars[$0].rect }) {
            let i = segments[p], j = segments[q]
            let a = bars[i], b = bars[j]
            guard let fa = a.fill, let fb = b.fill, a.stroke == nil, b.stroke == nil,
                  let stroke = theme.segmentSeparator ?? (a.segment!.styleColor && b.segment!.styleColor ? own : nil) else { continue }
            if fa.flattened(over: bg).contrastRatio(with: fb.flattened(over: bg)) < ContrastCheck.adjacentMinimum {
                outline[i] = stroke
                outline[j] = stroke
            }
        }
        guard !outline.isEmpty else { return scene }
        var s = scene
        var index = 0
        s.nodes = rewrite(scene.nodes, outline: outline, index: &index)
        return s
    }

    static func isBar(_ r: RectNode) -> Bool {
        r.role == .mark && r.fill != nil && r.rect.width > 0 && r.rect.height > 0
    }

    /// The name of the group holding a heatmap's cells, which are told apart by place:
    /// like colours side by side are the point, so they get no separators.
    static let heatmapGroup = Scene.heatmapCells

    static func collect(_ nodes: [SceneNode], into bars: inout [RectNode]) {
        for n in nodes {
            switch n {
            case .rect(let r) where isBar(r): bars.append(r)
            case .group(let g) where g.name != heatmapGroup: collect(g.children, into: &bars)
            default: break
            }
        }
    }

    static func rewrite(_ nodes: [SceneNode], outline: [Int: Stroke], index: inout Int) -> [SceneNode] {
        nodes.map { n in
            switch n {
            case .rect(var r) where isBar(r):
                if let stroke = outline[index] { r.stroke = stroke }
                index += 1
                return .rect(r)
            case .group(var g) where g.name != heatmapGroup:
                g.children = rewrite(g.children, outline: outline, index: &index)
                return .group(g)
            default:
                return n
            }
        }
    }
}
