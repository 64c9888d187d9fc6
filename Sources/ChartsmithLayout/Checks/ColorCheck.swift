import ChartsmithScene
import ChartsmithSpec

/// Checks the colours a spec writes as text (mark colours, constant channel values, the
/// background) before layout, so a colour the renderer cannot read is an error naming its
/// key, not a chart drawn in a fallback colour.
public enum ColorCheck {
    /// Throws a ``LayoutError`` for the first colour that is not a CSS colour:
    /// `layer[1].mark.color: "notacolour" is not a colour; expected a CSS colour such as
    /// "#12436D", "rgb(18, 67, 109)" or "white"; did you mean "navajowhite"?`.
    public static func check(_ spec: ChartSpec) throws {
        if let bg = spec.background { try color(bg, "background") }
        if let mark = spec.mark { try check(mark, encoding: spec.encoding, prefix: "") }
        if spec.mark == nil { try check(nil, encoding: spec.encoding, prefix: "") }
        for (i, layer) in spec.layers.enumerated() { try check(layer.mark, encoding: layer.encoding, prefix: "layer[\(i)].") }
    }

    static func check(_ mark: MarkSpec?, encoding: Encoding, prefix: String) throws {
        if let m = mark {
            for (key, value) in [("color", m.color), ("fill", m.fill), ("stroke", m.stroke), ("line.color", m.lineColor),
                                 ("point.color", m.pointColor), ("point.fill", m.pointFill)] {
                if let value { try color(value, prefix + "mark." + key, at: m.sources[key]) }
            }
            for (i, stop) in (m.gradient?.stops ?? []).enumerated() { try color(stop.color, prefix + "mark.color.stops[\(i)].color") }
        }
        for channel in [Channel.color, .fill, .stroke] {
            for (k, def) in (encoding.channels[channel] ?? []).enumerated() {
                let key = prefix + "encoding." + channel.rawValue + ((encoding.channels[channel]?.count ?? 0) > 1 ? "[\(k)]" : "")
                // A constant colour (with the scale off, the data's own colours are checked when drawn).
                if case .string(let s)? = def.value { try color(s, key + ".value") }
                for (j, c) in def.conditions.enumerated() {
                    if case .string(let s) = c.value { try color(s, key + ".condition" + (def.conditions.count > 1 ? "[\(j)]" : "") + ".value") }
                }
            }
        }
    }

    static func color(_ text: String, _ key: String, at source: SourcePosition? = nil) throws {
        let t = text.trimmingCharacters(in: .whitespaces)
        // Vega draws nothing for "" and "none"; both are deliberate.
        guard !t.isEmpty, t.lowercased() != "none", CSSColor.parse(t) == nil else { return }
        let closest = Suggest.closest(to: t.lowercased(), in: CSSColor.named.keys.sorted())
        let message = "\"\(text)\" is not a colour; expected a CSS colour such as \"#12436D\", \"rgb(18, 67, 109)\" or \"white\""
        if let source {
            // Where the spec wrote it: file:line:column: path.
            throw Diagnostic(message: message, location: source.location, path: source.path, suggestion: closest)
        }
        throw LayoutError("\(key): " + message + (closest.map { "; did you mean \"\($0)\"?" } ?? ""))
    }
}

import Foundation
