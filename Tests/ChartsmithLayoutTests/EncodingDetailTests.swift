import ChartsmithScene
import Testing

/// Smaller encodings drawn as Vega-Lite draws them: a mark's pixel `x`, a quantitative
/// opacity and its legend, and bins typed ordinal.
@Suite("Encoding details")
struct EncodingDetailTests {
    @Test("a mark's own \"x\": 5 is 5 points from the plot's left edge, not a data value (layer_bar_labels_grey)")
    func markPixelX() throws {
        let s = try scene(##"""
            {"width": 200, "height": {"step": 16},
             "data": {"values": [{"g": "Action", "r": 6.2}, {"g": "Drama", "r": 7.1}]},
             "encoding": {"y": {"field": "g", "type": "nominal", "axis": null}},
             "layer": [{"mark": {"type": "bar", "color": "#ddd"},
                        "encoding": {"x": {"aggregate": "mean", "field": "r", "scale": {"domain": [0, 10]}}}},
                       {"mark": {"type": "text", "align": "left", "x": 5},
                        "encoding": {"text": {"field": "g"}, "detail": {"aggregate": "count"}}}]}
            """##)
        let bars = s.rects(.mark)
        let plotLeft = try #require(bars.map(\.rect.minX).min())
        let labels = s.texts(.markLabel)
        #expect(labels.map(\.text).sorted() == ["Action", "Drama"])
        #expect(labels.allSatisfy { abs($0.anchor.x - (plotLeft + 5)) < 1e-6 && $0.align == .start })
    }

    @Test("\"x\": \"width\" on a mark is the plot's right edge")
    func markFarEdge() throws {
        let s = try scene(##"""
            {"width": 200, "height": 100, "data": {"values": [{"v": 3}]},
             "layer": [{"mark": "bar", "encoding": {"y": {"field": "v", "type": "quantitative"}}},
                       {"mark": {"type": "text", "text": "end", "align": "right", "x": "width", "y": 0}}]}
            """##)
        let label = try #require(s.texts(.markLabel).first { $0.text == "end" })
        // The plot is 200 points wide: the label ends at its right edge.
        let grid = try #require(s.paths(.grid).first?.path.bounds)
        #expect(grid.width == 200)
        #expect(abs(label.anchor.x - grid.maxX) < 1e-6, "\(label.anchor.x) vs \(grid.maxX)")
    }

    @Test("a mark's \"x\" is a number of points or \"width\"; anything else is named")
    func markPositionDecoding() throws {
        #expect { try scene(##"{"data": {"values": [{"v": 1}]}, "mark": {"type": "text", "text": "a", "x": "height"}}"##) } throws: {
            "\($0)".contains("mark.x") && "\($0)".contains("a number of points or \"width\"")
        }
    }

    static let opacitySpec = ##"""
        {"width": {"step": 17},
         "data": {"values": [{"age": 0, "sex": 1, "people": 10}, {"age": 0, "sex": 2, "people": 30},
                             {"age": 5, "sex": 1, "people": 20}, {"age": 5, "sex": 2, "people": 50}]},
         "mark": "bar",
         "encoding": {"x": {"field": "age", "type": "ordinal"},
                      "y": {"aggregate": "sum", "field": "people", "type": "quantitative"},
                      "opacity": {"field": "people", "type": "quantitative"}}}
        """##

    @Test("a quantitative opacity maps its field linearly onto 0.3–0.8 and gets a legend of swatches (stacked_bar_sum_opacity)")
    func opacityLegend() throws {
        let s = try scene(Self.opacitySpec)
        let bars = s.rects(.mark)
        #expect(bars.count == 4)
        func alpha(_ people: Int) -> Double? { bars.first { $0.name?.contains("people=\(people)") == true }?.fill?.alpha }
        #expect(abs((alpha(10) ?? 0) - 0.3) < 1e-9)
        #expect(abs((alpha(50) ?? 0) - 0.8) < 1e-9)
        #expect(abs((alpha(30) ?? 0) - 0.55) < 1e-9)
        #expect(s.texts(.legendTitle).map(\.text) == ["people"])
        let labels = s.texts(.legendLabel).map(\.text)
        #expect(labels.first == "10" && labels.last == "50", "\(labels)")
        let swatches = s.rects(.legendSymbol)
        #expect(swatches.count == labels.count)
        // Each swatch shows its tick's opacity: more people, more opaque.
        #expect(zip(swatches, swatches.dropFirst()).allSatisfy { $0.fill!.alpha < $1.fill!.alpha })
        #expect(abs(swatches.first!.fill!.alpha - 0.3) < 1e-9 && abs(swatches.last!.fill!.alpha - 0.8) < 1e-9)
    }

    @Test("a quantitative opacity beside a colour legend has its own legend after the colour one, as Vega-Lite draws two")
    func opacityWithColorLegend() throws {
        let both = Self.opacitySpec.replacingOccurrences(
            of: ##""opacity": {"field": "people", "type": "quantitative"}"##,
            with: ##""opacity": {"field": "people", "type": "quantitative"}, "color": {"field": "sex", "type": "nominal"}"##)
        let s = try scene(both)
        #expect(s.texts(.legendTitle).map(\.text) == ["sex", "people"])
        #expect(s.texts(.legendLabel).map(\.text) == ["1", "2", "10", "20", "30", "40", "50"])
        // The opacity swatches: the marks' own colour (not a colour legend's), more opaque as people grow.
        let swatches = s.rects(.legendSymbol).suffix(5)
        #expect(zip(swatches, swatches.dropFirst()).allSatisfy { $0.fill!.alpha < $1.fill!.alpha })
        #expect(s.textCollisions().isEmpty, "\(s.textCollisions())")
        // With the opacity legend turned off only the colour legend is drawn.
        let off = both.replacingOccurrences(of: ##""type": "quantitative"}, "color""##, with: ##""type": "quantitative", "legend": null}, "color""##)
        #expect(try scene(off).texts(.legendTitle).map(\.text) == ["sex"])
        // With the colour legend turned off the opacity legend is still drawn.
        let colourOff = both.replacingOccurrences(of: ##""type": "nominal"}"##, with: ##""type": "nominal", "legend": null}"##)
        #expect(try scene(colourOff).texts(.legendTitle).map(\.text) == ["people"])
    }

    @Test("bin with type ordinal draws one band per bin, labelled \"start - end\" in bin order (histogram_ordinal)")
    func ordinalBins() throws {
        let s = try scene(##"""
            {"width": {"step": 40}, "data": {"values": [{"r": 2.5}, {"r": 6.1}, {"r": 6.4}, {"r": 7.2}, {"r": 9.5}, {"r": 10}]},
             "mark": "bar", "encoding": {"x": {"bin": true, "field": "r", "type": "ordinal"}, "y": {"aggregate": "count"}}}
            """##)
        let bars = s.rects(.mark).sorted { $0.rect.minX < $1.rect.minX }
        #expect(bars.count == 4)
        // Bands of one width, side by side: a discrete axis.
        #expect(Set(bars.map { ($0.rect.width * 1e6).rounded() }).count == 1)
        // Each band's label (wrapped onto lines), read top to bottom, left to right.
        let below = s.texts(.axisLabel).filter { $0.anchor.y > bars[0].rect.maxY }
        let byBand = Dictionary(grouping: below, by: { ($0.anchor.x * 1000).rounded() })
        let labels = byBand.keys.sorted().map { k in byBand[k]!.sorted { $0.anchor.y < $1.anchor.y }.map(\.text).joined(separator: " ") }
        #expect(labels == ["2 - 3", "6 - 7", "7 - 8", "9 - 10"])
        for (bar, key) in zip(bars, byBand.keys.sorted()) { #expect(abs(bar.rect.midX - key / 1000) < 0.001) }
        // The bin 6 - 7 holds two values: the tallest bar.
        #expect(bars[1].rect.height > bars[0].rect.height && bars[1].rect.height == bars.map(\.rect.height).max())
        #expect(s.texts(.axisTitle).map(\.text).contains("r (binned)"))
    }
}
