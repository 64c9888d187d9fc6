import ChartsmithScene
import ChartsmithSpec

/// What a style does to a spec's own properties before layout, where the style speaks in
/// the spec's terms rather than the theme's:
///
/// - mark defaults (`config.style`, `config.bar`, `config.line`…, `config.mark`) fill the
///   mark properties the spec leaves unset, so properties set on the spec still win;
/// - `seriesDashes` gives each line series a dash pattern as well as a colour (a
///   `strokeDash` channel on the colour field, added where the spec sets no dashes of its
///   own, in the mark or the encoding), so lines differ in greyscale;
/// - a size preset from `--size` replaces the spec's width and height, with
///   `autosize: "fit"`, because the preset names the canvas the chart is published at;
///   without one, a style with `autosize: "fit"` gives a spec that sets neither autosize
///   nor size the style's canvas (``Theme/defaultCanvas``, from its `size`).
public enum StyledSpec {
    public static func apply(_ theme: Theme, to spec: ChartSpec, size: SizePreset?) -> ChartSpec {
        var s = spec
        if let size {
            s.width = .points(size.width)
            s.height = .points(size.height)
            s.autosize = .fit
        } else if s.autosize == nil, theme.autosize == .fit {
            // A style that fits charts to its canvas gives a spec that sets no autosize and no
            // size that canvas on both sides, even along a band axis (which would otherwise
            // size itself by its step, as Vega-Lite does for a spec's own "fit").
            if s.width == nil { s.width = .points(theme.defaultCanvas.width) }
            if s.height == nil { s.height = .points(theme.defaultCanvas.height) }
        }
        if let m = s.mark {
            s.mark = theme.resolved(m, styles: m.style)
            if m.type == .line, m.strokeDash == nil, let dash = dashChannel(theme, for: s.encoding) { s.encoding[.strokeDash] = dash }
        }
        for i in s.layers.indices {
            let m = s.layers[i].mark
            s.layers[i].mark = theme.resolved(m, styles: m.style)
            if m.type == .line, m.strokeDash == nil,
               let dash = dashChannel(theme, for: s.layers[i].encoding.inheriting(from: s.encoding)) {
                s.layers[i].encoding[.strokeDash] = dash
            }
        }
        return s
    }

    /// A `strokeDash` channel on the colour field of a line view that has discrete colour
    /// series and no dashes of its own, when the theme dashes series.
    static func dashChannel(_ theme: Theme, for encoding: Encoding) -> ChannelDef? {
        guard !theme.seriesDashes.isEmpty, encoding[.strokeDash] == nil else { return nil }
        for ch in [Channel.color, .stroke] {
            guard let c = encoding[ch], c.field != nil, c.conditions.isEmpty, c.aggregate == nil, !c.scaleDisabled
            else { continue }
            let type = c.effectiveType(for: ch)
            guard type == .nominal || type == .ordinal else { return nil }
            var d = ChannelDef(field: c.field, type: type)
            d.timeUnit = c.timeUnit
            d.sort = c.sort
            d.title = c.title
            d.legend = c.legend
            var scale = ScaleSpec()
            scale.domain = c.scale?.domain
            scale.range = theme.seriesDashes.map { .array($0.map { .number($0) }) }
            d.scale = scale
            return d
        }
        return nil
    }
}
