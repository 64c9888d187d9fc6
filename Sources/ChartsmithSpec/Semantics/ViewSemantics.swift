/// A single view (the spec itself or one of its layers) with Vega-Lite's compile-time
/// decisions made: the orientation of bars and areas, and whether and how marks stack.
///
/// These are rules of the spec language, not of layout, so they live here.
public struct ViewSemantics: Sendable, Hashable {
    public var mark: MarkSpec
    public var encoding: Encoding
    /// Which positional channel carries values (`y` for vertical bars).
    public var valueChannel: Channel
    /// The other positional channel (`x` for vertical bars).
    public var groupChannel: Channel
    /// The stacking, if any.
    public var stack: StackSemantics?

    /// Stacking decided for a view.
    public struct StackSemantics: Sendable, Hashable {
        /// The channel whose values are stacked (`y` for vertical bars).
        public var channel: Channel
        /// `zero`, `normalize` or `center`.
        public var offset: StackMode
        /// Fields that split a stack into parts (colour, detail...), in priority order.
        public var stackBy: [String]
        /// Fields that order parts within a stack; by default the stack-by fields,
        /// descending for `y` and ascending for `x`, as Vega-Lite orders them.
        public var sort: [(field: String, descending: Bool)]
        /// Vega-Lite 6's order by an explicit colour domain: the stack sorts on `column`, each
        /// row's index of its `field` value in `domain` (-1 when absent), as Vega-Lite 6's
        /// `indexof(domain, datum.field)`.
        public var domainOrder: DomainOrder?

        /// The parts of a stack ordered by their colour's place in an explicit domain.
        public struct DomainOrder: Sendable, Hashable {
            public var field: String
            public var column: String
            public var domain: [InlineValue]
        }

        public static func == (a: Self, b: Self) -> Bool {
            a.channel == b.channel && a.offset == b.offset && a.stackBy == b.stackBy
                && a.sort.map(\.field) == b.sort.map(\.field) && a.sort.map(\.descending) == b.sort.map(\.descending)
                && a.domainOrder == b.domainOrder
        }

        public func hash(into h: inout Hasher) {
            h.combine(channel)
            h.combine(offset)
            h.combine(stackBy)
        }
    }

    /// Channels that split stacks, in Vega-Lite's order.
    static let stackByChannels: [Channel] = [.color, .fill, .stroke, .opacity, .strokeDash, .size, .detail]

    /// - Parameter vegaLiteMajorVersion: the version the spec is written for
    ///   (``ChartSpec/vegaLiteMajorVersion``); 6 and later order stacks by an explicit
    ///   colour domain.
    public init(mark: MarkSpec, encoding: Encoding, vegaLiteMajorVersion: Int? = nil) {
        let (mark, sized) = Self.readingSize(mark: mark, encoding: encoding)
        self.mark = mark
        // An offset without its position channel (xOffset without x) has no band to divide,
        // so Vega-Lite (5.16 and later) reads it as the position channel itself: its
        // compiled `bar_x_offset_without_x_broken` draws one band per offset value on x.
        var encoding = sized
        for (main, offset) in [(Channel.x, Channel.xOffset), (.y, .yOffset)] where encoding[main] == nil {
            if let d = encoding[offset], d.field != nil || d.datum != nil {
                encoding[main] = d
                encoding.channels[offset] = nil
            }
        }
        // A far end (x2, y2, theta2, radius2) takes its primary channel's type, as in
        // Vega-Lite: `x2: "end"` beside a temporal `x` is read as dates, so its values are
        // parsed and counted in the scale's domain.
        for (main, far) in [(Channel.x, Channel.x2), (.y, .y2), (.theta, .theta2), (.radius, .radius2)] {
            guard var d = encoding[far], d.type == nil, d.field != nil, let m = encoding[main] else { continue }
            d.type = m.effectiveType(for: main)
            encoding[far] = d
        }
        self.encoding = encoding
        let x = encoding[.x], y = encoding[.y]
        let xCont = x?.isContinuous(for: .x) ?? false
        let yCont = y?.isContinuous(for: .y) ?? false
        // Orientation as Vega-Lite decides it: continuous y with discrete (or no) x is vertical.
        let vertical: Bool
        if let o = mark.orient {
            // A tick's `orient` is the way its line runs (Vega-Lite's mark/tick.ts: a
            // horizontal tick is as wide as its size), so a horizontal tick marks a value
            // on y, the opposite of a bar's.
            vertical = mark.type == .tick ? o == .horizontal : o == .vertical
        } else if mark.type == .bar, let ranged = Self.rangedBarIsVertical(encoding) {
            vertical = ranged
        } else if xCont && !yCont {
            vertical = false
        } else if yCont && !xCont {
            vertical = true
        } else if xCont && yCont {
            // Both continuous: the aggregated (or binned) one is the group.
            if x?.bin != nil || (y?.aggregate != nil && x?.aggregate == nil) { vertical = true }
            else if y?.bin != nil || (x?.aggregate != nil && y?.aggregate == nil) { vertical = false }
            else { vertical = true }
        } else {
            vertical = true
        }
        valueChannel = vertical ? .y : .x
        groupChannel = vertical ? .x : .y
        stack = encoding[.theta] != nil ? Self.decideThetaStack(mark: mark, encoding: encoding)
            : Self.decideStack(mark: mark, encoding: encoding, valueChannel: valueChannel)
        if (vegaLiteMajorVersion ?? 5) >= 6, stack != nil, encoding.channels[.order]?.isEmpty ?? true {
            stack?.orderByColorDomain(encoding)
        }
    }

    /// Vega-Lite's orientation of a bar ranged on one axis only (`x2` without `y2`, or the
    /// reverse), nil for any other bar. An already-binned field (`bin: "binned"`) or an
    /// aggregate on the other axis decides first, as for any bar; otherwise the ranged axis
    /// carries the values: `x` + `x2` with a quantitative `y` is a horizontal bar, thin
    /// (the continuous band size) at y, not a histogram column (Vega-Lite's mark/init.ts).
    static func rangedBarIsVertical(_ encoding: Encoding) -> Bool? {
        let x = encoding[.x], y = encoding[.y]
        let x2 = encoding[.x2] != nil, y2 = encoding[.y2] != nil
        guard x2 != y2 else { return nil }
        func isField(_ d: ChannelDef?) -> Bool { d.map { $0.field != nil || $0.aggregate != nil } ?? false }
        if isField(x), x?.bin?.binned == true || (y?.aggregate != nil && x?.aggregate == nil) { return true }
        if isField(y), y?.bin?.binned == true || (x?.aggregate != nil && y?.aggregate == nil) { return false }
        return y2
    }

    /// Vega-Lite's stack of a polar view: a continuous `theta` stacks by default on arcs
    /// (each slice starts where the one before ends), and on text only when its `stack`
    /// says so; parts go in ascending order of the stack-by fields, or the `order` channel.
    static func decideThetaStack(mark: MarkSpec, encoding: Encoding) -> StackSemantics? {
        if let t = encoding[.theta], t.field != nil, !t.isContinuous(for: .theta) { return decideRadiusStack(mark: mark, encoding: encoding) }
        guard let def = encoding[.theta], def.field != nil || def.aggregate != nil, def.isContinuous(for: .theta),
              def.bin == nil else { return nil }
        // An explicit end angle (`theta2`) places each arc itself, as `x2` unstacks a bar.
        if encoding[.theta2] != nil { return nil }
        let offset: StackMode
        switch def.stack {
        case .some(StackMode.none): return nil
        case .some(let m): offset = m
        case nil:
            guard mark.type == .arc else { return nil }
            offset = .zero
        }
        var stackBy: [String] = []
        for ch in stackByChannels {
            for d in encoding.channels[ch] ?? [] {
                if let f = d.outputField, d.aggregate == nil, !stackBy.contains(f) { stackBy.append(f) }
            }
        }
        var sort: [(field: String, descending: Bool)] = stackBy.map { ($0, false) }
        if let orders = encoding.channels[.order], !orders.isEmpty {
            sort = orders.compactMap { o in
                guard let f = o.outputField else { return nil }
                if case .some(.descending) = o.sort { return (f, true) }
                return (f, false)
            }
        }
        return StackSemantics(channel: .theta, offset: offset, stackBy: stackBy, sort: sort)
    }

    /// Vega-Lite's stack of arcs on a discrete `theta`: a continuous `radius` stacks within
    /// each category (its slice), each row's ring outside the one before, in ascending order
    /// of the stack-by fields.
    static func decideRadiusStack(mark: MarkSpec, encoding: Encoding) -> StackSemantics? {
        guard mark.type == .arc, let r = encoding[.radius], r.field != nil || r.aggregate != nil, r.isContinuous(for: .radius),
              r.bin == nil, encoding[.radius2] == nil else { return nil }
        if case .some(StackMode.none) = r.stack { return nil }
        let dimension = encoding[.theta]?.outputField
        var stackBy: [String] = []
        for ch in stackByChannels {
            for d in encoding.channels[ch] ?? [] {
                if let f = d.outputField, d.aggregate == nil, f != dimension, !stackBy.contains(f) { stackBy.append(f) }
            }
        }
        return StackSemantics(channel: .radius, offset: r.stack ?? .zero, stackBy: stackBy, sort: stackBy.map { ($0, false) })
    }

    /// Aggregates whose stacked parts add up to the whole's; Vega-Lite stacks the others
    /// too (a mean on a coloured bar), with a warning.
    public static let summativeAggregates: Set<AggregateOp> = [.sum, .count, .distinct, .valid, .missing]

    static func decideStack(mark: MarkSpec, encoding: Encoding, valueChannel: Channel) -> StackSemantics? {
        guard let def = encoding[valueChannel], def.isContinuous(for: valueChannel), def.bin == nil else { return nil }
        if let s = def.scale?.type, [.log, .pow, .sqrt, .symlog].contains(s), def.stack == nil { return nil }
        if encoding[valueChannel == .y ? .y2 : .x2] != nil { return nil }
        var stackBy: [String] = []
        for ch in stackByChannels {
            for d in encoding.channels[ch] ?? [] {
                if let f = d.outputField, d.aggregate == nil, !stackBy.contains(f) { stackBy.append(f) }
            }
        }
        let defaultOn = [.bar, .area].contains(mark.type)
        let offset: StackMode
        switch def.stack {
        case .some(StackMode.none): return nil
        case .some(let m): offset = m
        case nil:
            guard defaultOn else { return nil }
            if stackBy.isEmpty {
                // No part channel: Vega-Lite still stacks the rows that share a position
                // (raw rows of a bar or area), unless the view aggregates (one row per
                // position) or the value is not a plain quantitative field (src/stack.ts).
                guard rowsStackByDefault(encoding: encoding, valueChannel: valueChannel) else { return nil }
            } else {
                // Grouped bars coloured by their offset field: each offset band holds one part,
                // so there is nothing to stack.
                let offsets = [encoding[.xOffset], encoding[.yOffset]].compactMap { $0?.outputField }
                if !offsets.isEmpty, stackBy.allSatisfy(offsets.contains) { return nil }
            }
            offset = .zero
        }
        var sort: [(String, Bool)] = []
        if let orders = encoding.channels[.order], !orders.isEmpty {
            for o in orders {
                if let f = o.outputField {
                    let desc: Bool
                    if case .some(.descending) = o.sort { desc = true } else { desc = false }
                    sort.append((f, desc))
                }
            }
        } else {
            sort = stackBy.map { ($0, valueChannel == .y) }
        }
        return StackSemantics(channel: valueChannel, offset: offset, stackBy: stackBy,
                              sort: sort.map { (field: $0.0, descending: $0.1) })
    }

    /// Whether a bar or area with no part channel (colour, detail...) stacks its rows, as
    /// Vega-Lite 5.20 compiles it: its value is an unbinned quantitative field (a temporal
    /// one is not stacked) and no channel aggregates (not even a tooltip's count). The other
    /// position may be anything, a quantity too (a cumulative-frequency area).
    static func rowsStackByDefault(encoding: Encoding, valueChannel: Channel) -> Bool {
        guard let d = encoding[valueChannel], d.field != nil, d.bin == nil,
              d.effectiveType(for: valueChannel) == .quantitative else { return false }
        let aggregates = encoding.channels.values.contains { defs in defs.contains { $0.aggregate != nil } }
        return !aggregates
    }
}
