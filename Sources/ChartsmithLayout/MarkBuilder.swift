import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import Foundation

/// Turns each view's rows into mark primitives: bars, lines, areas, points, rules, ticks
/// and text.
struct MarkBuilder {
    let views: [PreparedView]
    let x: PositionScale?
    let y: PositionScale?
    let color: ColorScale?
    let dash: DashScale?
    let theme: Theme
    let kit: TextKit
    let plot: Rect

    func build() throws -> [SceneNode] {
        var out: [SceneNode] = []
        for (i, v) in views.enumerated() {
            let nodes: [SceneNode]
            switch v.mark.type {
            case .bar: nodes = bars(v)
            case .line: nodes = lines(v, area: false)
            case .area: nodes = lines(v, area: true)
            case .point, .circle, .square: nodes = points(v)
            case .rule: nodes = rules(v)
            case .tick: nodes = ticks(v)
            case .text: nodes = try texts(v)
            }
            out.append(.group(GroupNode(children: nodes, role: .mark, name: "layer \(i) \(v.mark.type.rawValue)")))
        }
        return out
    }

    // MARK: Shared helpers

    func scale(_ ch: Channel) -> PositionScale? { ch == .x ? x : y }

    /// The fill colour of a row: the colour channel, else the mark's colour, else the theme's.
    func color(_ v: PreparedView, _ r: Row) -> Color {
        for ch in [Channel.fill, .color, .stroke] {
            guard let d = v.encoding[ch] else { continue }
            if let f = d.outputField, let c = color, c.def.outputField == f, let col = c.color(for: r[f]) { return col }
            if case .string(let s) = d.value, let col = CSSColor.parse(s) { return col }
        }
        for s in [v.mark.fill, v.mark.color, v.mark.stroke] { if let s, let c = CSSColor.parse(s) { return c } }
        return theme.markColor
    }

    func opacity(_ v: PreparedView, _ r: Row) -> Double {
        if let d = v.encoding[.opacity] {
            if case .number(let n) = d.value { return n }
            if let f = d.outputField, let n = r[f].number {
                let all = v.table.rows.compactMap { $0[f].number }
                let lo = all.min() ?? 0, hi = all.max() ?? 1
                return hi == lo ? 1 : 0.3 + 0.7 * (n - lo) / (hi - lo)
            }
        }
        return v.mark.opacity ?? 1
    }

    /// The value of a positional channel for a row, as a position; for the stacked channel
    /// the end of the segment.
    func position(_ v: PreparedView, _ ch: Channel, _ r: Row) -> Double? {
        guard let s = scale(ch == .x2 ? .x : ch == .y2 ? .y : ch), let d = v.encoding[ch] else { return nil }
        if let datum = d.datum { return s.center(.from(datum)) }
        if case .some(let val) = d.value, case .number(let n) = val, d.field == nil {
            return ch == .x || ch == .x2 ? n : n
        }
        guard let f = d.outputField else { return nil }
        if v.semantics.stack?.channel == ch { return s.map(r[f + "_end"]) }
        return s.center(r[f])
    }

    /// Start and end positions of a stacked or based value.
    func valueSpan(_ v: PreparedView, _ ch: Channel, _ r: Row) -> (Double, Double)? {
        guard let s = scale(ch), let d = v.encoding[ch], let f = d.outputField else { return nil }
        if v.semantics.stack?.channel == ch {
            guard let a = s.map(r[f + "_start"]), let b = s.map(r[f + "_end"]) else { return nil }
            return (a, b)
        }
        let second: Channel = ch == .x ? .x2 : .y2
        if let d2 = v.encoding[second], let f2 = d2.outputField, let a = s.map(r[f]), let b = s.map(r[f2]) { return (a, b) }
        if let e = d.binEndField, let a = s.map(r[f]), let b = s.map(r[e]) { return (a, b) }
        guard let b = s.map(r[f]) else { return nil }
        return (s.baseline, b)
    }

    /// Where a row's band starts and how wide it is on a group axis, including `xOffset`.
    func bandSpan(_ v: PreparedView, _ ch: Channel, _ r: Row) -> (Double, Double)? {
        guard let s = scale(ch), let d = v.encoding[ch] else { return nil }
        if let b = s.band, s.domain.band {
            let value: Value = d.datum.map { Value.from($0) } ?? d.outputField.map { r[$0] } ?? .null
            guard let start = b.start(of: value) else { return nil }
            var width = b.bandwidth
            var origin = start
            let offCh: Channel = ch == .x ? .xOffset : .yOffset
            if let od = v.encoding[offCh], let of = od.outputField {
                let sub = offsetDomain(v, of)
                let inner = BandScale(domain: sub, range: (0, width), paddingInner: 0.05, paddingOuter: 0)
                guard let o = inner.start(of: r[of]) else { return nil }
                origin += o
                width = inner.bandwidth
            }
            if let mw = v.mark.width {
                let w = mw < 0 ? width * -mw : mw
                origin += (width - w) / 2
                width = w
            }
            return (origin, width)
        }
        guard let f = d.outputField else { return nil }
        // Continuous group axis: bins, time units, or a fixed size.
        if let e = d.binEndField ?? (v.encoding[ch == .x ? .x2 : .y2]?.outputField), let a = s.map(r[f]), let b = s.map(r[e]) {
            let lo = min(a, b), hi = max(a, b)
            return (lo + 0.5, max(0.5, hi - lo - 1))
        }
        if let unit = d.timeUnit, let t = Coercion.date(r[f]), let a = s.mapNumber(t), let b = s.mapNumber(t + unit.step(after: t)) {
            let w = abs(b - a)
            let inset = w * 0.1
            return (min(a, b) + inset, w - 2 * inset)
        }
        guard let c = s.map(r[f]) else { return nil }
        let w = v.mark.width.map { $0 < 0 ? 5 * -$0 : $0 } ?? max(2, min(20, plotExtent(ch) / Double(max(1, v.table.rows.count)) * 0.7))
        return (c - w / 2, w)
    }

    func plotExtent(_ ch: Channel) -> Double { ch == .x ? plot.width : plot.height }

    func offsetDomain(_ v: PreparedView, _ field: String) -> [Value] {
        var seen = Set<Value>(), vals: [Value] = []
        for r in v.table.rows where !r[field].isNull { if seen.insert(r[field]).inserted { vals.append(r[field]) } }
        let def = v.encoding[.xOffset] ?? v.encoding[.yOffset]
        return def.map { DiscreteOrder.sort(vals, channel: .xOffset, def: $0, views: [v]) } ?? vals.sorted(by: valueLess)
    }

    func datumName(_ v: PreparedView, _ r: Row) -> String {
        var parts: [String] = []
        for ch in [Channel.x, .y, .color, .xOffset, .yOffset] {
            if let f = v.encoding[ch]?.outputField { parts.append("\(f)=\(r[f].text)") }
        }
        return parts.joined(separator: " ")
    }

    // MARK: Bars

    func bars(_ v: PreparedView) -> [SceneNode] {
        var out: [SceneNode] = []
        let vertical = v.semantics.valueChannel == .y
        let radius = v.mark.cornerRadius ?? v.mark.cornerRadiusEnd ?? 0
        for r in v.table.rows {
            let group: Channel = vertical ? .x : .y
            let value: Channel = vertical ? .y : .x
            guard let band = bandSpan(v, group, r) else { continue }
            let span: (Double, Double)
            if v.encoding[value] == nil {
                span = vertical ? (plot.maxY, plot.minY) : (plot.minX, plot.maxX)
            } else if let s = valueSpan(v, value, r) {
                span = s
            } else { continue }
            let lo = min(span.0, span.1), hi = max(span.0, span.1)
            let rect = vertical
                ? Rect(x: band.0, y: lo, width: band.1, height: hi - lo)
                : Rect(x: lo, y: band.0, width: hi - lo, height: band.1)
            let fill = color(v, r).withOpacity(opacity(v, r))
            out.append(.rect(RectNode(rect: rect, fill: fill, cornerRadius: radius, role: .mark, name: datumName(v, r))))
        }
        return out
    }

    // MARK: Lines and areas

    /// Rows split into series by the channels that split lines, in first-seen order.
    func series(_ v: PreparedView) -> [(key: Value, rows: [Row])] {
        var fields: [String] = []
        for ch in [Channel.color, .fill, .stroke, .strokeDash, .opacity, .detail] {
            for d in v.encoding.channels[ch] ?? [] {
                if let f = d.outputField, d.aggregate == nil || ch == .detail, !fields.contains(f) { fields.append(f) }
            }
        }
        let groups = Aggregation.group(v.table.rows, by: fields)
        return groups.map { (key: $0.key.first ?? .null, rows: $0.rows) }
    }

    func lines(_ v: PreparedView, area: Bool) -> [SceneNode] {
        var out: [SceneNode] = []
        let vertical = v.semantics.valueChannel == .y
        let along: Channel = vertical ? .x : .y
        let across: Channel = vertical ? .y : .x
        let width = v.mark.strokeWidth ?? theme.lineWidth
        var lineNodes: [SceneNode] = []
        var pointNodes: [SceneNode] = []
        for (_, rows0) in series(v) {
            guard let first = rows0.first else { continue }
            // Sort along the independent axis, as Vega-Lite sorts line points by x.
            let alongField = v.encoding[along]?.outputField
            var rows = rows0
            if let af = alongField, let s = scale(along) {
                if let b = s.band {
                    rows.sort { (b.start(of: $0[af]) ?? 0) < (b.start(of: $1[af]) ?? 0) }
                } else if v.encoding.channels[.order] == nil {
                    rows = rows.enumerated().sorted { a, b in
                        let pa = s.map(a.element[af]) ?? .infinity, pb = s.map(b.element[af]) ?? .infinity
                        return pa != pb ? pa < pb : a.offset < b.offset
                    }.map(\.element)
                }
            }
            let stroke = color(v, first)
            let op = opacity(v, first)
            var dashes = v.mark.strokeDash ?? []
            if let dd = v.encoding[.strokeDash], let f = dd.outputField, let ds = dash { dashes = ds.dash(for: first[f]) }
            // Split into runs at invalid values: a gap, never an invented value.
            var runs: [[(Point, Double)]] = []  // point and the base (areas)
            var run: [(Point, Double)] = []
            for r in rows {
                let a = position(v, along, r)
                var b: Double? = nil
                var base = 0.0
                if let span = valueSpan(v, across, r) { base = span.0; b = span.1 }
                else if v.encoding[across] == nil { b = vertical ? plot.midY : plot.midX }
                guard let a, let b else {
                    if !run.isEmpty { runs.append(run); run = [] }
                    continue
                }
                run.append((vertical ? Point(x: a, y: b) : Point(x: b, y: a), base))
            }
            if !run.isEmpty { runs.append(run) }
            let name = datumName(v, first)
            for run in runs {
                let pts = run.map(\.0)
                if area {
                    guard pts.count > 1 else { continue }
                    var path = Curves.path(pts, interpolate: v.mark.interpolate ?? .linear, vertical: vertical)
                    let basePts = run.reversed().map { vertical ? Point(x: $0.0.x, y: $0.1) : Point(x: $0.1, y: $0.0.y) }
                    let back = Curves.path(basePts, interpolate: v.mark.interpolate ?? .linear, vertical: vertical)
                    path.line(to: basePts[0])
                    path.elements += back.elements.dropFirst()
                    path.close()
                    let fillOpacity = v.mark.fillOpacity ?? v.mark.opacity ?? (v.semantics.stack == nil && series(v).count > 1 ? 0.7 : 1)
                    out.append(.path(PathNode(path: path, fill: stroke.withOpacity(fillOpacity), role: .mark, name: name)))
                    if v.mark.line {
                        lineNodes.append(.path(PathNode(path: Curves.path(pts, interpolate: v.mark.interpolate ?? .linear, vertical: vertical),
                                                        stroke: Stroke(color: stroke, width: width, lineJoin: .round), role: .mark, name: name)))
                    }
                } else if pts.count == 1 {
                    // A lone point between gaps: show it as a dot so it is not lost.
                    pointNodes.append(.path(PathNode(path: Self.circle(center: pts[0], radius: max(3, width * 1.4)),
                                                     fill: stroke.withOpacity(op), role: .mark, name: name)))
                } else {
                    lineNodes.append(.path(PathNode(path: Curves.path(pts, interpolate: v.mark.interpolate ?? .linear, vertical: vertical),
                                                    stroke: Stroke(color: stroke.withOpacity(op), width: width, dash: dashes,
                                                                   lineCap: .butt, lineJoin: .round),
                                                    role: .mark, name: name)))
                }
                if v.mark.point {
                    for p in pts where pts.count > 1 {
                        pointNodes.append(.path(PathNode(path: Self.circle(center: p, radius: max(3, width * 1.4)),
                                                         fill: stroke.withOpacity(op), role: .mark, name: name)))
                    }
                }
            }
        }
        return out + lineNodes + pointNodes
    }

    // MARK: Points, rules, ticks, text

    func points(_ v: PreparedView) -> [SceneNode] {
        var out: [SceneNode] = []
        for r in v.table.rows {
            let px = v.encoding[.x] == nil ? plot.midX : position(v, .x, r)
            let py = v.encoding[.y] == nil ? plot.midY : position(v, .y, r)
            guard let px, let py else { continue }
            var size = v.mark.size ?? 30
            if let sd = v.encoding[.size] {
                if case .number(let n) = sd.value { size = n }
                else if let f = sd.outputField, let n = r[f].number {
                    let all = v.table.rows.compactMap { $0[f].number }
                    let hi = all.max() ?? 1
                    size = hi == 0 ? 30 : 9 + 300 * n / hi
                }
            }
            let radius = (size / Double.pi).squareRoot()
            let c = color(v, r).withOpacity(opacity(v, r))
            let filled = v.mark.filled ?? (v.mark.type != .point)
            let path = v.mark.type == .square
                ? Path([.move(to: Point(x: px - radius, y: py - radius)), .line(to: Point(x: px + radius, y: py - radius)),
                        .line(to: Point(x: px + radius, y: py + radius)), .line(to: Point(x: px - radius, y: py + radius)), .close])
                : Self.circle(center: Point(x: px, y: py), radius: radius)
            out.append(.path(PathNode(path: path, fill: filled ? c : nil, stroke: filled ? nil : Stroke(color: c, width: 1.5),
                                      role: .mark, name: datumName(v, r))))
        }
        return out
    }

    func rules(_ v: PreparedView) -> [SceneNode] {
        var out: [SceneNode] = []
        let rows = v.table.rows.isEmpty && (v.encoding[.x]?.datum != nil || v.encoding[.y]?.datum != nil) ? [Row()] : v.table.rows
        let hasX = v.encoding[.x] != nil, hasY = v.encoding[.y] != nil
        for r in rows {
            var p0: Point, p1: Point
            if hasX && !hasY || (hasX && v.encoding[.y2] == nil && v.encoding[.x2] == nil && !hasY) {
                guard let px = position(v, .x, r) else { continue }
                p0 = Point(x: px, y: plot.minY); p1 = Point(x: px, y: plot.maxY)
            } else if hasY && !hasX {
                guard let py = position(v, .y, r) else { continue }
                p0 = Point(x: plot.minX, y: py); p1 = Point(x: plot.maxX, y: py)
            } else if v.encoding[.x2] != nil {
                guard let a = position(v, .x, r), let b = position(v, .x2, r), let py = position(v, .y, r) else { continue }
                p0 = Point(x: a, y: py); p1 = Point(x: b, y: py)
            } else if v.encoding[.y2] != nil {
                guard let a = position(v, .y, r), let b = position(v, .y2, r), let px = position(v, .x, r) else { continue }
                p0 = Point(x: px, y: a); p1 = Point(x: px, y: b)
            } else {
                continue
            }
            let c = color(v, r).withOpacity(opacity(v, r))
            let dashes = v.mark.strokeDash ?? []
            out.append(.path(PathNode(path: .polyline([p0, p1]), stroke: Stroke(color: c, width: v.mark.strokeWidth ?? 1.5, dash: dashes),
                                      role: .mark, name: datumName(v, r))))
        }
        return out
    }

    func ticks(_ v: PreparedView) -> [SceneNode] {
        var out: [SceneNode] = []
        let vertical = v.semantics.valueChannel == .y
        for r in v.table.rows {
            let group: Channel = vertical ? .x : .y
            let value: Channel = vertical ? .y : .x
            guard let pv = position(v, value, r) else { continue }
            let span = bandSpan(v, group, r) ?? (vertical ? (plot.minX, plot.width) : (plot.minY, plot.height))
            let len = (scale(group)?.band != nil) ? span.1 * 0.75 : 12
            let c0 = span.0 + span.1 / 2
            let (a, b) = vertical
                ? (Point(x: c0 - len / 2, y: pv), Point(x: c0 + len / 2, y: pv))
                : (Point(x: pv, y: c0 - len / 2), Point(x: pv, y: c0 + len / 2))
            out.append(.path(PathNode(path: .polyline([a, b]), stroke: Stroke(color: color(v, r), width: v.mark.thickness ?? 1.5),
                                      role: .mark, name: datumName(v, r))))
        }
        return out
    }

    func texts(_ v: PreparedView) throws -> [SceneNode] {
        var out: [SceneNode] = []
        var font = theme.valueLabelFont
        if let s = v.mark.fontSize { font.size = s }
        if v.mark.fontWeight == "bold" { font.weight = .bold }
        let td = v.encoding[.text]
        let fmt: ((Value) -> String)
        if let td, let f = td.format, td.formatType != "time" {
            let nf = try Bridge.numberFormatter(f, locale: theme.locale)
            fmt = { $0.number.map(nf) ?? $0.text }
        } else if let td, td.effectiveType(for: .text) == .quantitative {
            let nf = try Bridge.numberFormatter(",~r", locale: theme.locale)
            fmt = { $0.number.map(nf) ?? $0.text }
        } else {
            fmt = { $0.text }
        }
        let align: TextNode.Align = v.mark.align == "left" ? .start : v.mark.align == "right" ? .end : .center
        let baseline: TextNode.Baseline = v.mark.baseline == "top" ? .top : v.mark.baseline == "bottom" ? .bottom
            : v.mark.baseline == "alphabetic" ? .alphabetic : .middle
        for r in v.table.rows {
            let text: String
            if let td {
                if let f = td.outputField { text = fmt(r[f]) } else if let c = td.value { text = Value.from(c).text } else { continue }
            } else if let t = v.mark.text { text = t } else { continue }
            let px = v.encoding[.x] == nil ? plot.midX : position(v, .x, r)
            let py = v.encoding[.y] == nil ? plot.midY : position(v, .y, r)
            guard var px, var py else { continue }
            if let band = v.encoding[.x].flatMap({ _ in scale(.x)?.band }), v.encoding[.x]?.datum == nil, scale(.x)?.domain.band == true {
                px += band.bandwidth / 2
            }
            if let band = v.encoding[.y].flatMap({ _ in scale(.y)?.band }), v.encoding[.y]?.datum == nil, scale(.y)?.domain.band == true {
                py += band.bandwidth / 2
            }
            px += v.mark.dx ?? 0
            py += v.mark.dy ?? 0
            let c = v.encoding[.color] != nil || v.mark.color != nil ? color(v, r) : theme.textColor
            out.append(.text(kit.node(text, at: Point(x: px, y: py), font: font, color: c, align: align, baseline: baseline,
                                      role: .markLabel)))
        }
        return out
    }

    /// A circle as four cubic Bézier arcs.
    static func circle(center c: Point, radius r: Double) -> Path {
        let k = 0.5522847498 * r
        return Path([
            .move(to: Point(x: c.x + r, y: c.y)),
            .curve(to: Point(x: c.x, y: c.y + r), control1: Point(x: c.x + r, y: c.y + k), control2: Point(x: c.x + k, y: c.y + r)),
            .curve(to: Point(x: c.x - r, y: c.y), control1: Point(x: c.x - k, y: c.y + r), control2: Point(x: c.x - r, y: c.y + k)),
            .curve(to: Point(x: c.x, y: c.y - r), control1: Point(x: c.x - r, y: c.y - k), control2: Point(x: c.x - k, y: c.y - r)),
            .curve(to: Point(x: c.x + r, y: c.y), control1: Point(x: c.x + k, y: c.y - r), control2: Point(x: c.x + r, y: c.y - k)),
            .close,
        ])
    }
}
