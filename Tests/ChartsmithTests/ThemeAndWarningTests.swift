import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// Vega's themes carried as Vega draws them (a theme without a category palette takes
/// Vega's tableau10; legend squares; filled points), and warnings that say what happens:
/// palette neighbours only where marks touch, one contrast warning counting every text
/// of a colour (review D).
@Suite("Vega themes and accurate warnings")
struct ThemeAndWarningTests {
    /// Synthetic cars: three origins, horsepower 40 to 230.
    static let cars = (0..<30).map { i in
        #"{"o": "\#(["Europe", "Japan", "USA"][i % 3])", "hp": \#(40 + Double(i) * 6.5), "mpg": \#(45 - i)}"#
    }.joined(separator: ", ")

    static func scatter(theme: String, mark: String = #""point""#) -> String {
        #"{"usermeta": {"embedOptions": {"theme": "THEME"}}, "data": {"values": [ROWS]}, "mark": MARK,"#
            .replacingOccurrences(of: "THEME", with: theme).replacingOccurrences(of: "ROWS", with: cars)
            .replacingOccurrences(of: "MARK", with: mark)
            + #""encoding": {"x": {"field": "hp", "type": "quantitative"}, "y": {"field": "mpg", "type": "quantitative"},"#
            + #""color": {"field": "o", "type": "nominal"}}}"#
    }

    /// The distinct fill (or, unfilled, stroke) colours of the point marks, opacity aside.
    func markColours(_ scene: Scene) -> Set<String> {
        Set(scene.paths(.mark).compactMap { ($0.fill ?? $0.stroke?.color).map { Color(red: $0.red, green: $0.green, blue: $0.blue).hexString } })
    }

    @Test("the dark theme sets no palette, so its series take Vega's tableau10, each readable on #333")
    func darkTableau() throws {
        let scene = try TestPipeline.scene(Self.scatter(theme: "dark"))
        #expect(markColours(scene) == ["#4c78a8", "#f58518", "#e45756"], "\(markColours(scene))")
        let bg = try #require(scene.background)
        for c in scene.paths(.mark).compactMap({ $0.fill ?? $0.stroke?.color }) {
            // The house navy was 1.2:1 here.
            // The colour itself (the marks' opacity aside).
            #expect(Color(red: c.red, green: c.green, blue: c.blue).contrastRatio(with: bg) > 2.5, "\(c.hexString)")
        }
    }

    @Test("latimes draws its category-6 palette and square legend symbols")
    func latimes() throws {
        let scene = try TestPipeline.scene(Self.scatter(theme: "latimes"))
        #expect(markColours(scene) == ["#ec8431", "#829eb1", "#c89d29"], "\(markColours(scene))")
        let symbols = scene.paths(.legendSymbol)
        #expect(symbols.count == 3)
        // A square is straight lines; a circle is drawn with curves.
        #expect(symbols.allSatisfy { !$0.path.elements.contains { if case .curve = $0 { return true } else { return false } } })
    }

    @Test("quartz and vox draw square legend symbols; the default style keeps circles")
    func squareSymbols() throws {
        func curved(_ scene: Scene) -> Bool {
            scene.paths(.legendSymbol).contains { $0.path.elements.contains { if case .curve = $0 { return true } else { return false } } }
        }
        for theme in ["quartz", "vox", "excel", "fivethirtyeight"] {
            let scene = try TestPipeline.scene(Self.scatter(theme: theme))
            #expect(!scene.paths(.legendSymbol).isEmpty && !curved(scene), "\(theme)")
        }
        let plain = try TestPipeline.scene(Self.scatter(theme: "x").replacingOccurrences(of: #""usermeta": {"embedOptions": {"theme": "x"}}, "#, with: ""))
        #expect(curved(plain))
    }

    @Test("fivethirtyeight fills its points, as Vega draws them")
    func fivethirtyeightFilled() throws {
        let scene = try TestPipeline.scene(Self.scatter(theme: "fivethirtyeight"))
        let points = scene.paths(.mark)
        #expect(points.count == 30)
        #expect(points.allSatisfy { ($0.fill?.alpha ?? 0) > 0 })
    }

    @Test("palette neighbours are warned of only where marks of different colours touch")
    func paletteWarningsOnlyWhenTouching() throws {
        for theme in ["excel", "fivethirtyeight", "vox", "googlecharts"] {
            let scatter = try TestPipeline.chart(Self.scatter(theme: theme))
            #expect(!scatter.warnings.contains { $0.message.contains("neighbours in a stack") }, "\(theme): \(scatter.warnings)")
            let lines = try TestPipeline.chart(Self.scatter(theme: theme, mark: #""line""#))
            #expect(!lines.warnings.contains { $0.message.contains("neighbours in a stack") }, "\(theme)")
        }
        // A stack: its segments touch, so the style's neighbours are named.
        let stacked = try TestPipeline.chart(#"""
        {"usermeta": {"embedOptions": {"theme": "excel"}}, "data": {"values": [{"m": "a", "s": "p", "v": 3}, {"m": "a", "s": "q", "v": 4},
         {"m": "b", "s": "p", "v": 5}, {"m": "b", "s": "q", "v": 2}]}, "mark": "bar",
         "encoding": {"x": {"field": "m", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "s", "type": "nominal"}}}
        """#)
        #expect(stacked.warnings.contains { $0.message.contains("palette colours 1 and 2") && $0.message.contains("neighbours in a stack") },
                "\(stacked.warnings)")
        // A pie: its slices meet.
        let pie = try TestPipeline.chart(#"""
        {"usermeta": {"embedOptions": {"theme": "excel"}}, "data": {"values": [{"s": "p", "v": 3}, {"s": "q", "v": 4}, {"s": "r", "v": 2}]},
         "mark": "arc", "encoding": {"theta": {"field": "v", "type": "quantitative"}, "color": {"field": "s", "type": "nominal"}}}
        """#)
        #expect(pie.warnings.contains { $0.message.contains("neighbours in a stack") }, "\(pie.warnings)")
    }

    @Test("one contrast warning names the first of the texts sharing a colour and counts the others")
    func contrastCountsTheGroup() throws {
        let chart = try TestPipeline.chart(#"""
        {"data": {"values": [{"c": "a", "v": 28}, {"c": "b", "v": 55}, {"c": "c", "v": 43}, {"c": "d", "v": 91}, {"c": "e", "v": 81}]},
         "layer": [{"mark": "bar", "encoding": {"x": {"field": "c", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}}},
                   {"mark": {"type": "text", "color": "#ffd700", "dy": -8},
                    "encoding": {"x": {"field": "c", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}, "text": {"field": "v", "type": "quantitative"}}}]}
        """#)
        let w = chart.warnings.map(\.message).filter { $0.contains("#ffd700") }
        #expect(w.count == 1, "\(chart.warnings)")
        #expect(w.first?.contains("and 4 more labels in that colour") == true, "\(w)")
    }
}
