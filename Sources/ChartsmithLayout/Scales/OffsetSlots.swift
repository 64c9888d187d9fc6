import ChartsmithData
import ChartsmithSpec

/// A discrete `xOffset`/`yOffset`, by a field or by a datum: the sub-bands ("slots") each
/// band of its position channel is divided into, as Vega-Lite's offset band scale.
enum OffsetSlots {
    /// Whether `def` divides its position channel's bands: a discrete field, or a discrete
    /// datum (`{"datum": {"repeat": "layer"}}`, each layer's marks in the slot of its datum).
    static func divides(_ def: ChannelDef?, _ channel: Channel) -> Bool {
        guard let def, def.outputField != nil || def.datum != nil else { return false }
        return !def.isContinuous(for: channel)
    }

    /// A row's offset value: the datum, else the row's value of the field.
    static func value(_ def: ChannelDef, _ r: Row) -> Value? {
        if def.field == nil, let datum = def.datum { return Value.from(datum) }
        return def.outputField.map { r[$0] }
    }

    /// The offset scale's domain for `view`'s offset, shared by every view that divides the
    /// same channel: the union of their fields' values and their datums. An explicit
    /// `scale.domain` wins. Datums alone keep the layers' order, as Vega-Lite's domain of
    /// datum arrays is an unsorted union (`bar_grouped_repeated`: Worldwide Gross before
    /// US Gross); with a field they are sorted as the field's `sort` asks.
    static func domain(for view: PreparedView, channel: Channel, views: [PreparedView]) -> [Value] {
        guard let def = view.encoding[channel] else { return [] }
        if let dom = def.explicitDomain(channel: channel) { return dom }
        var seen = Set<Value>(), vals: [Value] = []
        var fieldViews: [PreparedView] = []
        for other in views {
            guard let od = other.encoding[channel], divides(od, channel) else { continue }
            if od.field == nil, let datum = od.datum {
                let x = Value.from(datum)
                if DiscreteOrder.isCategory(x), seen.insert(x).inserted { vals.append(x) }
                continue
            }
            // A view whose rows lack the field holds no category of it.
            guard let f = od.outputField, other.table.fields.contains(f) else { continue }
            if f == def.outputField { fieldViews.append(other) }
            for r in other.table.rows where DiscreteOrder.isCategory(r[f]) {
                if seen.insert(r[f]).inserted { vals.append(r[f]) }
            }
        }
        let sortDef = def.outputField != nil ? def
            : views.lazy.compactMap { $0.encoding[channel] }.first { $0.outputField != nil && divides($0, channel) }
        guard let sortDef else { return vals }
        return DiscreteOrder.sort(vals, channel: channel, def: sortDef, views: fieldViews.isEmpty ? [view] : fieldViews)
    }
}
