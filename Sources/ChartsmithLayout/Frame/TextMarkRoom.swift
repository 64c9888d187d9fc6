import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles

/// Room for a chart's text marks: where the style's default plot (the house's 200 points)
/// is too small for a view's text marks, so that the final overlap check would leave some
/// out, the chart is laid out again at Vega-Lite's own default size (300 × 300 points,
/// `config.view.continuousWidth`/`Height`), as Vega draws it, and that layout is kept when
/// it loses or overlaps fewer of them. A size the spec gives (`width`, `height` or its own
/// `config.view`) is never changed; text-mark texts that still overlap are drawn (as Vega
/// draws them) and named in a warning.
enum TextMarkRoom {
    /// Vega-Lite's default plot size for continuous scales.
    static let vegaLitePlot = Size(width: 300, height: 300)

    /// The scene of the frame `frame` builds under `theme`, laid out again with Vega-Lite's
    /// default plot when that keeps more of its text marks. `config` is the spec's own.
    static func layout(_ theme: Theme, config: Config, _ frame: (Theme) throws -> Frame) throws -> Scene {
        let first = try frame(theme).laidOut()
        let plot = theme.defaultPlot
        guard first.lostMarkTexts > 0, config.viewContinuousWidth == nil, config.viewContinuousHeight == nil,
              plot.width < vegaLitePlot.width || plot.height < vegaLitePlot.height else { return first.scene }
        var roomy = theme
        roomy.defaultPlot = Size(width: max(plot.width, vegaLitePlot.width), height: max(plot.height, vegaLitePlot.height))
        let second = try frame(roomy).laidOut()
        return second.lostMarkTexts < first.lostMarkTexts ? second.scene : first.scene
    }

    /// The warning that text-mark texts overlap other text: they are drawn all the same, as
    /// Vega draws every text of a text mark (the data is never thinned). Nil when none do.
    static func overlapWarning(_ texts: [TextNode]) -> String? {
        guard !texts.isEmpty else { return nil }
        let shown = texts.prefix(3).map { "\"\($0.text)\"" }.joined(separator: ", ") + (texts.count > 3 ? ", …" : "")
        return "\(texts.count) text\(texts.count == 1 ? "" : "s") of a text mark overlap\(texts.count == 1 ? "s" : "") other text "
            + "(\(shown)); \(texts.count == 1 ? "it is" : "all are") drawn, as Vega-Lite draws every text of a text mark. "
            + "Widen the chart, make the font smaller or filter the data if they are hard to read"
    }

    /// How many texts the scene's text marks draw (text nodes inside its mark groups).
    static func markTexts(_ scene: Scene) -> Int {
        func count(_ nodes: [SceneNode], inMark: Bool) -> Int {
            nodes.reduce(0) { n, node in
                switch node {
                case .text(let t) where inMark && t.role == .markLabel: n + 1
                case .group(let g): n + count(g.children, inMark: inMark || g.role == .mark)
                default: n
                }
            }
        }
        return count(scene.nodes, inMark: false)
    }
}
