import CChartsmithPango
import ChartsmithScene
import Foundation

/// One Pango font map and context over a ``FontLibrary``'s fontconfig configuration.
///
/// Not thread-safe: ``FontLibrary/withSession(_:)`` lends a session to one caller at a time.
/// Every session is set up identically — no hinting of metrics or outlines, unrounded glyph
/// positions, greyscale antialiasing, English as the default language, 1 unit = 1 point —
/// so text measures and draws alike whichever session, thread or output format is used.
final class PangoSession {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    /// `PangoContext *`.
    let context: OpaquePointer
    /// ``lineBox(of:)``'s answers, by Pango font description.
    private var lineBoxes: [String: (ascent: Int32, descent: Int32)] = [:]

    init(config: OpaquePointer) {
        guard let fontMap = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            fatalError("Chartsmith: this PangoCairo has no FreeType/fontconfig font map")
        }
        pango_fc_font_map_set_config(OpaquePointer(fontMap), config)
        pango_cairo_font_map_set_resolution(OpaquePointer(fontMap), 72)
        guard let context = pango_font_map_create_context(fontMap) else {
            fatalError("Chartsmith: Pango could not create a context")
        }
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_cairo_context_set_resolution(context, 72)
        pango_context_set_round_glyph_positions(context, 0)
        pango_context_set_language(context, pango_language_from_string("en"))
        self.fontMap = fontMap
        self.context = context
    }

    deinit {
        g_object_unref(UnsafeMutableRawPointer(context))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// A new single-line layout of `text` in `font`; the caller must `g_object_unref` it.
    ///
    /// Line breaks do not start new lines (single-paragraph mode), so the result is always
    /// one line, as ``TextMeasurer`` promises.
    func makeLayout(_ text: String, font: FontDescriptor) -> OpaquePointer {
        guard let layout = pango_layout_new(context) else {
            fatalError("Chartsmith: Pango could not create a layout")
        }
        pango_layout_set_single_paragraph_mode(layout, 1)
        let description = pango_font_description_new()
        pango_font_description_set_family(description, font.family)
        let size = font.size.isFinite && font.size > 0 ? font.size : 1
        pango_font_description_set_absolute_size(description, size * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        pango_layout_set_font_description(layout, description)
        pango_font_description_free(description)
        // A NUL would end the C string early; nothing legitimate draws one.
        // A byte test: Foundation's `contains` of a string bridges through NSString, per text.
        let clean = text.utf8.contains(0) ? text.replacingOccurrences(of: "\0", with: "") : text
        pango_layout_set_text(layout, clean, -1)
        return layout
    }

    /// The logical extent of a layout: its metrics and the offset of its logical box from the
    /// layout origin, in points.
    ///
    /// The width is the line's logical width. The height is the line box of the layout's
    /// own font (its ascent and descent, ``lineBox(of:)``), not the union of its runs' boxes:
    /// a run that falls back to a font with taller metrics (Noto CJK is a quarter taller
    /// than DejaVu) must not make its line taller than the others of its block, or the
    /// stacked lines' boxes would overlap. The box stays on the line's baseline.
    func extents(of layout: OpaquePointer) -> (metrics: TextMetrics, originX: Double, originY: Double) {
        var logical = PangoRectangle(), inked = PangoRectangle()
        pango_layout_get_extents(layout, &inked, &logical)
        let baseline = pango_layout_get_baseline(layout)
        let box = lineBox(of: layout)
        let scale = Double(PANGO_SCALE)
        // The ink, from the line box's top left (the logical left; the baseline less the ascent).
        let ink = Rect(x: Double(inked.x - logical.x) / scale, y: Double(inked.y - (baseline - box.ascent)) / scale,
                       width: Double(inked.width) / scale, height: Double(inked.height) / scale)
        let metrics = TextMetrics(
            width: Double(logical.width) / scale,
            ascent: Double(box.ascent) / scale,
            descent: Double(box.descent) / scale,
            ink: ink
        )
        return (metrics, Double(logical.x) / scale, Double(baseline - box.ascent) / scale)
    }

    /// The ascent and descent, in Pango units, of the font a layout asks for (before any
    /// per-character fallback), the same for every text in that font.
    func lineBox(of layout: OpaquePointer) -> (ascent: Int32, descent: Int32) {
        guard let description = pango_layout_get_font_description(layout),
              let name = pango_font_description_to_string(description) else { return (0, 0) }
        let key = String(cString: name)
        g_free(name)
        if let known = lineBoxes[key] { return known }
        var box: (ascent: Int32, descent: Int32) = (0, 0)
        if let font = pango_context_load_font(context, description) {
            if let metrics = pango_font_get_metrics(font, pango_context_get_language(context)) {
                box = (pango_font_metrics_get_ascent(metrics), pango_font_metrics_get_descent(metrics))
                pango_font_metrics_unref(metrics)
            }
            g_object_unref(UnsafeMutableRawPointer(font))
        }
        lineBoxes[key] = box
        return box
    }

    /// Measures one line as ``makeLayout(_:font:)`` lays it out.
    func measure(_ text: String, font: FontDescriptor) -> TextMetrics {
        guard font.size.isFinite, font.size > 0 else { return TextMetrics(width: 0, ascent: 0, descent: 0) }
        let layout = makeLayout(text, font: font)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        return extents(of: layout).metrics
    }
}

extension PangoSession {
    /// How many characters of `text` have no glyph in any font of the library (drawn as
    /// boxes). For diagnostics and tests.
    func unknownGlyphCount(_ text: String, font: FontDescriptor) -> Int {
        let layout = makeLayout(text, font: font)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        return Int(pango_layout_get_unknown_glyphs_count(layout))
    }

    /// The x position, in points from the left of the line, of the leading edge of the
    /// character starting at UTF-8 offset `index`. For diagnostics and tests of bidi layout.
    func caretX(atUTF8Offset index: Int, in text: String, font: FontDescriptor) -> Double {
        let layout = makeLayout(text, font: font)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        var pos = PangoRectangle()
        pango_layout_index_to_pos(layout, Int32(index), &pos)
        // For right-to-left runs the rectangle has a negative width; its leading edge is x.
        return Double(pos.x) / Double(PANGO_SCALE)
    }

    /// The family of the font Pango picked for the first character of `text`.
    func resolvedFamily(_ text: String, font: FontDescriptor) -> String? {
        let layout = makeLayout(text, font: font)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        guard let line = pango_layout_get_line_readonly(layout, 0), let runs = line.pointee.runs,
              let run = runs.pointee.data?.assumingMemoryBound(to: PangoGlyphItem.self),
              let item = run.pointee.item, let pangoFont = item.pointee.analysis.font,
              let description = pango_font_describe(pangoFont) else { return nil }
        defer { pango_font_description_free(description) }
        return pango_font_description_get_family(description).map { String(cString: $0) }
    }
}

extension PangoSession {
    /// The family of the font Pango loads for `font` before any per-character fallback:
    /// the requested family if the library has it, else what the library's rules choose.
    func primaryFamily(of font: FontDescriptor) -> String? {
        let description = pango_font_description_new()
        defer { pango_font_description_free(description) }
        pango_font_description_set_family(description, font.family)
        pango_font_description_set_absolute_size(description, 10 * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        guard let loaded = pango_context_load_font(context, description) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(loaded)) }
        guard let resolved = pango_font_describe(loaded) else { return nil }
        defer { pango_font_description_free(resolved) }
        return pango_font_description_get_family(resolved).map { String(cString: $0) }
    }
}
