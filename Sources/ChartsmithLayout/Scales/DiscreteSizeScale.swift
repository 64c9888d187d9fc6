import ChartsmithData
import ChartsmithSpec

/// An ordinal or nominal `size` field's scale on point marks, as Vega-Lite makes it: a
/// point scale over the field's values (in its `sort` order) spread evenly from the
/// smallest point area (`config.scale.minSize`) to the largest
/// (``RowEncoder/pointAreaMax(_:)``); one value takes the middle.
struct DiscreteSizeScale {
    let values: [Value]
    let areaMin: Double
    let areaMax: Double
    private let index: [Value: Int]

    /// Vega-Lite's smallest point area (`config.scale.minSize`, 4 since Vega-Lite 5.20).
    static let minArea = 4.0

    init(values: [Value], areaMax: Double) {
        self.values = values
        areaMin = Self.minArea
        self.areaMax = areaMax
        index = Dictionary(values.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    }

    /// The scale of `def` (a discrete size) over every view that encodes its field.
    init(_ def: ChannelDef, views: [PreparedView], areaMax: Double) {
        guard let f = def.outputField else { self.init(values: [], areaMax: areaMax); return }
        let distinct = DiscreteOrder.distinctValues(of: f, on: .size, in: views)
        self.init(values: DiscreteOrder.sort(distinct, channel: .size, def: def, views: views), areaMax: areaMax)
    }

    /// The area of a value (d3's point scale, padding 0); nil for a value outside the domain.
    func area(_ v: Value) -> Double? {
        guard let i = index[v] else { return nil }
        guard values.count > 1 else { return (areaMin + areaMax) / 2 }
        return areaMin + (areaMax - areaMin) * Double(i) / Double(values.count - 1)
    }
}
