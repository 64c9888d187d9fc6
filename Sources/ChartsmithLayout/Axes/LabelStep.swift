import Foundation
import ChartsmithScene

/// The band step a discrete x axis needs so that every category keeps its label, for a
/// plot whose width comes from the step: Vega-Lite draws every nominal label, and
/// Chartsmith sets no text over text, so the step grows rather than labels being thinned.
extension Panel {
    /// The largest step the labels may ask for: a spec with a huge label cannot blow the
    /// chart up (the labels are then thinned, as on a fixed width).
    static let maxLabelStep = 160.0

    /// The widest a plot may grow to for its labels: past it (hundreds of categories) the
    /// step stays, and the labels turn (no angle given) or are thinned with a warning.
    static let maxLabelGrowthWidth = 1_200.0

    /// The step (at least `step`, at most ``maxLabelStep``) at which the x axis's labels
    /// fit side by side at the axis's angle: level, half of each neighbour's widest
    /// wrapped line and the separation; turned by θ, one line height and the separation over |sin θ| (or the
    /// turned width, when that is less).
    func labelStep(_ d: PositionDomain, step: Double) -> Double {
        let sw = switches(false, d)
        guard d.discrete, !d.axis.disabled, (d.axis.labels ?? sw.labels) != false, step > 0, step < Self.maxLabelStep else { return step }
        guard let ink = try? ink(sw, d) else { return step }
        let n = max(1, d.values.count)
        let length = step * Double(n)
        let scale = PositionScale(d, range: (0, length), ticks: tickPlan(d, length: length, vertical: false), niceToTicks: theme.niceToTicks)
        guard let all = try? AxisLabels.ticks(scale, count: n, locale: theme.locale, defaultLabelExpr: sw.labelExpr,
                                              normalizedFormat: theme.normalizedNumberFormat), !all.isEmpty else { return step }
        let font = ink.labelFont, ticks = limited(all, ink, font: font, wraps: false)
        let lh = kit.lineHeight(font)
        var angle = (d.axis.labelAngle ?? theme.axisX.labelAngle ?? 0).truncatingRemainder(dividingBy: 360)
        if !angle.isFinite { angle = 0 }
        let needed: Double
        if angle != 0 {
            let sep = Self.labelSeparation(d, fallback: 0)
            let widest = ticks.map { min(kit.width($0.text, font), Self.rotatedLabelLimit) }.max() ?? 0
            let r = angle * Double.pi / 180, s = abs(sin(r)), c = abs(cos(r))
            let across = s > 1e-6 ? (lh + sep) / s : .infinity
            needed = min(across, widest * c + lh * s + sep)
        } else {
            // Wrapped as measured; a word cut short turns the labels instead (see measureHorizontal).
            let sep = Self.labelSeparation(d, fallback: 3)
            let lines = ticks.map { kit.wrap($0.text, font: font, maxWidth: max(24, step - 6)) }
            var widths = lines.map { $0.map { kit.width($0, font) }.max() ?? 0 }
            var whole = 0.0
            if lines.contains(where: { $0.contains { $0.hasSuffix("…") } }) {
                // The spec's own `labelAngle: 0` keeps the labels level: rather than cut a
                // word short, the step grows until each label's longest word fits the
                // wrapping width (the step less 6 points, see measureHorizontal).
                guard d.axis.labelAngle != nil else { return step }
                widths = ticks.map { t in t.text.split(separator: " ").map { kit.width(String($0), font) }.max() ?? 0 }
                whole = (widths.max() ?? 0) + 6 + 2 * Self.labelTolerance
            }
            needed = max(whole, zip(widths, widths.dropFirst()).map { ($0 + $1) / 2 + sep }.max() ?? 0)
        }
        let grown = max(step, min(Self.maxLabelStep, (needed - Self.labelTolerance).rounded(.up)))
        return Double(n) * grown > max(length, Self.maxLabelGrowthWidth) ? step : grown
    }
}
