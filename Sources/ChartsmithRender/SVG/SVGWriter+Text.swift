import CChartsmithPango
import ChartsmithFormat
import ChartsmithScene

extension SVGWriter {
    /// One `<text>` at the point Pango draws the node: the start of the baseline of its line
    /// box, placed by ``TextNode/boxOffset`` with Pango's metrics now (as ``SceneDrawer``
    /// does) and rotated about the anchor.
    ///
    /// A right-to-left line (Pango's base direction, from its first strong character) is
    /// written with `direction="rtl"`, so its start is the box's right end; either way the
    /// box sits where the anchor and alignment put it, as in PNG and PDF.
    func write(_ node: TextNode) throws {
        guard !node.text.isEmpty, node.color.alpha > 0, node.font.size > 0 else { return }
        try requireFinite([node.anchor.x, node.anchor.y, node.angle, node.font.size], "text \"\(node.text)\"")
        let layout = session.makeLayout(node.text, font: node.font)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        let extents = session.extents(of: layout)
        let rightToLeft = pango_layout_get_direction(layout, 0) == PANGO_DIRECTION_RTL
        var placed = node
        placed.metrics = extents.metrics
        let offset = placed.boxOffset
        let width = extents.metrics.width

        let x = node.anchor.x + offset.x + (rightToLeft ? width : 0)
        let y = node.anchor.y + offset.y + extents.metrics.ascent
        var element = "<text x=\"\(n(x))\" y=\"\(n(y))\""
        if node.angle != 0 {
            element += " transform=\"rotate(\(n(node.angle)) \(n(node.anchor.x)) \(n(node.anchor.y)))\""
        }
        element += " class=\"\(fontClass(for: node.font))\" font-size=\"\(n(node.font.size))\""
        if node.font.weight == .bold { element += " font-weight=\"bold\"" }
        if node.font.italic { element += " font-style=\"italic\"" }
        element += " fill=\"\(hex(node.color))\"" + opacity("fill-opacity", node.color)
        if rightToLeft { element += " direction=\"rtl\"" }
        if width > 0 { element += " textLength=\"\(n(width))\" lengthAdjust=\"spacingAndGlyphs\"" }
        // A NUL never reaches Pango (see PangoSession.makeLayout); XML cannot carry it either.
        body += element + ">" + Escaping.xml(node.text) + "</text>\n"
    }

    /// The CSS class naming the font-family stack for `font`: the family Pango draws it
    /// with, the fallback chain and a generic family.
    func fontClass(for font: FontDescriptor) -> String {
        let primary: String
        if let known = primaryFamilies[font.family] {
            primary = known
        } else {
            primary = session.primaryFamily(of: font) ?? font.family
            primaryFamilies[font.family] = primary
        }
        var families: [String] = []
        for family in [primary] + fallbackFamilies where !families.contains(family) { families.append(family) }
        let generic = primary.localizedCaseInsensitiveContains("mono") ? "monospace"
            : primary.localizedCaseInsensitiveContains("serif") && !primary.localizedCaseInsensitiveContains("sans") ? "serif"
            : "sans-serif"
        let stack = families.map(Self.cssString).joined(separator: ",") + "," + generic
        if let name = fontClasses[stack] { return name }
        let name = "f\(fontClassOrder.count + 1)"
        fontClasses[stack] = name
        fontClassOrder.append(stack)
        return name
    }

    /// A family name as a quoted CSS string.
    static func cssString(_ family: String) -> String {
        "'" + family.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
    }
}
