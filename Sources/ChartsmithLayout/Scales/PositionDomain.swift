import ChartsmithData
import ChartsmithSpec
import ChartsmithStyles

/// Everything about one position channel (x or y) that does not depend on pixel sizes:
/// whether it is discrete, its domain, its title and axis settings.
struct PositionDomain {
    let channel: Channel
    /// The channel's definition: the first view's (an independent axis over a shared
    /// scale takes its own layer's axis settings, ``axis(for:)``).
    var def: ChannelDef
    let type: FieldType
    /// Discrete values in order (band and point scales).
    var values: [Value] = []
    var discrete: Bool
    /// Band (bars) rather than point (lines, points) placement for a discrete scale.
    var band: Bool
    var lo: Double = 0
    var hi: Double = 1
    var kind: ContinuousScale.Kind = .linear
    var nice: Bool = false
    var reverse: Bool = false
    /// A temporal band (bars on a time unit): the width of one unit, in ms.
    var timeStep: Double? = nil
    var paddingInner: Double
    var paddingOuter: Double

    var axis: AxisSpec { def.axis ?? AxisSpec() }
    /// The axis's `tickMinStep`, else Vega-Lite's default for a time unit on a linear
    /// scale: one step of the unit (ticks no closer than an hour for `hours(t):Q`).
    var tickMinStep: Double? {
        axis.tickMinStep ?? (kind == .linear && !discrete ? def.timeUnit.flatMap(TimeFormatChoice.minStep) : nil)
    }
    /// How many offset bands (`xOffset` for x, `yOffset` for y) share each position band;
    /// 0 when the view has no offset channel.
    var offsetCount = 0
    /// Whether an area on this discrete axis spans a quantitative offset inside each
    /// band (Vega-Lite's ranged offset): its axis ticks sit at the bands' base edge.
    var rangedOffset = false
    /// A normalized stack on this channel: its axis reads as shares (0%–100%).
    var normalized = false
    /// A discrete axis of bins (`bin` with an ordinal or nominal type): each bin's start →
    /// its end, for labels "start - end" as Vega-Lite writes them.
    var binEnds: [ChartsmithData.Value: ChartsmithData.Value] = [:]
    /// A continuous axis of bins (Vega-Lite's scale `bins`): the encoding's bins, whose
    /// start and stop are the scale's domain, or for data binned already (`"binned": true`
    /// with a `step`), that step from the domain's start. The axis is ticked at their
    /// boundaries.
    var scaleBins: BinBoundaries? = nil

    /// The step of one position band for a view step of `step` points. With grouped bars
    /// Vega-Lite applies the step to each offset band unless the spec says `"for":
    /// "position"` (its default view size does the same), so a position band holds
    /// `offsetCount` offset steps and the offset scale's padding:
    /// `step × bandspace(offsetCount, offset paddings) / (1 − paddingInner)`.
    func positionStep(_ step: Double, perOffset: Bool) -> Double {
        guard perOffset, offsetCount > 0, band else { return step }
        // Vega-Lite's range step for an offset step (scale/range.ts): the offset scale's
        // `bandspace(n, paddingInner, paddingOuter)` steps over the band's share of its step.
        let n = Double(offsetCount)
        let space = n - offsetPadding.inner + 2 * offsetPadding.outer
        return step * (space > 0 ? space : 1) / max(0.05, 1 - paddingInner)
    }
    /// The offset scale's own `paddingInner` and `paddingOuter` (default 0, as Vega-Lite's
    /// `offsetBandPaddingInner`/`Outer`).
    var offsetPadding: (inner: Double, outer: Double) = (0, 0)
    /// The axis title: the spec's, else the distinct default titles of the layers that
    /// share the axis, joined as Vega-Lite joins them ("price, Mean of price").
    var title: String? {
        if let t = explicitTitle { return t }
        return layerTitles.isEmpty ? def.defaultTitle : layerTitles.joined(separator: ", ")
    }
    var layerTitles: [String] = []
    /// A title set in the spec (`axis.title` or the channel's `title`) on any layer that
    /// shares the axis: it wins over the defaults, as in Vega-Lite.
    var explicitTitle: String?? = nil
    /// The explicit title's lines when the spec gives it as an array (`["Month", "of 2021"]`).
    var explicitTitleLines: [String]? = nil
    /// The dimension axis of a line, area or bar (Vega-Lite's scale `zero` default leaves
    /// zero out of it): ticked on Vega's nice domain, as a `zero: false` scale is.
    var leavesOutZero = false
    /// A time axis without a single date (its data filtered away): no ticks, labels or grid.
    var emptyTime = false
    /// Continuous `scale.padding`: points of room added beyond the data at each end.
    var continuousPadding: Double = 0

    static func resolve(_ channel: Channel, views: [PreparedView], theme: Theme) throws -> PositionDomain? {
        let secondary: Channel = channel == .x ? .x2 : .y2
        guard let (first, def) = views.lazy.compactMap({ v in v.encoding[channel].map { (v, $0) } }).first else { return nil }
        let discrete = !def.isContinuous(for: channel)
        let type = def.effectiveType(for: channel)
        var band = views.contains { MarkKinds.kind(of: $0).asksForBands($0, channel: channel, layers: views.count) }
        // A discrete axis divided by an offset channel is a band scale, as in Vega-Lite
        // (each band holds the offset's own scale).
        let offsetChannel: Channel = channel == .x ? .xOffset : .yOffset
        if discrete, views.contains(where: { $0.encoding[channel] != nil && ($0.encoding[offsetChannel].map { $0.outputField != nil || $0.datum != nil } ?? false) }) { band = true }
        if def.scale?.type == .point { band = false }
        if def.scale?.type == .band { band = true }
        // A mark's own band padding (rects: none) wins over the style's, not over the spec's.
        let markPadding = views.lazy.compactMap { MarkKinds.kind(of: $0).bandPadding }.first
        var d = PositionDomain(channel: channel, def: def, type: type, discrete: discrete, band: band,
                               paddingInner: def.scale?.paddingInner ?? def.scale?.padding ?? markPadding?.inner ?? theme.bandPaddingInner,
                               paddingOuter: def.scale?.paddingOuter ?? def.scale?.padding ?? markPadding?.outer ?? theme.bandPaddingOuter)
        // Vega-Lite (scale/properties.ts `reverse`): a continuous scale cannot sort its
        // domain, so `"sort": "descending"` reverses it; an explicit `scale.reverse` wins.
        d.reverse = def.scale?.reverse ?? (!discrete && def.sort == .descending)
        if !band {
            d.paddingOuter = def.scale?.padding ?? 0.5
        }
        _ = first
        d.takeTitles(from: views)
        var offsets = Set<ChartsmithData.Value>()
        for v in views {
            // A quantitative offset is a position within the band, not more bands; a
            // discrete datum is one band (its layer's slot).
            if let od = v.encoding[offsetChannel], od.field == nil, let datum = od.datum, OffsetSlots.divides(od, offsetChannel) {
                offsets.insert(ChartsmithData.Value.from(datum))
                continue
            }
            guard let od = v.encoding[offsetChannel], let f = od.outputField, !od.isContinuous(for: offsetChannel),
                  v.table.fields.contains(f) else { continue }
            for r in v.table.rows where DiscreteOrder.isCategory(r[f]) { offsets.insert(r[f]) }
        }
        d.offsetCount = offsets.count
        if let od = views.lazy.compactMap({ $0.encoding[offsetChannel] }).first(where: { OffsetSlots.divides($0, offsetChannel) }) {
            d.offsetPadding = (od.scale?.paddingInner ?? od.scale?.padding ?? 0, od.scale?.paddingOuter ?? od.scale?.padding ?? 0)
        }
        d.rangedOffset = discrete && d.band && views.contains { v in
            MarkKinds.kind(of: v).rangesQuantitativeOffsets && v.encoding[channel] != nil
                && v.encoding[offsetChannel].map { $0.outputField != nil && $0.isContinuous(for: offsetChannel) } == true
        }
        if discrete {
            for v in views {
                guard let cd = v.encoding[channel], cd.bin != nil, let f = cd.outputField, let e = cd.binEndField else { continue }
                for r in v.table.rows where !r[f].isNull { d.binEnds[r[f]] = r[e] }
            }
            if let dom = def.explicitDomain(channel: channel), !dom.isEmpty {
                d.values = dom
            } else {
                d.values = discreteValues(channel, def: def, views: views)
            }
            return d
        }
        // Continuous.
        let st = def.scale?.type
        switch st {
        case .log: d.kind = .log(base: def.scale?.base ?? 10)
        case .pow: d.kind = .pow(exponent: def.scale?.exponent ?? 1)
        case .sqrt: d.kind = .pow(exponent: 0.5)
        case .symlog: d.kind = .symlog(constant: 1)
        case .time, .utc: d.kind = .time
        default: d.kind = type == .temporal ? .time : .linear
        }
        var lo = Double.infinity, hi = -Double.infinity
        func include(_ v: Double?) {
            guard let v, v.isFinite else { return }
            lo = Swift.min(lo, v)
            hi = Swift.max(hi, v)
        }
        for v in views {
            for ch in [channel, secondary] {
                guard let cd = v.encoding[ch] else { continue }
                if let datum = cd.datum {
                    include(ChartsmithData.Value.from(datum).number ?? Coercion.date(.from(datum)))
                    continue
                }
                guard let f = cd.outputField else { continue }
                let stacked = v.semantics.stack?.channel == ch
                if stacked && v.semantics.stack?.offset == .normalize { d.normalized = true }
                if !stacked, cd.binEndField == nil {
                    // One field: read from its column when the table is columnar (a number
                    // column directly: `include` skips its NaN nulls as it skips `.null`).
                    if let xs = v.table.numberColumn(f) {
                        for x in xs where x.isFinite {
                            lo = Swift.min(lo, x)
                            hi = Swift.max(hi, x)
                        }
                    } else {
                        v.table.forEachValue(of: f) { include($0.number) }
                    }
                } else if stacked {
                    for r in v.table.rows {
                        include(r[f + "_start"].number)
                        include(r[f + "_end"].number)
                    }
                } else if let b = v.table.bins[f], ch == channel {
                    // Vega-Lite's domain of a binned field: [bins.start, bins.stop].
                    include(b.start)
                    include(b.stop)
                    if d.scaleBins == nil { d.scaleBins = b }
                } else if let e = cd.binEndField {
                    for r in v.table.rows {
                        include(r[f].number)
                        include(r[e].number)
                    }
                }
                if let unit = cd.timeUnit, MarkKinds.kind(of: v).spansTimeUnits, ch == channel, hi.isFinite {
                    // The bars span their unit; `bandPosition` b centres them at b of the way
                    // through it (0: centred on the unit's start).
                    let step = unit.step(after: hi)
                    d.timeStep = step
                    let b = cd.bandPosition ?? 0.5
                    lo += (b - 0.5) * unit.step(after: lo)
                    hi += step + (b - 0.5) * step
                }
            }
        }
        // `{"unionWith": [...]}`: the data's extent stretched over these values.
        for u in def.scale?.domainUnion ?? [] {
            let x = ChartsmithData.Value.from(u)
            include(type == .temporal ? Coercion.date(x) : x.number)
        }
        if !lo.isFinite {
            lo = 0; hi = 1
            // A time axis with no dates at all (the data filtered away) has no ticks to
            // label: not 1 January 1970 and a millisecond after it, as Vega shows none.
            d.emptyTime = type == .temporal && def.scale?.domain == nil && def.scale?.domainMin == nil && def.scale?.domainMax == nil
        }
        let explicit = def.scale?.domain
        if let dom = explicit {
            // A continuous domain is [min, max]: anything else would be drawn over the data's
            // own extent without a word.
            let nums = dom.map { def.domainValue($0, channel: channel) }.compactMap { type == .temporal ? Coercion.date($0) : $0.number }
            guard dom.count == 2, nums.count == 2 else {
                throw LayoutError("encoding.\(channel.rawValue).scale.domain: a \(type == .temporal ? "time" : "continuous") scale's domain is"
                                  + " two \(type == .temporal ? "dates" : "numbers"), [min, max]; found \(dom.count) value\(dom.count == 1 ? "" : "s")"
                                  + (nums.count < dom.count ? " that are not all \(type == .temporal ? "dates" : "numbers")" : ""))
            }
            lo = nums[0]; hi = nums[1]
        }
        if let m = def.scale?.domainMin { lo = m }
        if let m = def.scale?.domainMax { hi = m }
        if let b = def.bin, b.binned, let step = b.step, step > 0, d.scaleBins == nil {
            d.scaleBins = BinBoundaries(start: Swift.min(lo, hi), stop: Swift.max(lo, hi), step: step, last: Swift.max(lo, hi))
        }
        let isLog: Bool = { if case .log = d.kind { return true } else { return false } }()
        // Vega-Lite's default: zero for a quantitative x or y, except on the dimension axis
        // of bars, areas and lines (x of vertical ones), for bins, explicit domains and logs.
        // Layers that disagree take the first layer's choice (Vega-Lite merges the layers'
        // implicit `zero` keeping the first: a line over points leaves zero out, points
        // under a line keep it).
        let dimension = views.first { $0.encoding[channel] != nil }.map { v in
            MarkKinds.kind(of: v).groupAxisIsDimension && v.semantics.groupChannel == channel
        } ?? false
        let zero = def.scale?.zero ?? (type == .quantitative && def.bin == nil && explicit == nil && def.scale?.domainUnion == nil
                                       && !isLog && !dimension)
        let holdsZero = StackBaseline.holdsZero(channel, views: views)
        // The dimension axis of a line, area or bar takes no zero: it keeps Vega's nice
        // domain, as a `zero: false` scale does, not a ladder from 0 (x of 40–230 on 40–240).
        d.leavesOutZero = def.scale?.zero == nil && dimension && !zero && !holdsZero && type == .quantitative
            && def.bin == nil && explicit == nil && def.scale?.domainUnion == nil && !isLog
        if (zero || holdsZero) && explicit == nil {
            if def.scale?.domainMin == nil { lo = Swift.min(lo, 0) }
            if def.scale?.domainMax == nil { hi = Swift.max(hi, 0) }
        }
        if lo == hi {
            if d.kind == .time { lo -= 86_400_000 / 2; hi += 86_400_000 / 2 } else if lo == 0 { hi = 1 } else { lo = Swift.min(0, lo); hi = Swift.max(0, hi) }
        }
        d.lo = lo
        d.hi = hi
        // Vega-Lite pads a continuous axis that bars stand across (not binned, no time unit)
        // by the bars' continuous band size, 5 points, so the end bars are not cut by the
        // plot's edge (scale/properties.ts `padding`): wheat_wages' y, a ranged bar's x. Not
        // for a bar ranged on both axes, which Vega-Lite gives no orient.
        let acrossBars = views.contains { v in
            guard v.mark.type == .bar, v.semantics.groupChannel == channel, let cd = v.encoding[channel],
                  v.encoding[.x2] == nil || v.encoding[.y2] == nil else { return false }
            return cd.bin == nil && cd.timeUnit == nil
        }
        d.continuousPadding = def.scale?.padding ?? (acrossBars ? 5 : 0)
        d.nice = def.scale?.nice ?? (type == .quantitative && def.bin == nil && explicit == nil
                                     && def.scale?.domainMin == nil && def.scale?.domainMax == nil)
        return d
    }

    /// The axis title's parts from the views that share the axis.
    mutating func takeTitles(from views: [PreparedView]) {
        let secondary: Channel = channel == .x ? .x2 : .y2
        explicitTitle = nil
        explicitTitleLines = nil
        layerTitles = []
        for v in views {
            guard let cd = v.encoding[channel] else { continue }
            if let t = cd.axis?.title ?? cd.title {
                if explicitTitle == nil {
                    explicitTitle = .some(t)
                    explicitTitleLines = cd.axis?.title != nil ? cd.axis?.titleLines : cd.titleLines
                }
                continue
            }
            if let t = cd.defaultTitle, !layerTitles.contains(t) { layerTitles.append(t) }
            // A ranged mark's far end (x2) adds its field to the title: "start, end".
            if let c2 = v.encoding[secondary], c2.title == nil, c2.field != nil, let t = c2.defaultTitle, !layerTitles.contains(t) {
                layerTitles.append(t)
            }
        }
    }

    /// This (shared) scale's axis as one layer draws it when axes are independent: the
    /// layer's own axis settings and title, the shared domain.
    func axis(for views: [PreparedView]) -> PositionDomain {
        var d = self
        if let own = views.lazy.compactMap({ $0.encoding[channel] }).first { d.def.axis = own.axis }
        d.takeTitles(from: views)
        return d
    }

    static func discreteValues(_ channel: Channel, def: ChannelDef, views: [PreparedView]) -> [Value] {
        var seen = Set<Value>()
        var values: [Value] = []
        for v in views {
            guard let cd = v.encoding[channel], let f = cd.outputField else {
                if let datum = v.encoding[channel]?.datum {
                    let val = ChartsmithData.Value.from(datum)
                    if seen.insert(val).inserted { values.append(val) }
                }
                continue
            }
            // The far end (x2) of a ranged mark on a discrete axis shares the scale.
            let second = v.encoding[channel == .x ? .x2 : .y2]?.outputField
            // A layer whose rows lack the field altogether adds no "null" category.
            let present = [f, second].compactMap({ $0 }).filter(v.table.fields.contains)
            for r in v.table.rows {
                for field in present {
                    let val = r[field]
                    if !DiscreteOrder.isCategory(val) { continue }
                    if seen.insert(val).inserted { values.append(val) }
                }
            }
        }
        return DiscreteOrder.sort(values, channel: channel, def: def, views: views)
    }
}

extension ChartsmithData.Value {
    /// A data value from a spec constant.
    static func from(_ v: InlineValue) -> ChartsmithData.Value {
        switch v {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .number(let n): return .number(n)
        case .string(let s): return .string(s)
        default: return .string("\(v)")
        }
    }
}
