import ChartsmithData
import ChartsmithSpec
import Foundation

/// How a view's rows fall into series (one line or area each) and in what order a series
/// is drawn, and the name each drawn datum carries in the scene.
extension RowEncoder {
    /// Rows split into series by the channels that split lines, in first-seen order.
    func series(_ v: PreparedView) -> [(key: Value, rows: [Row])] {
        let groups = Aggregation.group(v.table.rows, by: seriesFields(v))
        return groups.map { (key: $0.key.first ?? .null, rows: $0.rows) }
    }

    /// The fields whose values split a view's rows into series.
    func seriesFields(_ v: PreparedView) -> [String] {
        var fields: [String] = []
        for ch in [Channel.color, .fill, .stroke, .strokeDash, .opacity, .fillOpacity, .strokeOpacity, .strokeWidth, .detail] {
            for d in v.encoding.channels[ch] ?? [] {
                if let f = d.outputField, d.aggregate == nil || ch == .detail, !fields.contains(f) { fields.append(f) }
            }
        }
        return fields
    }

    /// A series' rows in drawing order: by the `order` channel when there is one, else
    /// along the independent axis, as Vega-Lite sorts line points; in data order when the
    /// mark says `order: false` (or null).
    func ordered(_ v: PreparedView, _ rows: [Row], along: Channel) -> [Row] {
        if let orders = v.encoding.channels[.order], !orders.isEmpty {
            let keys = orders.compactMap { o -> (String, Bool)? in
                guard let f = o.outputField else { return nil }
                if case .some(.descending) = o.sort { return (f, true) }
                return (f, false)
            }
            if keys.isEmpty { return rows }  // order: {"value": ...} keeps the data order
            return rows.enumerated().sorted { a, b in
                for (f, desc) in keys {
                    let va = a.element[f], vb = b.element[f]
                    if va == vb { continue }
                    return desc ? valueLess(vb, va) : valueLess(va, vb)
                }
                return a.offset < b.offset
            }.map(\.element)
        }
        guard v.mark.order != false, let af = v.encoding[along]?.outputField, let s = scale(along) else { return rows }
        if let b = s.band {
            return rows.enumerated().sorted { a, c in
                let pa = b.start(of: a.element[af]) ?? .infinity, pc = b.start(of: c.element[af]) ?? .infinity
                return pa != pc ? pa < pc : a.offset < c.offset
            }.map(\.element)
        }
        return rows.enumerated().sorted { a, b in
            let pa = s.map(a.element[af]) ?? .infinity, pb = s.map(b.element[af]) ?? .infinity
            return pa != pb ? pa < pb : a.offset < b.offset
        }.map(\.element)
    }

    /// A row's name in the scene: its x, y, colour and offset fields and values.
    func datumName(_ v: PreparedView, _ r: Row) -> String {
        var parts: [String] = []
        for ch in [Channel.x, .y, .color, .xOffset, .yOffset, .theta, .radius] {
            if let f = v.encoding.outputField(ch) { parts.append("\(f)=\(Self.readableValue(r[f]))") }
        }
        return parts.joined(separator: " ")
    }
}

extension RowEncoder {
    /// A value as a mark's name gives it to readers (SVG labels, warnings): a date as its
    /// UTC calendar day (`2012-05-01`, with the time when it has one), a number without
    /// floating-point noise (`63.9`, not `63.900000000000006`), else the value's text.
    static func readableValue(_ v: Value) -> String {
        switch v {
        case .date(let ms):
            let day = 86_400_000.0
            let f = ms.truncatingRemainder(dividingBy: day) == 0 ? "%Y-%m-%d" : "%Y-%m-%d %H:%M"
            return (try? Bridge.timeFormatter(f, locale: "en-US"))?(ms) ?? v.text
        case .number(let n) where n.isFinite:
            return Value.jsNumberString(Double(String(format: "%.12g", n)) ?? n)
        default:
            return v.text
        }
    }
}
