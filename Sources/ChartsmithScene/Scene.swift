/// Document information carried into every output format.
public struct SceneMetadata: Hashable, Sendable {
    /// The chart's title, for the PDF title and the SVG `<title>`.
    public var title: String?
    /// The alternative text: PDF subject, PNG `Description` text chunk, SVG `<desc>`.
    public var description: String?
    /// Warnings the layout raised about the chart as drawn (a layer that drew nothing, and
    /// why), for the pipeline to report with its own.
    public var warnings: [String] = []
    /// The house style's own font files (absolute paths), which the renderer adds to its
    /// pinned fonts so the text draws in the families the layout measured it in.
    public var fontFiles: [String] = []

    public init(title: String? = nil, description: String? = nil) {
        self.title = title
        self.description = description
    }
}

/// A finished chart as backend-free drawing primitives, in points, origin top left.
///
/// A scene is what the layout stage produces and what a renderer consumes. It knows
/// nothing of Cairo; tests inspect it directly.
public struct Scene: Hashable, Sendable {
    public var width: Double
    public var height: Double
    public var background: Color?
    public var nodes: [SceneNode]
    public var metadata: SceneMetadata

    public init(width: Double, height: Double, background: Color? = .white, nodes: [SceneNode] = [],
                metadata: SceneMetadata = SceneMetadata()) {
        self.width = width
        self.height = height
        self.background = background
        self.nodes = nodes
        self.metadata = metadata
    }

    /// The canvas rectangle.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// Every node depth-first, groups included, in drawing order.
    public var allNodes: [SceneNode] {
        var out: [SceneNode] = []
        func walk(_ ns: [SceneNode]) {
            for n in ns {
                out.append(n)
                if case .group(let g) = n { walk(g.children) }
            }
        }
        walk(nodes)
        return out
    }

    /// Every text node, in drawing order.
    public var texts: [TextNode] {
        allNodes.compactMap { if case .text(let t) = $0 { return t } else { return nil } }
    }

    /// The name of the group holding a heatmap's cells: they are told apart by place, so
    /// like colours side by side are the point and no separator or contrast check applies.
    public static let heatmapCells = "heatmap cells"

    /// Every mark rectangle outside heatmaps (``heatmapCells``), in drawing order: the
    /// rectangles touching neighbours must stand apart from.
    public var separableMarkRects: [RectNode] {
        var out: [RectNode] = []
        func walk(_ ns: [SceneNode]) {
            for n in ns {
                switch n {
                case .rect(let r) where r.role == .mark: out.append(r)
                case .group(let g) where g.name != Scene.heatmapCells: walk(g.children)
                default: break
                }
            }
        }
        walk(nodes)
        return out
    }

    /// Every rectangle node, in drawing order.
    public var rects: [RectNode] {
        allNodes.compactMap { if case .rect(let r) = $0 { return r } else { return nil } }
    }

    /// Every path node, in drawing order.
    public var paths: [PathNode] {
        allNodes.compactMap { if case .path(let p) = $0 { return p } else { return nil } }
    }

    /// Every group node, in drawing order (stacks rounded as a whole are clipped groups).
    public var groups: [GroupNode] {
        allNodes.compactMap { if case .group(let g) = $0 { return g } else { return nil } }
    }

    /// Texts with the given role, in drawing order.
    public func texts(_ role: Role) -> [TextNode] { texts.filter { $0.role == role } }
    /// Rectangles with the given role, in drawing order.
    public func rects(_ role: Role) -> [RectNode] { rects.filter { $0.role == role } }
    /// Paths with the given role, in drawing order.
    public func paths(_ role: Role) -> [PathNode] { paths.filter { $0.role == role } }
}
