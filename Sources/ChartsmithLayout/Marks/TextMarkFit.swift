import ChartsmithFormat
import ChartsmithScene
import ChartsmithStyles

/// A text layer whose own texts overlap one another at its font size is set smaller, as
/// far as half the size (not under 6 points), at the first size where none does: a text
/// mark is data the spec asked for, so every text is kept, and none is drawn over another
/// (where Vega would draw them overlapping, as the gallery's stem-and-leaf plot's leaves at
/// its 20-point `config.text.fontSize`). When no such size parts them, the layer keeps its
/// size and the final overlap check (``TextTriage``) leaves out, and names, what still
/// overlaps. A `fontSize` the spec (or its style) set and that is not kept is named in a warning.
enum TextMarkFit {
    /// The sizes tried, as fractions of the asked size, largest first.
    static let steps = [0.9, 0.8, 0.7, 0.6, 0.5]
    /// No text is set smaller than this to fit.
    static let minimumSize = 6.0
    /// Layers with more texts are not refitted (each trial sets them all again).
    static let maxTexts = 2_000

    /// `nodes`, or the layer set again by `set` at the largest smaller size where its texts
    /// stop overlapping, with a warning marker when `asked` (the spec's size) is not kept.
    static func fitted(_ nodes: [SceneNode], font: FontDescriptor, asked: Double?,
                       set: (FontDescriptor) throws -> [SceneNode]) rethrows -> [SceneNode] {
        let count = nodes.reduce(0) { if case .text = $1 { return $0 + 1 } else { return $0 } }
        guard count > 1, count <= maxTexts, overlapping(nodes) else { return nodes }
        for k in steps {
            var smaller = font
            smaller.size = (font.size * k * 2).rounded(.down) / 2
            guard smaller.size >= minimumSize else { break }
            let out = try set(smaller)
            guard !overlapping(out) else { continue }
            guard let asked else { return out }
            let message = "the text mark's fontSize \(javaScriptString(asked)) is drawn at \(javaScriptString(smaller.size)) points, "
                + "so that its \(count) texts do not overlap one another; give the texts more room (a wider step or chart) to keep the size"
            return out + [.group(GroupNode(children: [], role: .markLabel, name: AxisOmissions.prefix + message))]
        }
        return nodes
    }

    /// Whether any two of the texts among `nodes` overlap.
    static func overlapping(_ nodes: [SceneNode]) -> Bool {
        var index = TextIndex()
        for case .text(let t) in nodes {
            if index.overlapsKept(t) { return true }
            index.keep(t)
        }
        return false
    }
}
