import ChartsmithData
import ChartsmithSpec
import ChartsmithStyles

extension PositionResolution {
    /// A layered view's own scales for `ch` when its `resolve` gives its layers a scale
    /// each (a dual-axis view), else nil. Such a view keeps its scales inside a concat that
    /// shares the channel: Vega-Lite's layer keeps the scales it does not merge, and the
    /// concat merges only its other views' scales.
    static func layersOwn(_ ch: Channel, cell: PreparedCell, theme: Theme) throws -> PositionResolution? {
        guard cell.spec.resolve.scaleIsIndependent(ch) else { return nil }
        let r = try resolve(ch, spec: cell.spec, views: cell.views, theme: theme)
        return r.domains.count > 1 ? r : nil
    }

    /// The scale a composition that shares `ch` gives its cells: resolved over the views
    /// of the cells whose layers do not each have their own (``layersOwn(_:cell:theme:)``),
    /// nil when every cell has its own. A facet's layers with their own scales are an
    /// error (Vega-Lite cannot compile them), as is a shared scale with an axis per layer.
    static func shared(_ ch: Channel, cells: [PreparedCell], in comp: Composition?, theme: Theme) throws -> PositionResolution? {
        let sharing = try cells.filter { try layersOwn(ch, cell: $0, theme: theme) == nil }
        func refuse() -> LayoutError {
            LayoutError("independent \(ch.rawValue) scales or axes inside the layers of a \(comp?.kind.rawValue ?? "view") that shares its \(ch.rawValue) scale are not supported by Chartsmith"
                        + (comp?.kind == .facet ? " (Vega-Lite cannot compile them inside a facet either); resolve the facet's \(ch.rawValue) scale as \"independent\"" : ""))
        }
        if comp?.kind == .facet && sharing.count < cells.count { throw refuse() }
        guard let first = sharing.first else { return nil }
        let r = try resolve(ch, spec: first.spec, views: sharing.flatMap(\.views), theme: theme)
        if r.independent { throw refuse() }
        return r
    }
}
