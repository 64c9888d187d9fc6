import ChartsmithScene
import Testing

/// The `xOffset`/`yOffset` channels as Vega-Lite places marks with them.
@Suite("Offset channels")
struct OffsetChannelTests {
    static let grouped = ##"""
        [{"category": "A", "group": "x", "value": 0.1}, {"category": "A", "group": "y", "value": 0.6},
         {"category": "A", "group": "z", "value": 0.9}, {"category": "B", "group": "x", "value": 0.7},
         {"category": "B", "group": "y", "value": 0.2}, {"category": "B", "group": "z", "value": 1.1}]
        """##

    @Test("a circle layer sharing the bars' xOffset draws one circle per grouped bar, at its centre (layer_bar_circle_grouped)")
    func circlesFollowOffset() throws {
        let s = try scene(##"""
            {"data": {"values": \##(Self.grouped)}, "transform": [{"calculate": "datum.value/2", "as": "half"}],
             "encoding": {"x": {"field": "category"}, "xOffset": {"field": "group"}},
             "layer": [{"mark": "bar", "encoding": {"y": {"field": "value", "type": "quantitative"}, "color": {"field": "group"}}},
                       {"mark": {"type": "circle", "color": "black"}, "encoding": {"y": {"field": "half", "type": "quantitative"}}}]}
            """##)
        let bars = s.rects(.mark)
        let circles = s.paths(.mark)
        #expect(bars.count == 6 && circles.count == 6)
        for c in circles {
            let b = try #require(c.path.bounds)
            let name = try #require(c.name)
            // The bar of the same category and group: the circle sits on its centre line.
            let cat = name.split(separator: " ").first { $0.hasPrefix("category=") }!
            let grp = name.split(separator: " ").first { $0.hasPrefix("group=") }!
            let bar = try #require(bars.first { $0.name!.contains(String(cat)) && $0.name!.contains(String(grp)) })
            #expect(abs(b.midX - bar.rect.midX) < 1e-6, "\(name)")
        }
        #expect(Set(circles.map { ($0.path.bounds!.midX * 1000).rounded() }).count == 6)
    }

    @Test("a quantitative xOffset jitters points inside their band: band start + (j − min) / (max − min) × bandwidth")
    func continuousOffsetPoints() throws {
        let data = ##"""
            [{"g": "A", "j": 0, "v": 1}, {"g": "A", "j": 2, "v": 2}, {"g": "A", "j": 4, "v": 3},
             {"g": "B", "j": 0, "v": 1}, {"g": "B", "j": 1, "v": 2}, {"g": "B", "j": null, "v": 3}]
            """##
        func centres(_ scale: String) throws -> [String: Double] {
            let s = try scene(##"""
                {"data": {"values": \##(data)}, "mark": "circle", "width": {"step": 80},
                 "encoding": {"x": {"field": "g"}, "xOffset": {"field": "j", "type": "quantitative"\##(scale)},
                              "y": {"field": "v", "type": "quantitative"}}}
                """##)
            var out: [String: Double] = [:]
            for p in s.paths(.mark) {
                let name = try #require(p.name)
                let g = name.contains("g=A") ? "A" : "B"
                let j = name.split(separator: " ").first { $0.hasPrefix("j=") }.map(String.init) ?? "?"
                out["\(g) \(j)"] = try #require(p.path.bounds).midX
            }
            return out
        }
        let c = try centres("")
        #expect(c.count == 5)  // the row without a j is not drawn, as in Vega
        let a0 = try #require(c["A j=0"]), a2 = try #require(c["A j=2"]), a4 = try #require(c["A j=4"])
        let bandwidth = a4 - a0
        #expect(bandwidth > 40 && bandwidth < 80)
        #expect(abs(a2 - (a0 + bandwidth / 2)) < 1e-6)
        let b0 = try #require(c["B j=0"]), b1 = try #require(c["B j=1"])
        #expect(abs(b1 - (b0 + bandwidth / 4)) < 1e-6)
        #expect(b0 - a0 > bandwidth)  // the next band
        let reversed = try centres(#", "scale": {"reverse": true}"#)
        #expect(abs(try #require(reversed["A j=4"]) - a0) < 1e-6)
        let domain = try centres(#", "scale": {"domain": [0, 8]}"#)
        #expect(abs(try #require(domain["A j=4"]) - (a0 + bandwidth / 2)) < 1e-6)
    }

    @Test("xOffset without x is read as x, as Vega-Lite compiles bar_x_offset_without_x_broken: one stacked bar per group")
    func offsetWithoutPosition() throws {
        let s = try scene(##"""
            {"data": {"values": \##(Self.grouped)}, "mark": "bar",
             "encoding": {"y": {"field": "value", "type": "quantitative"}, "xOffset": {"field": "group"}, "color": {"field": "group"}}}
            """##)
        let bars = s.rects(.mark)
        #expect(bars.count == 6)
        // Three bands (x, y, z), each a stack of its group's two values.
        let bands = Dictionary(grouping: bars, by: { ($0.rect.minX * 1000).rounded() })
        #expect(bands.count == 3)
        for (_, parts) in bands {
            #expect(parts.count == 2)
            let sorted = parts.sorted { $0.rect.minY < $1.rect.minY }
            #expect(abs(sorted[0].rect.maxY - sorted[1].rect.minY) < 1e-9)  // stacked, touching
        }
        #expect(s.texts(.axisLabel).map(\.text).contains("z"))
        #expect(s.texts(.axisTitle).map(\.text).contains("group"))
        #expect(Set(s.texts(.legendLabel).map(\.text)) == ["x", "y", "z"])
    }

    @Test("a quantitative yOffset on an area with a nominal y draws a ranged area inside each band (area_ranged_offset_quantitative)")
    func rangedAreaOffset() throws {
        let s = try scene(##"""
            {"width": {"step": 46}, "height": {"step": 40},
             "data": {"values": [{"q": "Q1", "team": "A", "score": 12}, {"q": "Q2", "team": "A", "score": 18},
                                 {"q": "Q1", "team": "B", "score": 9}, {"q": "Q2", "team": "B", "score": 0}]},
             "mark": {"type": "area", "opacity": 0.8},
             "encoding": {"x": {"field": "q", "type": "ordinal"}, "y": {"field": "team", "type": "nominal"},
                          "yOffset": {"field": "score", "type": "quantitative"}, "detail": {"field": "team", "type": "nominal"}}}
            """##)
        let areas = s.paths(.mark)
        #expect(areas.count == 2)
        // Each team's label and tick sit at the bottom of its band, where its area's base lies.
        let labels = s.texts(.axisLabel).filter { $0.text == "A" || $0.text == "B" }
        #expect(labels.count == 2)
        for area in areas {
            let b = try #require(area.path.bounds)
            let team = area.name!.contains("team=A") ? "A" : "B"
            let label = try #require(labels.first { $0.text == team })
            #expect(abs(b.maxY - label.bounds.midY) < 1e-6, "\(team): base \(b.maxY) vs label \(label.bounds.midY)")
        }
        // Score 18 (the domain's top, [0, 18]) reaches the top of band A: the band's height
        // above its base; team B's 9 reaches half as high.
        let a = try #require(areas.first { $0.name!.contains("team=A") }?.path.bounds)
        let bArea = try #require(areas.first { $0.name!.contains("team=B") }?.path.bounds)
        #expect(abs(bArea.height * 2 - a.height) < 1e-6)
    }
}
