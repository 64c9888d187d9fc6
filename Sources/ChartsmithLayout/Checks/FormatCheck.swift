import ChartsmithData
import ChartsmithFormat
import ChartsmithSpec

/// Checks the number formats and label expressions of every channel before layout, so a
/// mistake in one is reported at the channel's `line:column` with its JSON path
/// (`spec.json:4:12: encoding.y.axis.format: "%%q" is not a number format ...`), rather
/// than as a bare message from deep in layout.
public enum FormatCheck {
    /// Throws a ``Diagnostic`` for the first invalid number format or `labelExpr`.
    public static func check(_ spec: ChartSpec) throws {
        try check(spec.encoding)
        for layer in spec.layers { try check(layer.encoding) }
    }

    static func check(_ encoding: Encoding) throws {
        for (channel, defs) in encoding.channels.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for def in defs {
                let numeric = def.timeUnit == nil && def.effectiveType(for: channel) == .quantitative
                func path(_ keys: String...) -> JSONPath? { keys.reduce(def.path) { $0?.appending($1) } }
                try number(def.format, type: def.formatType, numeric: numeric, def: def, path: path("format"))
                if let a = def.axis {
                    try number(a.format, type: a.formatType, numeric: numeric, def: def, path: path("axis", "format"))
                    try expression(a.labelExpr, def: def, path: path("axis", "labelExpr"))
                }
                if let l = def.legend {
                    try number(l.format, type: l.formatType, numeric: numeric, def: def, path: path("legend", "format"))
                    try expression(l.labelExpr, def: def, path: path("legend", "labelExpr"))
                }
            }
        }
    }

    /// A `labelExpr`, when given: it must parse.
    static func expression(_ source: String?, def: ChannelDef, path: JSONPath?) throws {
        guard let source else { return }
        do { _ = try ChartsmithData.Expression(source) } catch {
            throw Diagnostic(message: "not a valid expression: \(error)", location: def.location, path: path)
        }
    }

    /// A d3-format specifier, when the format is for numbers: `formatType` "number", or no
    /// `formatType` on a quantitative field without a time unit.
    static func number(_ specifier: String?, type: String?, numeric: Bool, def: ChannelDef, path: JSONPath?) throws {
        guard let specifier, type == "number" || (type == nil && numeric) else { return }
        do {
            _ = try NumberFormat(specifier)
        } catch {
            throw Diagnostic(message: "\"\(specifier)\" is not a number format (\(error)); expected a d3-format specifier"
                             + " such as \",.0f\", \".1%\" or \"$,.2s\"", location: def.location, path: path)
        }
    }
}
