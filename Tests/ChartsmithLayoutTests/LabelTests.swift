import ChartsmithScene
import Testing

@Suite("Value labels, totals and formats")
struct LabelTests {
    func spec(_ extra: String = "", mark: String = "\"bar\"") -> String {
        """
        {"autosize": "fit", "width": 640, "height": 480, \(extra)
         "data": {"values": \(seedValues)}, "mark": \(mark),
         "encoding": {"x": {"field": "offence", "type": "nominal"},
                      "y": {"field": "offenders", "type": "quantitative", "aggregate": "sum"},
                      "color": {"field": "outcome", "type": "nominal"}}}
        """
    }

    @Test("each stack carries its total, in bold, above the stack")
    func totals() throws {
        let s = try scene(spec())
        let totals = s.texts(.total)
        #expect(Set(totals.map(\.text)) == ["1,401", "380"])
        #expect(totals.allSatisfy { $0.font.weight == .bold })
        let bars = s.rects(.mark)
        for t in totals {
            let stackTop = bars.filter { abs($0.rect.midX - t.anchor.x) < 1 }.map(\.rect.minY).min()!
            #expect(t.bounds.maxY <= stackTop)
        }
    }

    @Test("a segment label sits inside its segment in a colour that contrasts with it")
    func insideLabels() throws {
        let s = try scene(spec())
        let label = s.texts(.markLabel).first { $0.text == "1,246" }!
        let bar = s.rects(.mark).first { $0.name!.contains("1246") }!
        #expect(bar.rect.contains(label.bounds))
        #expect(label.color.contrastRatio(with: bar.fill!) >= 4.5)
    }

    @Test("the locale sets separators everywhere: de-DE writes 1.246")
    func locale() throws {
        let s = try scene(spec(#""config": {"locale": "de-DE"},"#))
        let texts = s.texts.map(\.text)
        #expect(texts.contains("1.246"))
        #expect(texts.contains("1.401"))
        #expect(!texts.contains("1,246"))
    }

    @Test("the generated alt text names the largest share of a percent stack")
    func percentAltText() throws {
        let s = try scene("""
            {"autosize": "fit", "width": 640, "height": 400, "data": {"values": \(seedValues)}, "mark": "bar",
             "encoding": {"x": {"field": "offence", "type": "nominal"},
                          "y": {"field": "offenders", "type": "quantitative", "aggregate": "sum", "stack": "normalize"},
                          "color": {"field": "outcome", "type": "nominal"}}}
            """)
        #expect(s.metadata.description == "Percent stacked bar chart of offenders by offence and outcome; largest share: Taking, making or distributing indecent images, Convicted, 89%.")
        #expect(Set(s.texts(.markLabel).map(\.text)).isSuperset(of: ["89%", "11%", "43%", "57%"]))
    }

    @Test("annotations: a rule at a date, a shaded range, and a note that points at its datum")
    func annotations() throws {
        let s = try scene("""
            {"autosize": "fit", "width": 640, "height": 400,
             "data": {"values": [{"year": "2003", "n": 1731}, {"year": "2010", "n": 1781}]},
             "annotations": [{"type": "rule", "x": "2005", "text": "A rule"},
                             {"type": "range", "x": ["2006", "2008"], "text": "A range"},
                             {"type": "note", "x": "2010", "y": 1781, "text": "A note"}],
             "mark": {"type": "line", "point": true},
             "encoding": {"x": {"field": "year", "type": "temporal"}, "y": {"field": "n", "type": "quantitative"}}}
            """)
        let texts = s.texts(.annotation).map(\.text)
        #expect(Set(texts) == ["A rule", "A range", "A note"])
        #expect(s.rects(.annotation).count == 1)
        #expect(s.paths(.annotation).count == 2)  // the rule and the note's connector
        #expect(s.textCollisions().isEmpty)
    }

    @Test("an annotation off the axis is an error that names it")
    func annotationError() {
        #expect(throws: (any Error).self) {
            try scene("""
                {"data": {"values": [{"k": "a", "n": 1}]}, "annotations": [{"type": "rule", "x": "zzz", "text": "t"}],
                 "mark": "bar", "encoding": {"x": {"field": "k"}, "y": {"field": "n", "type": "quantitative"}}}
                """)
        }
    }
}
