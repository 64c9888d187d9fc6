import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

extension ColorScale {
    /// Vega's colour count of a `quantize` or `quantile` scheme without `count`.
    static let defaultDiscreteCount = 5

    /// Sets this scale up as a discretizing colour scale (``Discretizer``) over the views'
    /// numbers, its colours as Vega configures them: `range`'s colours as given; a scheme's
    /// `count` colours (a `threshold` scale's thresholds + 1; else `scheme.count`, 5 by
    /// default), a continuous scheme sampled at i / (count + 1) for i = 1 … count (Vega's
    /// `quantizeInterpolator`, within `extent`), a categorical one's first colours; without
    /// either, the style's ramp (a rect's heatmap ramp) sampled alike, as Vega-Lite's
    /// `"ramp"` range. `reverse` turns the colours around.
    mutating func discretize(views: [PreparedView], theme: Theme) throws {
        guard let scale = def.scale, let type = scale.type else { return }
        var numbers: [Double] = []
        for v in views {
            guard let f = v.encoding[channel]?.outputField else { continue }
            v.table.forEachValue(of: f) { value in if let n = value.number, n.isFinite { numbers.append(n) } }
        }
        let count = type == .threshold ? (scale.domain?.count ?? 0) + 1 : scale.schemeCount ?? Self.defaultDiscreteCount
        var list: [Color] = []
        if let range = scale.range {
            list = range.compactMap { if case .string(let c) = $0 { return CSSColor.parse(c) } else { return nil } }
        }
        if list.isEmpty, let scheme = scale.scheme, Schemes.isCategorical(scheme) {
            list = Array(try Schemes.colors(scheme).prefix(count))
        } else if list.isEmpty {
            let ramp = try scale.scheme.map { try Schemes.colors($0) }
                ?? (views.contains { $0.mark.type == .rect } ? try Self.heatmapRamp(theme) ?? theme.sequentialPalette : theme.sequentialPalette)
            let e = scale.schemeExtent ?? [0, 1]
            let lo = e.first ?? 0, hi = e.last ?? 1
            list = (1...max(count, 1)).map { i in Self.interpolate(ramp, lo + (hi - lo) * Double(i) / Double(count + 1)) }
        }
        if scale.reverse == true { list.reverse() }
        guard let d = Discretizer.make(scale, values: numbers, count: list.count) else { return }
        colors = list
        discretizer = d
        values = d.legendValues.map(Value.number)
        rangeLabels = try d.labels(specifier: def.legend?.format ?? def.format, locale: theme.locale)
    }
}
