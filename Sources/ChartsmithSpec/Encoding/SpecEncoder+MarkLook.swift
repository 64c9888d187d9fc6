// The mark properties a mark object and a mark's config block (`config.bar`, a named
// style, …) both hold, written the same way for either.

/// The mark properties ``MarkSpec`` and ``MarkConfig`` share, so the encoder writes them
/// from one place.
protocol MarkLookFields {
    var opacity: Double? { get }
    var fillOpacity: Double? { get }
    var strokeOpacity: Double? { get }
    var strokeWidth: Double? { get }
    var strokeDash: [Double]? { get }
    var interpolate: Interpolate? { get }
    var cornerRadius: Double? { get }
    var cornerRadiusEnd: Double? { get }
    var cornerRadiusTopLeft: Double? { get }
    var cornerRadiusTopRight: Double? { get }
    var cornerRadiusBottomLeft: Double? { get }
    var cornerRadiusBottomRight: Double? { get }
    var align: String? { get }
    var baseline: String? { get }
    var dx: Double? { get }
    var dy: Double? { get }
    var italic: Bool? { get }
    var lineBreak: String? { get }
    var lineHeight: Double? { get }
    var order: Bool? { get }
}

extension MarkSpec: MarkLookFields {}
extension MarkConfig: MarkLookFields {}

extension VegaLiteEncoder {
    /// `opacity`, `fillOpacity`, `strokeOpacity`, `strokeWidth`, `strokeDash`, `interpolate`.
    func markPaint(_ m: some MarkLookFields) -> ObjectMembers {
        var o = ObjectMembers()
        o.add("opacity", m.opacity)
        o.add("fillOpacity", m.fillOpacity)
        o.add("strokeOpacity", m.strokeOpacity)
        o.add("strokeWidth", m.strokeWidth)
        o.add("strokeDash", numbers: m.strokeDash)
        o.add("interpolate", m.interpolate?.rawValue)
        return o
    }

    /// `cornerRadius` and its end and per-corner forms.
    func markCorners(_ m: some MarkLookFields) -> ObjectMembers {
        var o = ObjectMembers()
        o.add("cornerRadius", m.cornerRadius)
        o.add("cornerRadiusEnd", m.cornerRadiusEnd)
        o.add("cornerRadiusTopLeft", m.cornerRadiusTopLeft)
        o.add("cornerRadiusTopRight", m.cornerRadiusTopRight)
        o.add("cornerRadiusBottomLeft", m.cornerRadiusBottomLeft)
        o.add("cornerRadiusBottomRight", m.cornerRadiusBottomRight)
        return o
    }

    /// `fontStyle`, `lineBreak`, `lineHeight` and `order`.
    func markLinesAndOrder(_ m: some MarkLookFields) -> ObjectMembers {
        var o = ObjectMembers()
        o.add("fontStyle", m.italic.map { $0 ? "italic" : "normal" })
        o.add("lineBreak", m.lineBreak)
        o.add("lineHeight", m.lineHeight)
        o.add("order", m.order)
        return o
    }

    /// `align`, `baseline`, `dx`, `dy`.
    func markTextPlacement(_ m: some MarkLookFields) -> ObjectMembers {
        var o = ObjectMembers()
        o.add("align", m.align)
        o.add("baseline", m.baseline)
        o.add("dx", m.dx)
        o.add("dy", m.dy)
        return o
    }
}
