import ChartsmithScene
import ChartsmithSpec

/// Vega-Lite's per-axis config blocks: which apply to an axis, and in what order.
///
/// An axis reads, lowest first: `axis`, its channel (`axisX`, `axisY`), its side
/// (`axisBottom`, `axisLeft`…; Vega-Lite reads it beneath the channel), its scale type (`axisDiscrete` then `axisBand` for a band scale,
/// `axisDiscrete` then `axisPoint` for a point scale, `axisQuantitative`, `axisTemporal`),
/// then its channel and type (`axisXDiscrete`, `axisXBand`…): Vega-Lite's
/// `getAxisConfigs`, where the type-based blocks win over the side and channel ones.
extension Theme {
    /// Merges a config's `axisX`, `axisY` and per-axis blocks into ``axisBlocks``, so a
    /// spec's `config` lands on top of its style's.
    mutating func applyAxisBlocks(_ c: Config) throws {
        for (key, block) in c.axisBlocks {
            axisBlocks[key] = (axisBlocks[key] ?? AxisSwitches()).overlaid(with: try Self.plain(block))
        }
    }

    /// Per-axis settings with their colours checked and kept as plain values (where they
    /// were written matters only for the error a bad colour gives), so a theme printed by
    /// `chartsmith styles show` loads back equal.
    static func plain(_ s: AxisSwitches) throws -> AxisSwitches {
        var out = s
        if let c = s.gridColor { _ = try color(c); out.gridColor = Located(c.value) }
        if let c = s.domainColor { _ = try color(c); out.domainColor = Located(c.value) }
        if let c = s.look.labelColor { _ = try color(c); out.look.labelColor = Located(c.value) }
        if let c = s.look.titleColor { _ = try color(c); out.look.titleColor = Located(c.value) }
        if let c = s.look.tickColor { _ = try color(c); out.look.tickColor = Located(c.value) }
        return out
    }

    /// A legend look with its colours checked and kept as plain values.
    static func plain(_ l: LegendLook) throws -> LegendLook {
        var out = l
        if let c = l.labelColor { _ = try color(c); out.labelColor = Located(c.value) }
        if let c = l.titleColor { _ = try color(c); out.titleColor = Located(c.value) }
        if let c = l.fillColor { _ = try color(c); out.fillColor = Located(c.value) }
        if let c = l.strokeColor { _ = try color(c); out.strokeColor = Located(c.value) }
        return out
    }

    /// `config.view`: the plot's frame and fill.
    mutating func applyView(_ c: Config) throws {
        if let s = c.viewStroke { viewStroke = try s.map(Self.color) }
        if let w = c.viewStrokeWidth { viewStrokeWidth = w }
        if let d = c.viewStrokeDash { viewStrokeDash = d }
        if let o = c.viewStrokeOpacity { viewStroke = viewStroke?.withOpacity(o) }
        if let f = c.viewFill { viewFill = try f.map(Self.color) }
        if let o = c.viewFillOpacity { viewFill = viewFill?.withOpacity(o) }
    }

    /// The frame the plot gets, if any: a colour and a width above 0.
    public var viewFrame: Stroke? {
        guard let viewStroke, viewStrokeWidth > 0, viewStroke.alpha > 0 else { return nil }
        return Stroke(color: viewStroke, width: viewStrokeWidth, dash: viewStrokeDash)
    }

    /// The blocks an axis reads over ``axisX``/``axisY`` (which hold `axis` under `axisX`
    /// or `axisY`), lowest first. Vega-Lite puts the side block beneath `axisX`/`axisY`;
    /// here it lands above them, which differs only when both set the same property.
    static func axisBlockOrder(vertical: Bool, orient: String?, scale: AxisScaleKind) -> [String] {
        let channel = vertical ? "axisY" : "axisX"
        let side = "axis" + (orient ?? (vertical ? "left" : "bottom")).capitalized
        let types: [String]
        switch scale {
        case .band: types = ["Discrete", "Band"]
        case .point: types = ["Discrete", "Point"]
        case .quantitative: types = ["Quantitative"]
        case .temporal: types = ["Temporal"]
        }
        return [side] + types.map { "axis" + $0 } + types.map { channel + $0 }
    }

    /// This theme with the per-axis blocks that apply to `spec`'s x and y axes folded into
    /// ``axisX`` and ``axisY``.
    public func specialized(for spec: ChartSpec) -> Theme {
        guard !axisBlocks.isEmpty else { return self }
        var t = self
        for vertical in [false, true] {
            let channel: Channel = vertical ? .y : .x
            let views = spec.layers.isEmpty ? [(spec.mark, spec.encoding)]
                : spec.layers.map { (Optional($0.mark), $0.encoding.inheriting(from: spec.encoding)) }
            guard let (mark, def) = views.lazy.compactMap({ v in v.1[channel].map { (v.0, $0) } }).first else { continue }
            let kind = AxisScaleKind(def, channel: channel, mark: mark?.type)
            var s = vertical ? t.axisY : t.axisX
            for key in Self.axisBlockOrder(vertical: vertical, orient: def.axis?.orient, scale: kind) {
                guard var block = axisBlocks[key] else { continue }
                if vertical { block.labelAngle = nil }  // y labels stay upright (see ConfigDecoder)
                s = s.overlaid(with: block)
            }
            if vertical { t.axisY = s } else { t.axisX = s }
        }
        return t
    }
}

/// The kind of scale an axis shows, as Vega-Lite's type-based axis config names it.
public enum AxisScaleKind: Sendable, Hashable {
    case band, point, quantitative, temporal

    /// The kind a position channel gets: a discrete field is a band for bars and rects and a
    /// point scale otherwise; a temporal field (not binned to ordinal) is temporal.
    init(_ def: ChannelDef, channel: Channel, mark: MarkType?) {
        if let t = def.scale?.type {
            switch t {
            case .band: self = .band; return
            case .point, .ordinal: self = .point; return
            case .time, .utc: self = .temporal; return
            default: self = .quantitative; return
            }
        }
        switch def.effectiveType(for: channel) {
        case .nominal, .ordinal: self = (mark == .bar || mark == .tick) ? .band : .point
        case .temporal: self = .temporal
        case .quantitative: self = .quantitative
        }
    }
}

extension Theme {
    /// The gridlines of one axis: `config.axis` with the axis's own `gridColor`,
    /// `gridWidth` and `gridOpacity` on top.
    public func gridStroke(vertical: Bool) -> Stroke { gridStroke(vertical ? axisY : axisX) }

    /// The gridlines of an axis with settings `s` (the config's, with the axis object's on top).
    public func gridStroke(_ s: AxisSwitches) -> Stroke {
        var color = gridColor
        if let c = s.gridColor, let parsed = try? Self.color(c) { color = parsed }
        if let o = s.gridOpacity { color = color.withOpacity(o) }
        return Stroke(color: color, width: s.gridWidth ?? gridWidth, dash: gridDash)
    }

    /// The axis line (and ticks) of one axis: `config.axis` with the axis's own
    /// `domainColor` and `domainWidth` on top.
    public func domainStroke(vertical: Bool) -> Stroke { domainStroke(vertical ? axisY : axisX) }

    /// The axis line of an axis with settings `s`: its colour, width, `domainOpacity` and
    /// `domainDash`.
    public func domainStroke(_ s: AxisSwitches) -> Stroke {
        var color = s.domainColor.flatMap { try? Self.color($0) } ?? axisColor
        if let o = s.look.domainOpacity { color = color.withOpacity(o) }
        return Stroke(color: color, width: s.domainWidth ?? axisWidth, dash: s.look.domainDash ?? [])
    }

    /// The ticks of an axis with settings `s`: the axis line's colour and width unless
    /// `tickColor`, `tickWidth` or `tickOpacity` say otherwise (never the line's dash).
    public func tickStroke(_ s: AxisSwitches) -> Stroke {
        var color = s.look.tickColor.flatMap { try? Self.color($0) } ?? s.domainColor.flatMap { try? Self.color($0) } ?? axisColor
        if let o = s.look.tickOpacity { color = color.withOpacity(o) }
        return Stroke(color: color, width: s.look.tickWidth ?? s.domainWidth ?? axisWidth)
    }
}
