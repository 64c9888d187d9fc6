/// Titles written on the views of a `layer`.
///
/// Vega-Lite lets a layer's view carry a `title` (Altair writes one whenever
/// `alt.Chart(..., title=...)` is the first member of `+`). Vega-Lite's `LayerModel`
/// draws one title for the whole layer: its own, or else the first one found among its
/// views, depth first in order. Chartsmith does the same; each other title, which Vega
/// does not draw either, gets a located warning naming it.
extension SpecDecoder {
    /// The `title` nodes of the views of `layer` (a `layer` array), in the order Vega-Lite
    /// looks for one: a view's own title, then those of its nested views.
    static func layerTitleNodes(_ layer: JSONNode) -> [JSONNode] {
        guard case .array(let views) = layer.value else { return [] }
        return views.flatMap { view -> [JSONNode] in
            guard case .object(let o) = view.value else { return [] }
            return (o["title"].map { [$0] } ?? []) + (o["layer"].map(layerTitleNodes) ?? [])
        }
    }

    /// Sets `spec.title` from the first title of a layer's views when the spec has none,
    /// and warns about every layer title that is not drawn. Each title is decoded (and so
    /// checked) even when it is not drawn.
    func hoistLayerTitle(_ layer: JSONNode, into spec: inout ChartSpec) throws {
        for node in Self.layerTitleNodes(layer) {
            let title = try decodeTitle(node)
            if spec.title == nil {
                spec.title = title
                continue
            }
            DecodeWarnings.current?.add(Diagnostic(location: node.location, path: node.path,
                message: "this layer's title is not drawn: the chart already has a title (\(Self.quoted(spec.title))), and Vega-Lite draws only one for a layer, the chart's or else the first layer title; move it to \"title\" at the top level or into \"subtitle\"",
                severity: .warning))
        }
    }

    private static func quoted(_ t: TitleSpec?) -> String {
        "\"" + (t?.text.joined(separator: " ") ?? "") + "\""
    }
}
