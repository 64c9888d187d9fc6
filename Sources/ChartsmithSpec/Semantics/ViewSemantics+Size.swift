/// Vega-Lite's reading of `size` on marks that have no area: a line's or rule's `size` is
/// its stroke width, a text's its font size.
extension ViewSemantics {
    /// The mark and encoding with `size` read as Vega-Lite compiles it for the mark:
    ///
    /// - `line` and `rule` (mark/line.ts, mark/rule.ts: `nonPosition('size', {vgChannel:
    ///   'strokeWidth'})`): the `size` channel (field, value or condition) becomes the
    ///   `strokeWidth` channel, over any `strokeWidth` channel (Vega-Lite writes it last),
    ///   keeping the size scale's `zero` for a quantitative field (scale/properties.ts
    ///   `zero()`); a mark's `size` is its `strokeWidth` where the mark sets none
    ///   (`getMarkPropOrConfig` reads the Vega channel first).
    /// - `text`: a mark's `size` is its `fontSize` where the mark sets none; the `size`
    ///   channel stays and is read per row as the font size (``MarkSpec/fontSize`` is its
    ///   default).
    static func readingSize(mark: MarkSpec, encoding: Encoding) -> (MarkSpec, Encoding) {
        var mark = mark, encoding = encoding
        switch mark.type {
        case .line, .rule:
            if var size = encoding[.size] {
                if size.effectiveType(for: .size) == .quantitative, size.scale?.zero == nil, size.scale?.domain == nil {
                    var scale = size.scale ?? ScaleSpec()
                    scale.zero = true
                    size.scale = scale
                }
                encoding.channels[.strokeWidth] = [size]
                encoding.channels[.size] = nil
            }
            if mark.strokeWidth == nil, let s = mark.size { mark.strokeWidth = s }
        case .text:
            if mark.fontSize == nil, let s = mark.size { mark.fontSize = s }
        default:
            break
        }
        return (mark, encoding)
    }
}
