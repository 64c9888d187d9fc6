import ChartsmithData
import ChartsmithSpec

extension RenderLimits {
    /// Checks, as soon as the data is prepared, a `width` or `height` given as a step per
    /// category against the canvas limit: C categories × a step of S points make a side of at
    /// least C × S points, so a spec past the limit fails here, before layout spends time on
    /// thousands of bands it would refuse afterwards (``check(_:file:)-(Scene,_)`` still
    /// checks the finished canvas).
    public func checkSteps(_ spec: ChartSpec, views: [PreparedView], file: String) throws(ChartsmithError) {
        for (key, size, channel) in [("width", spec.width, Channel.x), ("height", spec.height, Channel.y)] {
            guard case .step(let step)? = size, step > 0, step.isFinite else { continue }
            let most = Int((maxCanvasSide / step).rounded(.down))
            for view in views {
                for def in view.semantics.encoding.channels[channel] ?? [] {
                    guard def.type == .nominal || def.type == .ordinal, let field = def.outputField else { continue }
                    var seen = Set<Value>()
                    for row in view.table.rows where seen.insert(row[field]).inserted && seen.count > most {
                        throw ChartsmithError(file: file, message: "the chart would be more than \(Self.number(Double(seen.count) * step))"
                                              + " points \(key == "width" ? "wide" : "high") (over \(seen.count) categories of"
                                              + " \"\(field)\" × a step of \(Self.number(step))), more than the limit of"
                                              + " \(Self.number(maxCanvasSide)) points a side; reduce the step or the number of"
                                              + " categories, or raise the limit with --limit canvas-side=N")
                    }
                }
            }
        }
    }
}
