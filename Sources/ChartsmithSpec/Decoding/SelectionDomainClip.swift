/// Vega-Lite clips the marks of a view whose x or y scale domain is bound to a selection
/// (`"scale": {"domain": {"param": "brush"}}`): its `selectionExtent` scales make the mark
/// group clip unless the mark sets `clip` itself. An overview-and-detail chart's detail
/// view is zoomed to the brush, so its marks outside the brushed extent are cut off at the
/// plot's edges, as Vega draws them.
extension SpecDecoder {
    /// Whether `view` (a spec or a layer's view, with its nested layers) has an x or y
    /// scale domain bound to a parameter.
    static func hasSelectionDomain(_ view: JSONNode) -> Bool {
        guard case .object(let o) = view.value else { return false }
        if case .object(let enc)? = o["encoding"]?.value {
            for channel in ["x", "y"] {
                guard case .object(let def)? = enc[channel]?.value, case .object(let scale)? = def["scale"]?.value,
                      case .object(let domain)? = scale["domain"]?.value else { continue }
                if domain["param"] != nil { return true }
            }
        }
        if case .array(let layers)? = o["layer"]?.value { return layers.contains(where: hasSelectionDomain) }
        return false
    }

    /// Sets `clip` on the spec's marks that do not set it, when a position domain of the
    /// view (shared by its layers) is bound to a selection.
    static func clipForSelectionDomain(_ root: JSONNode, _ spec: inout ChartSpec) {
        guard hasSelectionDomain(root) else { return }
        if spec.mark != nil, spec.mark?.clip == nil { spec.mark?.clip = true }
        for i in spec.layers.indices where spec.layers[i].mark.clip == nil { spec.layers[i].mark.clip = true }
    }
}
