import ChartsmithData
import ChartsmithSpec

/// Names in a warning a `size` encoded by a field or an aggregate whose legend Vega-Lite
/// draws and Chartsmith does not: a size on marks other than points, circles and squares
/// (whose size, continuous or discrete, has its legend, ``SizeLegendScale``) and trails
/// (whose size is a width, shown as a line-width legend, ``SharedScales/widthLegend``);
/// a `"legend": null` on the channel asks for none and is quiet.
enum SizeLegendCheck {
    static func warnings(_ views: [PreparedView]) -> [String] {
        var named: Set<String> = []
        var out: [String] = []
        for v in views {
            guard let d = v.encoding[.size], d.field != nil || d.aggregate != nil, !(d.legend?.disabled ?? false),
                  !SizeLegendScale.sized(v), v.mark.type != .trail else { continue }
            let name = d.field ?? d.aggregate.map { "\($0)" } ?? "size"
            guard named.insert(name).inserted else { continue }
            out.append("the size legend (encoding.size, \"\(name)\") is not drawn: Chartsmith draws size legends only for point, circle or square marks; "
                       + "label the sizes in a subtitle or note, or set \"legend\": null on the channel")
        }
        return out
    }
}
