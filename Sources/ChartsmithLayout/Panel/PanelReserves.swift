import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// Room a panel's labels and text marks need beyond its plot, whatever the plot's size:
/// value labels past the ends of bars, and text marks placed above the plot.
struct PanelReserves {
    /// Right of the plot, for the labels past horizontal bars.
    var barRight = 0.0
    /// Above the plot, for the labels over vertical bars.
    var barTop = 0.0
    /// Above the plot, for text marks placed there by a mark position.
    var textOverhang = 0.0

    /// - Parameter heightStep: the view's `height` step, when given as `{"step": N}`.
    init(views: [PreparedView], theme: Theme, kit: TextKit, heightStep: Double? = nil) throws {
        barRight = try Self.barLabelReserve(views: views, theme: theme, kit: kit, horizontal: true, step: heightStep)
        barTop = try Self.barLabelReserve(views: views, theme: theme, kit: kit, horizontal: false)
        textOverhang = Self.textMarkOverhang(views: views, theme: theme, kit: kit)
    }

    /// Room above the plot that text marks placed there by a mark position (`"y": -5`,
    /// as Vega-Lite's layered weather chart labels its columns) need, so the y-axis title
    /// set above the plot goes above them rather than over them.
    static func textMarkOverhang(views: [PreparedView], theme: Theme, kit: TextKit) -> Double {
        var reserve = 0.0
        for v in views where v.mark.type == .text {
            guard case .points(let y)? = v.mark.y, y < 0 else { continue }
            let font = TextMark.font(v, theme: theme)
            let below = MarkBuilder.baseline(v.mark.baseline) == .bottom ? 0.0 : kit.lineHeight(font)
            reserve = max(reserve, -y - (v.mark.dy ?? 0) + kit.lineHeight(font) - below + 2)
        }
        return reserve
    }

    /// Room the bar labels need beyond the plot: to the right of horizontal bars
    /// (`horizontal`), or above vertical ones. None right of horizontal bars whose `step` is
    /// lower than a label's line: neighbouring labels collide, and bars are labelled all or none.
    static func barLabelReserve(views: [PreparedView], theme: Theme, kit: TextKit, horizontal: Bool, step: Double? = nil) throws -> Double {
        guard theme.valueLabels else { return 0 }
        var bold = theme.valueLabelFont
        bold.weight = .bold
        if let step, step < kit.lineHeight(bold) { return 0 }
        var reserve = 0.0
        for v in views where v.mark.type == .bar && v.table.rows.count <= ValueLabeller.maxBars {
            let isHorizontal = v.semantics.valueChannel == .x
            guard isHorizontal == horizontal, let f = v.encoding[v.semantics.valueChannel]?.outputField else { continue }
            if v.semantics.stack?.offset == .normalize { continue }
            let format = try ValueLabeller(builder: MarkBuilder(views: [], x: nil, y: nil, color: nil, dash: nil, theme: theme, kit: kit, plot: .init(x: 0, y: 0, width: 0, height: 0)),
                                           theme: theme, kit: kit, locale: theme.locale).formatter(v)
            var font = theme.valueLabelFont
            font.weight = .bold
            var biggest = 0.0
            if v.semantics.stack != nil, let gf = v.encoding[v.semantics.groupChannel]?.outputField {
                for g in Aggregation.group(v.table.rows, by: [gf]) {
                    biggest = max(biggest, g.rows.reduce(0) { $0 + max(0, $1[f].number ?? 0) })
                }
            } else {
                biggest = v.table.rows.compactMap { $0[f].number }.max() ?? 0
            }
            let m = kit.measure(format(biggest), font)
            reserve = max(reserve, horizontal ? m.width + 8 : m.height + 4)
        }
        return reserve
    }
}
