import ChartsmithData

/// A band (or point) scale: discrete values spread evenly over a range, as d3's
/// `scaleBand` with `paddingInner`, `paddingOuter` and `align` 0.5.
public struct BandScale: Sendable, Hashable {
    public var domain: [Value]
    public var range: (Double, Double)
    public var paddingInner: Double
    public var paddingOuter: Double
    private var index: [Value: Int]

    public init(domain: [Value], range: (Double, Double), paddingInner: Double, paddingOuter: Double) {
        self.domain = domain
        self.range = range
        self.paddingInner = paddingInner
        self.paddingOuter = paddingOuter
        var idx: [Value: Int] = [:]
        for (i, v) in domain.enumerated() where idx[v] == nil { idx[v] = i }
        self.index = idx
    }

    /// A point scale: like a band scale with zero bandwidth (`padding` outer).
    public static func point(domain: [Value], range: (Double, Double), padding: Double) -> BandScale {
        BandScale(domain: domain, range: range, paddingInner: 1, paddingOuter: padding)
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.domain == b.domain && a.range == b.range && a.paddingInner == b.paddingInner && a.paddingOuter == b.paddingOuter
    }

    public func hash(into h: inout Hasher) { h.combine(domain) }

    /// Distance between the starts of adjacent bands.
    public var step: Double {
        let n = Double(domain.count)
        let span = range.1 - range.0
        return span / max(1, n - paddingInner + paddingOuter * 2)
    }

    /// Width of one band.
    public var bandwidth: Double { step * (1 - paddingInner) }

    /// The start of the band for `v` (nil for a value outside the domain).
    public func start(of v: Value) -> Double? {
        guard let i = index[v] else { return nil }
        let n = Double(domain.count)
        let span = range.1 - range.0
        let st = step
        let start = range.0 + (span - st * (n - paddingInner)) * 0.5
        return start + st * Double(i)
    }

    /// The centre of the band for `v`.
    public func center(of v: Value) -> Double? { start(of: v).map { $0 + bandwidth / 2 } }
}
