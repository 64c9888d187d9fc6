import ChartsmithScene
import Testing

@Suite("The seed stacked bar chart's scene")
struct StackedBarSceneTests {
    let spec = """
        {"autosize": "fit", "width": 640, "height": 400,
         "title": {"text": "Offenders, 2010", "subtitle": "England and Wales"},
         "source": "Source: Ministry of Justice (Freedom of Information request)",
         "data": {"values": \(seedValues)}, "mark": "bar",
         "encoding": {"x": {"field": "offence", "type": "nominal", "title": null},
                      "y": {"field": "offenders", "type": "quantitative", "aggregate": "sum", "title": "Offenders"},
                      "color": {"field": "outcome", "type": "nominal"}}}
        """

    @Test("the canvas is the size the spec asks for with autosize fit")
    func canvas() throws {
        let s = try scene(spec)
        #expect(s.width == 640)
        #expect(s.height == 400)
    }

    @Test("bar heights are proportional to the figures")
    func proportional() throws {
        let bars = try scene(spec).rects(.mark)
        #expect(bars.count == 4)
        let h = Dictionary(uniqueKeysWithValues: bars.map { ($0.name!, $0.rect.height) })
        let convictedTMD = h["offence=Taking, making or distributing indecent images sum_offenders=1246 outcome=Convicted"]!
        let cautionedTMD = h["offence=Taking, making or distributing indecent images sum_offenders=155 outcome=Cautioned"]!
        let convictedP = h["offence=Possessing indecent images sum_offenders=165 outcome=Convicted"]!
        let cautionedP = h["offence=Possessing indecent images sum_offenders=215 outcome=Cautioned"]!
        #expect(abs(convictedTMD / cautionedTMD - 1246.0 / 155) < 1e-9)
        #expect(abs(convictedP / cautionedP - 165.0 / 215) < 1e-9)
        #expect(abs(convictedTMD / convictedP - 1246.0 / 165) < 1e-9)
    }

    @Test("within a stack, Convicted sits on the axis and Cautioned on top (descending order)")
    func stackOrder() throws {
        let bars = try scene(spec).rects(.mark)
        let tmd = bars.filter { $0.name!.contains("Taking") }
        let convicted = tmd.first { $0.name!.contains("Convicted") }!
        let cautioned = tmd.first { $0.name!.contains("Cautioned") }!
        #expect(abs(cautioned.rect.maxY - convicted.rect.minY) < 1e-9)
        #expect(convicted.rect.maxY > cautioned.rect.maxY)
    }

    @Test("the value axis ends on the ladder step nearest above 1,401: 0 to 1,500 in 250s, with thousands separators")
    func ticks() throws {
        let labels = try scene(spec).texts(.axisLabel).map(\.text)
        #expect(Array(labels.prefix(7)) == ["0", "250", "500", "750", "1,000", "1,250", "1,500"])
    }

    @Test("the top of the 1,401 stack lines up with 1,401 on the axis")
    func stackTopMatchesAxis() throws {
        let s = try scene(spec)
        let bars = s.rects(.mark).filter { $0.name!.contains("Taking") }
        let top = bars.map(\.rect.minY).min()!
        let labels = s.texts(.axisLabel)
        let zero = labels.first { $0.text == "0" }!, fifteen = labels.first { $0.text == "1,500" }!
        let y0 = zero.anchor.y + zero.metrics.height / 2, y1500 = fifteen.anchor.y + fifteen.metrics.height / 2
        let expected = y0 + (y1500 - y0) * 1401 / 1500
        #expect(abs(top - expected) < 1e-6)
    }

    @Test("category labels wrap rather than collide, and no text overlaps or leaves the canvas")
    func noCollisions() throws {
        let s = try scene(spec)
        #expect(s.textCollisions().isEmpty, "\(s.textCollisions())")
        let labels = s.texts(.axisLabel).map(\.text)
        #expect(labels.contains("Possessing indecent images"))
        #expect(!labels.contains("Taking, making or distributing indecent images"))
    }

    @Test("title, subtitle and source are printed, left-aligned at the padding")
    func headerAndFooter() throws {
        let s = try scene(spec)
        let title = s.texts(.title).first!, sub = s.texts(.subtitle).first!, source = s.texts(.source).first!
        #expect(title.text == "Offenders, 2010")
        #expect(sub.text == "England and Wales")
        #expect(source.text.hasPrefix("Source: Ministry of Justice"))
        #expect(title.anchor.x == sub.anchor.x && sub.anchor.x == source.anchor.x)
        #expect(source.bounds.maxY <= s.height)
    }

    @Test("the legend lists the outcomes in ascending order")
    func legend() throws {
        #expect(try scene(spec).texts(.legendLabel).map(\.text) == ["Cautioned", "Convicted"])
    }

    @Test("alt text is generated when the spec has no description")
    func altText() throws {
        let d = try scene(spec).metadata.description ?? ""
        #expect(d == "Offenders, 2010. Stacked bar chart of offenders by offence and outcome; largest: Taking, making or distributing indecent images, Convicted, 1,246.")
    }
}

@Suite("Line charts")
struct LineSceneTests {
    let spec = """
        {"data": {"values": [{"year": "2003", "n": 1731}, {"year": "2004", "n": null}, {"year": "2005", "n": 1500},
                             {"year": "2006", "n": 1600}, {"year": "2007", "n": null}, {"year": "2010", "n": 1781}]},
         "mark": "line",
         "encoding": {"x": {"field": "year", "type": "temporal"}, "y": {"field": "n", "type": "quantitative"}}}
        """

    @Test("a null leaves a gap: the line breaks and lone points become dots")
    func gap() throws {
        let s = try scene(spec)
        let lines = s.paths(.mark).filter { $0.stroke != nil }
        #expect(lines.count == 1)
        #expect(lines[0].path.points.count == 2)  // 2005–2006 only
        let dots = s.paths(.mark).filter { $0.fill != nil }
        #expect(dots.count == 2)  // 2003 and 2010 stand alone
    }

    @Test("pad autosize keeps Vega-Lite 5's 200 × 200 plot")
    func padSize() throws {
        let s = try scene(spec)
        let grid = s.paths(.grid)
        let xs = grid.flatMap { $0.path.points.map(\.x) }
        #expect((xs.max()! - xs.min()!) == 200)
    }

    @Test("year ticks are labelled with the year, from the first, at one regular step")
    func yearLabels() throws {
        let years = try scene(spec).texts(.axisLabel).compactMap { Int($0.text) }.filter { $0 >= 2000 }
        #expect(years.first == 2003 && years.count >= 3)
        #expect(Set(zip(years.dropFirst(), years).map { $0 - $1 }).count == 1, "\(years)")
    }
}
