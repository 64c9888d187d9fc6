import Chartsmith
import ChartsmithLayout
import ChartsmithScene
import ChartsmithSpec
import Foundation
import Testing

/// `config.<mark>`, `config.mark` and `config.style` take the mark properties the mark
/// itself takes, and a mark resolves each property as Vega-Lite does: its own value, then
/// its styles (the style named after its type, then those in `mark.style`, later ones
/// winning), then `config.<mark>`, then `config.mark`.
@Suite("Mark defaults from config")
struct MarkConfigTests {
    let folder: URL

    init() throws { folder = try temporaryFolder("chartsmith-mark-config") }

    func scene(_ spec: String) throws -> Scene {
        let url = try write(spec, to: "chart-\(UUID().uuidString).json", in: folder)
        return try ChartRenderer().scene(forSpecAt: url)
    }

    func error(_ spec: String) throws -> String {
        do { _ = try scene(spec) } catch { return "\(error)" }
        Issue.record("no error for \(spec)")
        return ""
    }

    static let bars = ##"{"data": {"values": [{"a": "A", "b": 28}, {"a": "B", "b": 55}, {"a": "C", "b": 43}]}"##

    /// Horizontal bars with a text layer at their ends, as in Vega-Lite's
    /// `layer_bar_labels_style` example.
    func barsWithText(mark: String, config: String) -> String {
        Self.bars + ##", "layer": [{"mark": "bar", "encoding": {"y": {"field": "a", "type": "nominal"}, "x": {"field": "b", "type": "quantitative"}}},"##
            + ##"{"mark": \##(mark), "encoding": {"y": {"field": "a", "type": "nominal"}, "x": {"field": "b", "type": "quantitative"}, "text": {"field": "b", "type": "quantitative"}}}],"##
            + ##""config": {"labels": {"values": false}, \##(config)}}"##
    }

    /// The text marks' labels and the right ends of the bars they belong to.
    func labelsAtBarEnds(_ s: Scene) -> [(TextNode, Double)] {
        let bars = s.rects(.mark)
        return s.texts(.markLabel).compactMap { t in
            guard let bar = bars.first(where: { abs($0.rect.midY - t.anchor.y) < 1 }) else { return nil }
            return (t, bar.rect.maxX)
        }
    }

    @Test("a named style in config.style reaches the marks that name it (layer_bar_labels_style)")
    func namedStyle() throws {
        let s = try scene(barsWithText(mark: ##"{"type": "text", "style": "label"}"##,
                                       config: ##""style": {"label": {"align": "left", "baseline": "middle", "dx": 3}}"##))
        let labels = labelsAtBarEnds(s)
        #expect(labels.count == 3)
        for (t, end) in labels {
            #expect(t.align == .start)
            #expect(t.baseline == .middle)
            #expect(abs(t.anchor.x - (end + 3)) < 0.01, "label \(t.text) at \(t.anchor.x), bar ends at \(end)")
        }
    }

    @Test("config.text sets text-mark defaults: align, dx, dy (layer_line_co2_concentration)")
    func textDefaults() throws {
        let s = try scene(barsWithText(mark: ##""text""##, config: ##""text": {"align": "left", "dx": 3, "dy": 1}"##))
        for (t, end) in labelsAtBarEnds(s) {
            #expect(t.align == .start)
            #expect(abs(t.anchor.x - (end + 3)) < 0.01)
        }
    }

    @Test("precedence: the mark's own property > mark.style > the type's style > config.<mark> > config.mark")
    func precedence() throws {
        var theme = Theme.briefing
        var t = MarkConfig(); t.dx = 1; t.dy = 1; t.align = "right"; t.baseline = "top"; t.fontSize = 9
        var typeStyle = MarkConfig(); typeStyle.dx = 2; typeStyle.dy = 2; typeStyle.align = "center"
        var named = MarkConfig(); named.dx = 3
        var later = MarkConfig(); later.dy = 4
        var all = MarkConfig(); all.fontSize = 20; all.fontWeight = "bold"
        theme.markDefaults[.text] = t
        theme.markStyles = ["text": typeStyle, "a": named, "b": later]
        theme.allMarkDefaults = all
        var mark = MarkSpec(type: .text)
        mark.align = "left"
        let m = theme.resolved(mark, styles: ["a", "b"])
        #expect(m.align == "left")       // the mark's own
        #expect(m.dx == 3)               // mark.style "a"
        #expect(m.dy == 4)               // mark.style "b", the later style
        #expect(m.baseline == "top")     // config.text
        #expect(m.fontSize == 9)         // config.text over config.mark
        #expect(m.fontWeight == "bold")  // config.mark
        // Without named styles, the style named after the type is read.
        #expect(theme.resolved(MarkSpec(type: .text), styles: []).dx == 2)
    }

    @Test("config.bar takes the stroke and per-corner radii bars take (corner_radius_config, corner_radius_stroke)")
    func barStrokeAndCorners() throws {
        let spec = Self.bars + ##", "mark": {"type": "bar", "stroke": "black"}, "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}},"##
            + ##""config": {"bar": {"strokeWidth": 2, "cornerRadiusTopLeft": 8, "cornerRadiusTopRight": 8}}}"##
        let s = try scene(spec)
        let bars = s.rects(.mark)
        #expect(bars.count == 3)
        #expect(bars.allSatisfy { $0.stroke?.width == 2 && $0.stroke?.color == .black })
        // The corners reach the mark the layout draws.
        let config = try ConfigDecoder.decode(try JSONParser.parse(Array(##"{"bar": {"cornerRadiusTopLeft": 8, "cornerRadiusTopRight": 8}}"##.utf8)))
        var theme = Theme.briefing
        theme.markDefaults[.bar] = config.marks[.bar]
        let m = theme.resolved(MarkSpec(type: .bar), styles: [])
        #expect(m.cornerRadiusTopLeft == 8 && m.cornerRadiusTopRight == 8 && m.cornerRadiusBottomLeft == nil)
    }

    @Test("config.mark.invalid reaches every mark: \"filter\" joins a line across a null")
    func invalidFromConfig() throws {
        func line(_ config: String) -> String {
            ##"{"data": {"values": [{"x": 1, "y": 1}, {"x": 2, "y": null}, {"x": 3, "y": 3}]}, "mark": "line","##
                + ##""encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"}}, "config": \##(config)}"##
        }
        func moves(_ s: Scene) -> Int {
            s.paths(.mark).reduce(0) { n, p in n + p.path.elements.filter { if case .move = $0 { return true } else { return false } }.count }
        }
        // By default the null leaves a gap: two pieces (the ends drawn as dots or pieces).
        let gap = try scene(line("{}"))
        let joined = try scene(line(##"{"mark": {"invalid": "filter"}}"##))
        #expect(moves(joined) == 1)
        #expect(moves(gap) > 1 || gap.paths(.mark).count > 1)
        // null is Vega-Lite's "show" (nulls read as zero), accepted as in histogram_invalid_null.
        _ = try scene(line(##"{"mark": {"invalid": null}}"##))
    }

    @Test("guide styles set axis and legend text beneath config.axis")
    func guideStyles() throws {
        let spec = Self.bars + ##", "mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}},"##
        let s = try scene(spec + ##""config": {"style": {"guide-label": {"fontSize": 17}, "guide-title": {"fontSize": 15}}}}"##)
        #expect(s.texts(.axisLabel).allSatisfy { $0.font.size == 17 })
        #expect(s.texts(.axisTitle).allSatisfy { $0.font.size == 15 })
        let own = try scene(spec + ##""config": {"axis": {"labelFontSize": 11}, "style": {"guide-label": {"fontSize": 17}}}}"##)
        #expect(own.texts(.axisLabel).allSatisfy { $0.font.size == 11 })
    }

    @Test("a mark property a mark type does not draw is still named as not supported")
    func unsupportedDefaults() throws {
        let spec = Self.bars + ##", "mark": "bar", "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}},"##
        let dash = try error(spec + ##""config": {"bar": {"strokeDash": [2, 2]}}}"##)
        #expect(dash.contains("config.bar.strokeDash") && dash.contains("not supported"), "\(dash)")
        let align = try error(spec + ##""config": {"text": {"align": "middle"}}}"##)
        #expect(align.contains("config.text.align") && align.contains("expected one of"), "\(align)")
    }

    @Test("config.line.point overlays points on every line unless the mark says otherwise")
    func linePoints() throws {
        let line = ##"{"data": {"values": [{"a": 1, "b": 2}, {"a": 2, "b": 3}, {"a": 3, "b": 1}]}, "mark": MARK, "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}}, "config": {"line": {"point": true}}}"##
        func points(_ mark: String) throws -> Int {
            try scene(line.replacingOccurrences(of: "MARK", with: mark)).paths(.mark).count - 1
        }
        #expect(try points(#""line""#) == 3)
        #expect(try points(#"{"type": "line", "point": false}"#) == 0)
        #expect(try error(line.replacingOccurrences(of: "MARK", with: #""line""#).replacingOccurrences(of: #"{"point": true}"#, with: #"{"point": {"filled": false}}"#))
                    .contains("overlay point properties as a default"))
    }
}
