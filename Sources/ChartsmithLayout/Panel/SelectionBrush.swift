import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// An interval selection's initial brush, as Vega-Lite draws it before any interaction:
/// a rectangle over the selected extent (`{"x": [lo, hi]}`, the whole plot along a channel
/// the selection does not name), filled `#333` at opacity 0.125, under the marks.
///
/// In a figure of several views, Vega draws the brush only in the view whose store holds
/// the initial extent: the view that defines the parameter, the first of a repeated
/// view's copies, and none of a facet's cells (their units are named by group, which the
/// initial value does not name). The `condition`s that test the selection colour the
/// marks of every view alike, as the data stage already does.
enum SelectionBrush {
    static let fill = Color(red: 0x33 / 255, green: 0x33 / 255, blue: 0x33 / 255, alpha: 0.125)

    /// For each panel that draws brushes (by its index in `panels`), the interval
    /// selections with an initial extent it draws: all of them for one panel of its own,
    /// else each in the first panel, not a facet's cell, whose view defines it.
    static func owners(_ params: [ParamSpec], panels: [Panel]) -> [Int: [ParamSpec]] {
        var out: [Int: [ParamSpec]] = [:]
        for p in params where p.selection == .interval && !p.intervals.isEmpty {
            let owner: Int?
            if panels.count == 1 {
                owner = panels[0].inFacet ? nil : 0
            } else {
                let at = p.definedIn?.components ?? []
                owner = panels.firstIndex { !$0.inFacet && at.starts(with: $0.spec.path.components) }
            }
            if let owner { out[owner, default: []].append(p) }
        }
        return out
    }

    /// The brushes of `params` over a figure of one panel drawn on `x` and `y` in `plot`.
    static func nodes(_ params: [ParamSpec], x: PositionScale?, y: PositionScale?, plot: Rect) -> [SceneNode] {
        var out: [SceneNode] = []
        for p in params where p.selection == .interval && !p.intervals.isEmpty {
            var lo = (x: plot.minX, y: plot.minY), hi = (x: plot.maxX, y: plot.maxY)
            var drawn = true
            for (channel, ends) in p.intervals {
                guard ends.count == 2 else { drawn = false; continue }
                let scale = channel == "x" ? x : channel == "y" ? y : nil
                guard let scale, let a = scale.center(Value.from(ends[0])), let b = scale.center(Value.from(ends[1])) else {
                    drawn = false; continue
                }
                if channel == "x" { lo.x = max(plot.minX, min(a, b)); hi.x = min(plot.maxX, max(a, b)) }
                else { lo.y = max(plot.minY, min(a, b)); hi.y = min(plot.maxY, max(a, b)) }
            }
            guard drawn, hi.x > lo.x, hi.y > lo.y else { continue }
            out.append(.rect(RectNode(rect: Rect(x: lo.x, y: lo.y, width: hi.x - lo.x, height: hi.y - lo.y), fill: fill,
                                      role: .background, name: "brush \(p.name)")))
        }
        return out
    }
}
