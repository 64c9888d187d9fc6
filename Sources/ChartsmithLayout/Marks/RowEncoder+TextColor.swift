import ChartsmithData

extension RowEncoder {
    /// Whether a row's colour is a series colour the style's palette chose: a discrete
    /// `color` field through a scale with no `range` or `scheme` of the spec's own, with no
    /// mark colour, `fill` channel or condition overriding it. Text in such a colour may
    /// take the colour's text variant; colours the spec chose are drawn as given.
    func seriesColorFromStylePalette(_ v: PreparedView, _ r: Row) -> Bool {
        guard v.mark.color == nil, v.mark.fill == nil, v.mark.stroke == nil, v.encoding[.fill] == nil,
              let d = v.encoding[.color], let f = d.outputField, d.conditions.isEmpty, !d.scaleDisabled,
              let c = colorScale, c.def.outputField == f, c.continuous == nil, c.discretizer == nil, !c.identity,
              c.def.scale?.range == nil, c.def.scale?.scheme == nil else { return false }
        return conditional(v, .color, r) == nil
    }
}
