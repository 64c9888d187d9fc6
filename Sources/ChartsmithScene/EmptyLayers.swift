extension Scene {
    /// The names of the mark layers (the groups named `"layer N kind"` in the scene's mark
    /// group) that hold nothing drawn: no rectangle, path or text at any depth.
    public var emptyLayers: [String] { emptyLayerOrdinals.map(\.name) }

    /// The empty layers with their place among all the layers of the marks (the first
    /// layer 0), for a grid whose cells number their layers each from 0.
    public var emptyLayerOrdinals: [(ordinal: Int, name: String)] {
        func draws(_ nodes: [SceneNode]) -> Bool {
            nodes.contains {
                if case .group(let g) = $0 { return draws(g.children) }
                return true
            }
        }
        var out: [(ordinal: Int, name: String)] = []
        var k = 0
        for case .group(let marks) in nodes where marks.role == .mark {
            for case .group(let layer) in marks.children where layer.name?.hasPrefix("layer ") == true {
                if !draws(layer.children) { out.append((k, layer.name!)) }
                k += 1
            }
        }
        return out
    }
}
