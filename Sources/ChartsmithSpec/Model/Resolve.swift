/// `resolve` on a layered spec: whether the layers share each channel's scale, axis and
/// legend (Vega-Lite's default for layers) or each top-level layer has its own.
public struct ResolveSpec: Sendable, Hashable {
    /// `"shared"` or `"independent"`.
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        case shared, independent
    }

    /// One channel's mode, and where it was written (for messages).
    public struct Entry: Sendable, Hashable {
        public var mode: Mode
        public var source: SourcePosition
    }

    /// `resolve.scale`: channel → mode.
    public var scale: [Channel: Entry] = [:]
    /// `resolve.axis`: `x` or `y` → mode.
    public var axis: [Channel: Entry] = [:]
    /// `resolve.legend`: channel → mode.
    public var legend: [Channel: Entry] = [:]

    public init() {}

    /// Whether a channel's scale is independent.
    public func scaleIsIndependent(_ ch: Channel) -> Bool { scale[ch]?.mode == .independent }

    /// Whether a position channel's axes are independent: asked for, or implied by an
    /// independent scale (Vega-Lite's `parseGuideResolve`).
    public func axisIsIndependent(_ ch: Channel) -> Bool {
        scaleIsIndependent(ch) || axis[ch]?.mode == .independent
    }

    /// Scale channels Vega-Lite's `resolve.scale` names.
    public static let scaleChannels: [Channel] = [.x, .y, .xOffset, .yOffset, .color, .fill, .stroke, .opacity, .fillOpacity,
                                                  .strokeOpacity, .strokeWidth, .strokeDash, .size, .shape, .angle, .theta, .radius]
    /// Channels `resolve.axis` names.
    public static let axisChannels: [Channel] = [.x, .y]
    /// Channels `resolve.legend` names.
    public static let legendChannels: [Channel] = [.color, .fill, .stroke, .opacity, .fillOpacity, .strokeOpacity,
                                                   .strokeWidth, .strokeDash, .size, .shape, .angle]
}

extension ResolveSpec {
    /// One independent axis: the top-level layer it belongs to and its side.
    public struct AxisPlacement: Sendable, Hashable {
        public var group: Int
        /// `left` or `right` for y, `bottom` or `top` for x.
        public var orient: String
    }

    /// The axes of a position channel whose axes are independent, one per top-level layer
    /// that encodes the channel with a scale and keeps its axis, placed as Vega-Lite's
    /// `parseLayerAxis` places them: each on its `orient` (default left or bottom), a later
    /// axis without an explicit orient moved to the opposite side when its own is taken.
    /// `views` is each view's top-level layer and merged encoding, in drawing order.
    public static func axisPlacements(_ ch: Channel, views: [(group: Int, encoding: Encoding)]) -> [AxisPlacement] {
        let standard = ch == .x ? "bottom" : "left"
        let opposite = ch == .x ? ["bottom": "top", "top": "bottom"] : ["left": "right", "right": "left"]
        var count: [String: Int] = [:]
        var out: [AxisPlacement] = []
        var seen = Set<Int>()
        for (g, enc) in views where !seen.contains(g) {
            guard let d = enc[ch], d.hasScale, !(d.axis?.disabled ?? false) else { continue }
            seen.insert(g)
            var orient = standard
            if let o = d.axis?.orient, opposite[o] != nil {
                orient = o
            } else if (count[orient] ?? 0) > 0, let other = opposite[orient], (count[orient] ?? 0) > (count[other] ?? 0) {
                orient = other
            }
            count[orient, default: 0] += 1
            out.append(AxisPlacement(group: g, orient: orient))
        }
        return out
    }
}

extension ChannelDef {
    /// Whether the definition is drawn through a scale: a field, a datum or a count.
    public var hasScale: Bool { field != nil || datum != nil || aggregate == .count }
}
