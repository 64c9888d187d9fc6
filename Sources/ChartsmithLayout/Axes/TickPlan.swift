import ChartsmithFormat
import ChartsmithScene

/// How an axis is ticked: about `count` ticks as d3 picks them, or, on a linear axis made
/// nice to its own ticks, a step from the 1–2–2.5–5 ladder that ends the axis on a labelled
/// gridline close above the data.
struct TickPlan: Equatable {
    var count: Int
    /// The ladder step and the nice domain it gives; nil to tick by `count`.
    var ladder: LadderTicks.Choice?
    /// Nice the domain as Vega does (d3's `nice()` with its count of 10), not to the axis's
    /// own count: a `zero: false` scale, whose data must keep the plot.
    var vegaNice = false

    init(count: Int, ladder: LadderTicks.Choice? = nil, vegaNice: Bool = false) {
        self.count = count
        self.ladder = ladder
        self.vegaNice = vegaNice
    }
}

extension AxisLabels {
    /// The plan for an axis of this length.
    ///
    /// A linear axis made nice to its ticks (the briefing styles, `niceToTicks`) takes the
    /// ladder step that leaves the least room above the data, with labels `minSpacing` apart
    /// (`labelWidth` of a tick's text adds to that on an x axis), no more than a dozen of them
    /// (or Vega-Lite's count, where more), and none closer than `tickMinStep`. Otherwise
    /// Vega-Lite's count (`tickCount`, or one per 40 points), no finer than `tickMinStep`.
    ///
    /// A scale with `zero: false` keeps Vega's nice domain (d3's step for 10 ticks): the
    /// ladder's few coarse steps on a short axis would stretch the data's own range out to
    /// a far round number (14–42 shown as 0–50), which is what `zero: false` asks to avoid;
    /// so does the dimension axis of a line, area or bar, whose scale takes no zero either
    /// (``PositionDomain/leavesOutZero``).
    /// So does an axis without labels (`labelled` false: `axis: null`, `labels: false`),
    /// which has no labelled gridline to end on.
    /// Vega-Lite's room per tick on a continuous axis (its default count is one per 40 points).
    static let vegaTickSpacing = 40.0

    static func tickPlan(for d: PositionDomain, length: Double, minSpacing: Double, niceToTicks: Bool, labelled: Bool = true,
                         labelWidth: ((Double, LadderTicks.Choice) -> Double)? = nil) -> TickPlan {
        var base = tickCount(length: length, axis: d.axis)
        // Vega-Lite's count for a binned field: one tick per 10 points (Vega then ticks
        // every bin boundary).
        if d.axis.tickCount == nil, d.scaleBins != nil, d.def.bin?.binned == false, length > 0 {
            base = max(2, Int(min(1000, (length / 10).rounded(.up))))
        }
        // ... and for a lone month, hours, day or quarter unit on a quantitative axis, none:
        // Vega's 10.
        if d.axis.tickCount == nil, d.kind == .linear, !d.discrete, let unit = d.def.timeUnit, TimeFormatChoice.usesVegaCount(unit) {
            base = 10
        }
        if let minStep = d.tickMinStep, minStep > 0, !d.discrete, d.kind == .linear {
            let most = (abs(d.hi - d.lo) / minStep).rounded(.down)
            if most.isFinite, most < Double(base) { base = max(1, Int(most)) }
        }
        if niceToTicks, d.def.scale?.zero == false || d.leavesOutZero || !labelled, !d.discrete, d.kind == .linear, d.def.timeUnit == nil {
            return TickPlan(count: base, vegaNice: true)
        }
        // (Not for a time unit on a linear scale: its numbers are milliseconds, ticked as Vega does.)
        guard niceToTicks, d.axis.tickCount == nil, d.axis.values == nil, d.nice, d.def.scale?.niceCount == nil, d.def.timeUnit == nil,
              !d.discrete, d.kind == .linear, d.continuousPadding == 0, length > 0 else { return TickPlan(count: base) }
        func choose(spacing: Double) -> LadderTicks.Choice? {
            LadderTicks.choose(lo: d.lo, hi: d.hi, target: base, maxTicks: max(12, base),
                               minStep: d.tickMinStep.flatMap { $0 > 0 ? $0 : nil }) { c in
                let gap = length / Double(c.count - 1)
                guard gap >= spacing else { return false }
                guard let labelWidth else { return true }
                return [c.lo, c.hi].allSatisfy { gap >= labelWidth($0, c) + 12 }
            }
        }
        var choice = choose(spacing: minSpacing)
        // An axis labelled at its two ends only (0 and 250 across a 300-point plot) says too
        // little: closer ticks are taken, down to Vega-Lite's one per 40 points, while their
        // labels stay clear of each other.
        if let c = choice, c.count < 3, minSpacing > Self.vegaTickSpacing,
           let closer = choose(spacing: Self.vegaTickSpacing), closer.count >= 3 {
            choice = closer
        }
        // A ladder end far past Vega's nice domain (labels of ten characters that fit only
        // every 10 million take a 0–12,000,000 axis out to 20,000,000) draws another chart:
        // the domain stays Vega's (d3's nice with its count of 10) and the ticks fall on the
        // ladder's step inside it, its end unlabelled as Vega's may be.
        if let c = choice, let inside = insideVegaNice(d, ladder: c, target: base, length: length,
                                                       spacing: minSpacing, labelWidth: labelWidth) {
            return TickPlan(count: inside.ticks.count, ladder: inside)
        }
        return TickPlan(count: choice?.count ?? base, ladder: choice)
    }

    /// How far past Vega's nice domain a ladder's end may run, as a share of that domain's
    /// span, before the axis keeps Vega's domain instead.
    static let ladderOvershoot = 0.25

    /// The ladder step inside Vega's nice domain when `ladder`'s domain runs more than
    /// ``ladderOvershoot`` of it past either end; nil to keep `ladder`.
    static func insideVegaNice(_ d: PositionDomain, ladder c: LadderTicks.Choice, target: Int, length: Double, spacing: Double,
                               labelWidth: ((Double, LadderTicks.Choice) -> Double)?) -> LadderTicks.Choice? {
        let (vlo, vhi) = Bridge.nice(min(d.lo, d.hi), max(d.lo, d.hi), 10)
        let span = vhi - vlo
        guard span > 0, span.isFinite, max(c.hi - vhi, vlo - c.lo) > Self.ladderOvershoot * span else { return nil }
        return LadderTicks.chooseInside(lo: vlo, hi: vhi, target: target, maxTicks: max(12, target),
                                        minStep: d.tickMinStep.flatMap { $0 > 0 ? $0 : nil }) { c in
            let gap = length * c.step / span
            guard gap >= spacing else { return false }
            guard let labelWidth else { return true }
            // Each label's reach before and after its tick: centred, or set flush with its
            // tick where half of it would run past the plot's end (the house rule), and
            // neighbours 12 points clear.
            let ticks = c.ticks
            let reach = ticks.map { t -> (before: Double, after: Double) in
                let w = labelWidth(t, c), x = length * (t - vlo) / span
                if x - w / 2 < -0.5 { return (0, w) }
                if x + w / 2 > length + 0.5 { return (w, 0) }
                return (w / 2, w / 2)
            }
            return zip(reach, reach.dropFirst()).allSatisfy { gap >= $0.after + $1.before + 12 }
        }
    }
}
