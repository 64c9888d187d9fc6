import Chartsmith
import ChartsmithScene
import ChartsmithSpec
import ChartsmithTestSupport
import Foundation
import Testing

/// Faults a review of official Vega-Lite examples found (wheat_wages, layer_line_co2,
/// bar_argmax, layer_line_window, layer_likert), each pinned with a small inline
/// reproducer. Expected numbers and colours are Vega's own (vl-convert 1.9, Vega-Lite 5).
@Suite("Gallery review fixes")
struct GalleryReviewFixTests {
    /// wheat_wages' bars: `x` + `x2` quantitative, `y` quantitative without `y2`.
    static let rangedOnX = #"""
        {"data": {"values": [{"s": 10, "e": 15, "v": 3}, {"s": 15, "e": 20, "v": 5}, {"s": 20, "e": 25, "v": 2}]},
         "mark": "bar",
         "encoding": {"x": {"field": "s", "type": "quantitative"}, "x2": {"field": "e"},
                      "y": {"field": "v", "type": "quantitative"}}}
        """#

    @Test("x + x2 with a quantitative y: thin horizontal bars at y (5 pt, the continuous band size), x from zero")
    func rangedBarOnX() throws {
        let s = try TestPipeline.scene(Self.rangedOnX)
        let bars = s.rects(.mark).map(\.rect)
        try #require(bars.count == 3)
        // Each bar is 5 points tall, as Vega-Lite's continuousBandSize, not a histogram column.
        #expect(bars.allSatisfy { abs($0.height - 5) < 0.01 }, "\(bars)")
        // Each spans its 5 units of x, one after another.
        let w = bars[0].width
        #expect(w > 5 && bars.allSatisfy { abs($0.width - w) < 0.01 })
        #expect(abs(bars[1].minX - bars[0].minX - w) < 0.01 && abs(bars[2].minX - bars[1].minX - w) < 0.01)
        // The x scale includes zero (a bar's value axis): 10 lies 10 units, two bar widths,
        // right of the axis's 0.
        let zero = try #require(s.texts(.axisLabel).first { $0.text == "0" && $0.anchor.y > bars.map(\.maxY).max()! })
        #expect(abs(bars[0].minX - zero.anchor.x - 2 * w) < 1, "0 at \(zero.anchor.x), 10 at \(bars[0].minX)")
        // At y: v = 5 highest, then 3, then 2.
        #expect(bars[1].midY < bars[0].midY && bars[0].midY < bars[2].midY)
    }

    @Test("the y + y2 mirror keeps its vertical bars")
    func rangedBarOnY() throws {
        let s = try TestPipeline.scene(#"""
            {"data": {"values": [{"s": 10, "e": 15, "v": 3}, {"s": 15, "e": 20, "v": 5}]},
             "mark": "bar",
             "encoding": {"y": {"field": "s", "type": "quantitative"}, "y2": {"field": "e"},
                          "x": {"field": "v", "type": "quantitative"}}}
            """#)
        let bars = s.rects(.mark).map(\.rect)
        #expect(bars.count == 2 && bars.allSatisfy { abs($0.width - 5) < 0.01 && $0.height > 5 }, "\(bars)")
    }

    @Test("already-binned x + x2 stays a histogram column")
    func binnedRangedBar() throws {
        let s = try TestPipeline.scene(#"""
            {"data": {"values": [{"s": 10, "e": 15, "v": 3}, {"s": 15, "e": 20, "v": 5}]},
             "mark": "bar",
             "encoding": {"x": {"field": "s", "type": "quantitative", "bin": "binned"}, "x2": {"field": "e"},
                          "y": {"field": "v", "type": "quantitative"}}}
            """#)
        let bars = s.rects(.mark).map(\.rect)
        #expect(bars.count == 2 && bars.allSatisfy { $0.height > 20 }, "\(bars)")
    }

    @Test("an ordinal field on a continuous scheme samples the ramp at i/(n+1), as Vega's quantizeInterpolator")
    func ordinalOnContinuousScheme() throws {
        let s = try TestPipeline.scene(#"""
            {"data": {"values": [{"k": 1}, {"k": 2}, {"k": 3}]},
             "mark": "bar",
             "encoding": {"x": {"field": "k", "type": "ordinal"}, "y": {"value": 0}, "y2": {"value": 200},
                          "color": {"field": "k", "type": "ordinal", "scale": {"scheme": "magma"}}}}
            """#)
        let fills = s.rects(.mark).compactMap(\.fill).map { c in [c.red, c.green, c.blue].map { Int(($0 * 255).rounded()) } }
        // Vega: #51137c, #b6377a, #fb8762 (magma at 1/4, 2/4, 3/4; never its near-black or near-white ends).
        let vega = [[0x51, 0x13, 0x7c], [0xb6, 0x37, 0x7a], [0xfb, 0x87, 0x62]]
        try #require(fills.count == 3)
        for (mine, theirs) in zip(fills, vega) {
            #expect(zip(mine, theirs).allSatisfy { abs($0 - $1) <= 1 }, "\(mine) vs \(theirs)")
        }
    }

    @Test("a nominal field on a continuous scheme with one value takes the ramp's middle")
    func singleValueOnContinuousScheme() throws {
        let s = try TestPipeline.scene(#"""
            {"data": {"values": [{"k": "a"}]},
             "mark": "bar",
             "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"value": 0}, "y2": {"value": 200},
                          "color": {"field": "k", "type": "nominal", "scale": {"scheme": "magma"}}}}
            """#)
        let f = try #require(s.rects(.mark).first?.fill)
        // magma at 1/2: #b6377a.
        #expect([f.red, f.green, f.blue].map { Int(($0 * 255).rounded()) } == [0xb6, 0x37, 0x7a])
    }

    @Test("a binned colour on a continuous scheme samples it at i/(n+1) for its n bins, as Vega's bin-ordinal scale")
    func binnedOnContinuousScheme() throws {
        let s = try TestPipeline.scene(#"""
            {"data": {"values": [{"k": "a", "v": 1}, {"k": "b", "v": 4}, {"k": "c", "v": 6}, {"k": "d", "v": 9}]},
             "mark": "bar",
             "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"},
                          "color": {"field": "v", "type": "quantitative", "bin": {"step": 5}, "scale": {"scheme": "magma"}}}}
            """#)
        let fills = s.rects(.mark).compactMap(\.fill).map { c in [c.red, c.green, c.blue].map { Int(($0 * 255).rounded()) } }
        // Vega: rgb(114, 31, 129) for 0–5 and rgb(241, 96, 93) for 5–10 (magma at 1/3 and 2/3).
        let low = [114, 31, 129], high = [241, 96, 93]
        func near(_ a: [Int], _ b: [Int]) -> Bool { zip(a, b).allSatisfy { abs($0 - $1) <= 1 } }
        try #require(fills.count == 4)
        #expect(near(fills[0], low) && near(fills[1], low) && near(fills[2], high) && near(fills[3], high), "\(fills)")
    }

    @Test("argmax's default title names the row it picks: \"b for max a\"")
    func argmaxTitle() throws {
        let s = try TestPipeline.scene(#"""
            {"data": {"values": [{"g": "x", "a": 1, "b": 10}, {"g": "x", "a": 3, "b": 20}, {"g": "y", "a": 2, "b": 5}]},
             "mark": "bar",
             "encoding": {"x": {"aggregate": {"argmax": "a"}, "field": "b", "type": "quantitative"},
                          "y": {"field": "g", "type": "nominal"},
                          "color": {"aggregate": {"argmin": "a"}, "field": "b", "type": "quantitative"}}}
            """#)
        let titles = s.texts(.axisTitle).map(\.text) + s.texts(.legendTitle).map(\.text)
        #expect(titles.contains("b for max a"), "\(titles)")
        #expect(titles.contains("b for min a"), "\(titles)")
        #expect(!titles.contains { $0.hasPrefix("Argm") })
    }

    @Test("a corner legend orient, drawn beside the plot, is named in a warning")
    func cornerLegendWarns() throws {
        for orient in ["bottom-right", "top-left"] {
            let c = try TestPipeline.chart(#"""
                {"data": {"values": [{"x": 1, "y": 1, "s": "A"}, {"x": 2, "y": 2, "s": "B"}]},
                 "mark": "point", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"},
                 "color": {"field": "s", "type": "nominal", "legend": {"orient": "\#(orient)"}}}}
                """#)
            let w = c.warnings.map(\.message)
            #expect(w.contains { $0.contains("\"\(orient)\"") && $0.contains("not honoured") }, "\(w)")
            #expect(c.warnings.contains { $0.path?.description == "encoding.color.legend.orient" }, "\(c.warnings.map { $0.path?.description ?? "" })")
            #expect(c.scene.texts(.legendLabel).count == 2)
        }
        let plain = try TestPipeline.chart(#"""
            {"data": {"values": [{"x": 1, "y": 1, "s": "A"}, {"x": 2, "y": 2, "s": "B"}]},
             "mark": "point", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "y", "type": "quantitative"},
             "color": {"field": "s", "type": "nominal", "legend": {"orient": "bottom"}}}}
            """#)
        #expect(!plain.warnings.contains { $0.message.contains("orient") })
    }

    /// layer_likert in small: the shared x gives a type, scale and axis; the circles give
    /// the field; the text layer has no x and places itself with `mark.x` (right of the
    /// plot, as the gallery's "hi" labels).
    static let likert = #"""
        {"data": {"values": [{"name": "Q1", "value": 2, "lo": "Easy"}, {"name": "Q2", "value": 4, "lo": "Toolbar"}]},
         "width": 200,
         "encoding": {"y": {"field": "name", "type": "nominal"},
                      "x": {"type": "quantitative", "scale": {"domain": [0, 6]}, "axis": {"title": null}}},
         "layer": [
           {"mark": "circle", "encoding": {"x": {"field": "value"}}},
           {"mark": {"type": "text", "x": 205, "align": "left"}, "encoding": {"text": {"field": "lo"}}}
         ]}
        """#

    @Test("a shared x without a field: the layers that give one use it; a text layer without x sits at its mark.x, with a warning")
    func sharedFieldlessChannel() throws {
        let c = try TestPipeline.chart(Self.likert)
        let circles = c.scene.paths(.mark)
        #expect(circles.count == 2)
        let texts = c.scene.texts(.markLabel).filter { ["Easy", "Toolbar"].contains($0.text) }
        try #require(texts.count == 2, "\(c.scene.texts.map(\.text))")
        // mark.x = 205: five points right of the 200-point plot (its left edge is the x axis's 0).
        let zero = try #require(c.scene.texts(.axisLabel).first { $0.text == "0" })
        #expect(texts.allSatisfy { abs($0.anchor.x - (zero.anchor.x + 205)) < 0.5 && $0.align == .start }, "\(texts.map(\.anchor))")
        // The shared scale still spans the circles' domain 0–6.
        #expect(c.scene.texts(.axisLabel).contains { $0.text == "6" })
        let w = c.warnings.filter { $0.message.contains("layer 2 (text)") }
        #expect(w.count == 1 && w[0].message.contains("mark's own \"x\""), "\(c.warnings.map(\.message))")
        #expect(w.first?.path?.description == "encoding.x")
    }

    @Test("a shared x that no layer gives a field is still refused, located")
    func sharedFieldlessChannelNoLayer() throws {
        #expect {
            _ = try TestPipeline.chart(#"""
                {"data": {"values": [{"a": 1}]},
                 "encoding": {"x": {"type": "quantitative"}},
                 "layer": [{"mark": "point", "encoding": {"y": {"field": "a", "type": "quantitative"}}}]}
                """#)
        } throws: { error in
            "\(error)".contains("needs a \"field\"")
        }
    }

    @Test("config.axis.title null: no default axis titles; a channel's own title is drawn")
    func configAxisTitleNull() throws {
        let s = try TestPipeline.scene(#"""
            {"data": {"values": [{"a": 1, "b": 2}, {"a": 2, "b": 3}]},
             "mark": "point",
             "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative", "title": "Wages"}},
             "config": {"axis": {"title": null}}}
            """#)
        #expect(s.texts(.axisTitle).map(\.text) == ["Wages"])
        let x = try TestPipeline.scene(#"""
            {"data": {"values": [{"a": 1, "b": 2}]},
             "mark": "point",
             "encoding": {"x": {"field": "a", "type": "quantitative"}, "y": {"field": "b", "type": "quantitative"}},
             "config": {"axisX": {"title": null}}}
            """#)
        #expect(x.texts(.axisTitle).map(\.text) == ["b"])
    }

    @Test("config.axis.title as a string is refused, saying null is what is read")
    func configAxisTitleString() throws {
        #expect {
            _ = try TestPipeline.chart(#"""
                {"data": {"values": [{"a": 1}]}, "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}},
                 "config": {"axis": {"title": "T"}}}
                """#)
        } throws: { error in
            "\(error)".contains("config.axis.title: ") && "\(error)".contains("expected null")
        }
    }
}
