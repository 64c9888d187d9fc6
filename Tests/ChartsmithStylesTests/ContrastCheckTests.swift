import ChartsmithSpec
@testable import Chartsmith
@testable import ChartsmithStyles
import ChartsmithLayout
import ChartsmithScene
import Foundation
import ChartsmithTestSupport
import Testing

@Suite("Contrast checks")
struct ContrastCheckTests {
    @Test("the briefing default passes its own checks")
    func briefingPasses() throws {
        #expect(ContrastCheck.check(try StyleLibrary.theme(for: "briefing")).isEmpty)
        #expect(try StyleLibrary.style("briefing").warnings.isEmpty)
    }

    @Test("the briefing default passes its checks on every example", arguments: try exampleSpecs())
    func briefingExamples(spec: URL) throws {
        let chart = try ChartRenderer().chart(forSpecAt: spec)
        #expect(chart.warnings.isEmpty, "\(chart.warnings)")
    }

    /// Vega's themes hold the values vega-themes publishes, whatever their contrast; the
    /// checks warn about them like any user's style. Chartsmith's own styles pass.
    static let vegaThemeStyles = Set(EmbedTheme.vegaThemes.map(EmbedTheme.style(forTheme:)))

    @Test("every house style passes the style checks", arguments: try styleNames())
    func stylesPass(name: String) throws {
        let warnings = try StyleLibrary.style(name).warnings
        if Self.vegaThemeStyles.contains(name) {
            #expect(warnings.allSatisfy { $0.severity == .warning }, "\(warnings)")
        } else {
            #expect(warnings.isEmpty, "\(warnings)")
        }
    }

    @Test("text below 4.5:1 against the background is reported with its ratio")
    func faintText() {
        var t = Theme.briefing
        t.mutedTextColor = Color(hex: "#999999")!
        let problems = ContrastCheck.check(t)
        #expect(problems.contains { $0.contains("subtitle colour #999999 contrasts 2.8:1") }, "\(problems)")
        #expect(problems.contains { $0.contains("source and notes") })
        #expect(!problems.contains { $0.contains("the title colour") })
    }

    @Test("neighbouring palette colours below 3:1 are reported unless a separator parts them")
    func palette() {
        var t = Theme.briefing
        t.categoryPalette = ["#12436D", "#28A197", "#F46A25"].map { Color(hex: $0)! }
        let problems = ContrastCheck.check(t)
        #expect(problems.count == 1, "\(problems)")
        #expect(problems.first?.contains("palette colours 2 and 3 (#28a197, #f46a25) have a luminance contrast of 1:1") == true, "\(problems)")
        t.separatorWidth = 1
        #expect(ContrastCheck.check(t).isEmpty)
    }

    @Test("a style file's problems are warnings naming the file")
    func styleWarnings() throws {
        let folder = try temporaryFolder()
        let file = try write(##"{"extends": "briefing", "title": {"color": "#AAAAAA"}}"##, to: "pale.json", in: folder)
        let warnings = try StyleLibrary.style(file.path).warnings
        #expect(warnings.count == 1)
        #expect(warnings.first?.description.hasPrefix("\(file.path): warning: the title colour #aaaaaa contrasts 2.3:1") == true,
                "\(warnings)")
    }

    @Test("touching stack segments below 3:1 get a separating outline when the style has one")
    func separators() throws {
        let folder = try seedFolder()
        let config = ##""config": {"range": {"category": ["#F46A25", "#28A197"]}, "separator": null}"##
        let bare = try write(stackedSpec(config), to: "bare.json", in: folder)
        let chart = try ChartRenderer().chart(forSpecAt: bare)
        #expect(chart.warnings.contains { $0.description.contains("touching bar segments") && $0.severity == .warning },
                "\(chart.warnings)")
        #expect(chart.scene.rects(.mark).allSatisfy { $0.stroke == nil })

        let parted = try write(stackedSpec(##""config": {"range": {"category": ["#F46A25", "#28A197"]}, "separator": {"width": 1.5}}"##),
                               to: "parted.json", in: folder)
        let fixed = try ChartRenderer().chart(forSpecAt: parted)
        #expect(!fixed.warnings.contains { $0.description.contains("touching bar segments") }, "\(fixed.warnings)")
        let strokes = fixed.scene.rects(.mark).map(\.stroke)
        #expect(strokes.allSatisfy { $0 == Stroke(color: .white, width: 1.5) })
    }

    @Test("segments that already contrast 3:1 get no outline")
    func noNeedlessOutline() throws {
        let folder = try seedFolder()
        let url = try write(stackedSpec(##""config": {"separator": {"width": 1}}"##), to: "c.json", in: folder)
        #expect(try ChartRenderer().scene(forSpecAt: url).rects(.mark).allSatisfy { $0.stroke == nil })
    }

    @Test("the colour-blind style parts its stacks and passes the chart checks", arguments: try exampleSpecs())
    func colorblind(spec: URL) throws {
        let chart = try ChartRenderer(theme: try StyleLibrary.theme(for: "colorblind")).chart(forSpecAt: spec)
        #expect(!chart.warnings.contains { $0.description.contains("touching bar segments") }, "\(chart.warnings)")
    }

    @Test("text on a bar is checked against the bar, not the background")
    func textOnBars() {
        let font = FontDescriptor(size: 12)
        let metrics = TextMetrics(width: 20, ascent: 9, descent: 3)
        var scene = Scene(width: 100, height: 100)
        scene.nodes = [
            .rect(RectNode(rect: Rect(x: 0, y: 0, width: 100, height: 50), fill: Color(hex: "#12436D")!, role: .mark)),
            .text(TextNode(text: "on bar", anchor: Point(x: 40, y: 20), font: font, color: Color(hex: "#0B0C0C")!,
                           baseline: .top, metrics: metrics, role: .markLabel)),
            .text(TextNode(text: "off bar", anchor: Point(x: 40, y: 70), font: font, color: Color(hex: "#0B0C0C")!,
                           baseline: .top, metrics: metrics, role: .markLabel)),
        ]
        let problems = ContrastCheck.check(scene)
        #expect(problems.count == 1)
        #expect(problems.first?.contains("\"on bar\" (#0b0c0c on #12436d)") == true, "\(problems)")
    }

    @Test("text of only whitespace (spaces, a tab, no-break spaces) is not checked; text with anything else is")
    func blankText() {
        let font = FontDescriptor(size: 12)
        let metrics = TextMetrics(width: 20, ascent: 9, descent: 3)
        func scene(_ texts: [String]) -> Scene {
            var s = Scene(width: 100, height: 100)
            s.nodes = [.rect(RectNode(rect: Rect(x: 0, y: 0, width: 100, height: 100), fill: Color(hex: "#12436D")!, role: .mark))]
                + texts.map { .text(TextNode(text: $0, anchor: Point(x: 40, y: 20), font: font, color: Color(hex: "#0B0C0C")!,
                                              baseline: .top, metrics: metrics, role: .markLabel)) }
            return s
        }
        #expect(ContrastCheck.check(scene(["", "   ", "\t", "\u{00A0}\u{2003}"])).isEmpty)
        for text in [" x ", "\u{00A0}y", "\n"] {
            #expect(ContrastCheck.check(scene([text])).count == 1, "\(text.debugDescription)")
        }
    }

    @Test("only colours that touch are checked: bars of one colour that meet, and bars parted by a gap, are not")
    func onlyTouchingColours() {
        let navy = Color(hex: "#12436D")!, plum = Color(hex: "#801650")!
        var scene = Scene(width: 100, height: 100)
        scene.nodes = [
            // One series' neighbouring bars, meeting edge to edge.
            .rect(RectNode(rect: Rect(x: 0, y: 50, width: 10, height: 50), fill: navy, role: .mark, name: "a")),
            .rect(RectNode(rect: Rect(x: 10, y: 40, width: 10, height: 60), fill: navy, role: .mark, name: "b")),
            // A bar of another colour a third of a point away: it does not touch.
            .rect(RectNode(rect: Rect(x: 20.3, y: 40, width: 10, height: 60), fill: plum, role: .mark, name: "c")),
        ]
        #expect(ContrastCheck.check(scene).isEmpty, "\(ContrastCheck.check(scene))")
        #expect(!ContrastCheck.touching(Rect(x: 0, y: 0, width: 10, height: 10), Rect(x: 10.3, y: 0, width: 10, height: 10)))
        #expect(ContrastCheck.touching(Rect(x: 0, y: 0, width: 10, height: 10), Rect(x: 10, y: 0, width: 10, height: 10)))
    }

    @Test("touching stack segments are named with readable values: dates as days, ratios to one decimal")
    func readableValues() throws {
        let chart = try TestPipeline.chart("""
        {"data": {"values": [{"m": "2012-05-01", "w": "rain", "n": 16}, {"m": "2012-05-01", "w": "sun", "n": 82}]},
         "mark": "bar", "encoding": {"x": {"field": "m", "type": "ordinal", "timeUnit": "yearmonth"},
           "y": {"field": "n", "type": "quantitative"},
           "color": {"field": "w", "type": "nominal", "scale": {"range": ["#801650", "#3d3d3d"]}}}}
        """)
        let touching = chart.warnings.map(\.message).filter { $0.contains("touching bar segments") }
        #expect(touching.count == 1)
        let text = touching.first ?? ""
        #expect(text.contains("2012-05-01") && text.contains("w=rain") && text.contains("w=sun"), "\(text)")
        #expect(!text.contains("1335830400000"))
        #expect(text.contains("luminance contrast of 1.1:1"), "\(text)")
    }
}

/// ``ContrastCheck/touchingPairs(_:)`` finds through edges exactly the pairs a scan of
/// every pair finds, in the same order: the contrast warnings and the separators depend on it.
@Suite("Touching pairs by edges")
struct TouchingPairsTests {
    /// Stacked bars (segments meeting exactly, within rounding), bars side by side that
    /// touch or leave gaps, and strays.
    static func rects(seed: UInt64) -> [Rect] {
        var s = seed
        func next() -> Double { s = s &* 6364136223846793005 &+ 1442695040888963407; return Double(s >> 11) / Double(1 << 53) }
        var out: [Rect] = []
        for column in 0..<12 {
            let width = next() < 0.5 ? 20.0 : 20.0 + (next() < 0.5 ? 0.04 : 3)
            var y = 300.0
            for _ in 0..<Int(1 + next() * 6) {
                let h = (next() * 40).rounded() / 4 + (next() < 0.2 ? 0.5 : 0)
                out.append(Rect(x: Double(column) * 20 + (next() < 0.1 ? 0.03 : 0), y: y - h + (next() < 0.1 ? 0.04 : 0), width: width, height: h))
                y -= h
            }
        }
        for _ in 0..<20 { out.append(Rect(x: next() * 240, y: next() * 300, width: next() * 30, height: next() * 30)) }
        return out
    }

    @Test("the same pairs as every pair compared, in scan order, on 200 seeded layouts")
    func sameAsScan() {
        var found = 0
        for seed in 1...200 {
            let r = Self.rects(seed: UInt64(seed))
            var scan: [[Int]] = []
            for i in r.indices { for j in r.indices where j > i && ContrastCheck.touching(r[i], r[j]) { scan.append([i, j]) } }
            let fast = ContrastCheck.touchingPairs(r).map { [$0.0, $0.1] }
            #expect(fast == scan, "seed \(seed)")
            found += scan.count
        }
        #expect(found > 1000)
    }
}
