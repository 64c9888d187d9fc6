import Chartsmith
import ChartsmithScene
import Foundation
import Testing

/// Axis, legend and title looks from an axis or legend object, the per-axis config blocks,
/// `config.legend` and a title object are drawn as Vega-Lite draws them, with Vega-Lite's
/// precedence (the object over the most specific block over `config.axis`).
@Suite("Guide looks")
struct GuideLookTests {
    static let data = #"{"values": [{"k": "A", "v": 3, "s": "p"}, {"k": "B", "v": 5, "s": "q"}, {"k": "C", "v": 4, "s": "r"}, {"k": "D", "v": 2, "s": "t"}]}"#

    func scene(config: String = "{}", x: String = "{}", color: String? = nil, title: String? = nil) throws -> Scene {
        let colorChannel = color.map { #", "color": {"field": "s", "type": "nominal", "legend": \#($0)}"# } ?? ""
        let titleKey = title.map { #""title": \#($0), "# } ?? ""
        return try inlineScene(#"""
            {\#(titleKey)"data": \#(Self.data), "config": \#(config), "mark": "bar",
             "encoding": {"x": {"field": "k", "type": "nominal", "title": "Key", "axis": \#(x)},
                          "y": {"field": "v", "type": "quantitative", "title": "Value"}\#(colorChannel)}}
            """#)
    }

    @Test("label and title colour, size and weight: axis object over axisX over config.axis")
    func axisTextPrecedence() throws {
        let s = try scene(config: ##"{"axis": {"labelFontSize": 14, "titleColor": "#aa0000"}, "axisX": {"labelColor": "#00aa00", "titleFontWeight": "bold"}, "axisY": {"labelColor": "#0000aa"}}"##,
                          x: ##"{"labelColor": "#123456", "titleFontSize": 16}"##)
        let xLabels = s.texts(.axisLabel).filter { ["A", "B", "C", "D"].contains($0.text) }
        #expect(xLabels.count == 4)
        #expect(xLabels.allSatisfy { $0.color == Color(hex: "#123456")! && $0.font.size == 14 })
        let yLabels = s.texts(.axisLabel).filter { !["A", "B", "C", "D"].contains($0.text) }
        #expect(!yLabels.isEmpty && yLabels.allSatisfy { $0.color == Color(hex: "#0000aa")! && $0.font.size == 14 })
        let xTitle = try #require(s.texts(.axisTitle).first { $0.text == "Key" })
        #expect(xTitle.color == Color(hex: "#aa0000")! && xTitle.font.size == 16 && xTitle.font.weight == .bold)
        let yTitle = try #require(s.texts(.axisTitle).first { $0.text == "Value" })
        #expect(yTitle.color == Color(hex: "#aa0000")! && yTitle.font.weight == .regular)
    }

    @Test("tick colour and width, domain dash and opacity, label opacity, italic titles")
    func axisLines() throws {
        let s = try scene(config: ##"{"axisY": {"ticks": true, "tickColor": "#ff0000", "tickWidth": 3, "domain": true, "domainDash": [4, 2], "domainOpacity": 0.5}}"##,
                          x: ##"{"labelOpacity": 0.5, "titleFontStyle": "italic"}"##)
        let ticks = s.paths(.axisTick).filter { $0.stroke?.color == Color(hex: "#ff0000")! }
        #expect(!ticks.isEmpty && ticks.allSatisfy { $0.stroke?.width == 3 })
        #expect(s.paths(.axisDomain).contains { $0.stroke?.dash == [4, 2] && ($0.stroke?.color.alpha ?? 1) < 0.6 })
        #expect(s.texts(.axisLabel).filter { $0.text == "A" }.allSatisfy { $0.color.alpha < 0.6 })
        #expect(s.texts(.axisTitle).first { $0.text == "Key" }?.font.italic == true)
    }

    @Test("titleAnchor start and end set the x-axis title at the plot's edges; titlePadding moves it")
    func axisTitleAnchor() throws {
        let mid = try #require(try scene().texts(.axisTitle).first { $0.text == "Key" })
        let start = try #require(try scene(x: ##"{"titleAnchor": "start"}"##).texts(.axisTitle).first { $0.text == "Key" })
        let end = try #require(try scene(x: ##"{"titleAnchor": "end"}"##).texts(.axisTitle).first { $0.text == "Key" })
        #expect(start.align == .start && end.align == .end && mid.align == .center)
        #expect(start.anchor.x < mid.anchor.x && mid.anchor.x < end.anchor.x)
        let padded = try #require(try scene(x: ##"{"titlePadding": 20}"##).texts(.axisTitle).first { $0.text == "Key" })
        #expect(abs(padded.anchor.y - mid.anchor.y - 14) < 0.01)
    }

    @Test("labelLimit cuts long labels short")
    func labelLimit() throws {
        let s = try scene(config: ##"{"axisY": {"labelLimit": 5}}"##)
        #expect(s.texts(.axisLabel).contains { $0.text.hasSuffix("…") })
    }

    @Test("config.legend: columns lay entries in a grid; a box with fill and stroke; symbol type and size")
    func legendGrid() throws {
        let s = try scene(config: ##"{"legend": {"orient": "bottom", "columns": 2, "fillColor": "#eeeeee", "strokeColor": "#999999", "padding": 5, "symbolType": "circle", "symbolSize": 144, "labelColor": "#333333"}}"##,
                          color: "{}")
        let labels = s.texts(.legendLabel)
        #expect(labels.map(\.text) == ["p", "q", "r", "t"])
        // Two columns: p and r share an x, q and t another; two rows.
        #expect(abs(labels[0].anchor.x - labels[2].anchor.x) < 0.01 && abs(labels[1].anchor.x - labels[3].anchor.x) < 0.01)
        #expect(labels[2].anchor.y > labels[0].anchor.y + 1)
        #expect(labels.allSatisfy { $0.color == Color(hex: "#333333")! })
        let box = try #require(s.rects(.legend).first)
        #expect(box.fill == Color(hex: "#eeeeee")! && box.stroke?.color == Color(hex: "#999999")!)
        let symbols = s.paths(.legendSymbol)
        #expect(symbols.count == 4)
        let w = try #require(symbols.first?.path.bounds?.width)
        #expect(abs(w - 12) < 0.5)
    }

    @Test("a legend object's direction, title colour and labelOffset; config.legend.disable")
    func legendObject() throws {
        let s = try scene(color: ##"{"direction": "vertical", "titleColor": "#aa0000", "labelOffset": 10, "titleFontSize": 15}"##)
        let labels = s.texts(.legendLabel)
        #expect(labels.count == 4 && Set(labels.map { ($0.anchor.x * 100).rounded() }).count == 1)
        let title = try #require(s.texts(.legendTitle).first)
        #expect(title.color == Color(hex: "#aa0000")! && title.font.size == 15)
        let symbol = try #require(s.rects(.legendSymbol).first)
        #expect(abs(labels[0].anchor.x - symbol.rect.maxX - 10) < 0.01)
        let off = try scene(config: ##"{"legend": {"disable": true}}"##, color: "null")
        #expect(off.texts(.legendLabel).isEmpty)
        #expect(try scene(config: ##"{"legend": {"disable": true}}"##, color: ##"{"title": "S"}"##).texts(.legendLabel).count == 4)
    }

    @Test("title anchor middle and end, title object colour and size over config.title")
    func titleAnchor() throws {
        let s = try scene(config: ##"{"title": {"anchor": "middle", "fontSize": 20, "color": "#222222"}}"##,
                          title: ##"{"text": "Headline", "subtitle": "Sub", "subtitleColor": "#777777", "color": "#aa0000"}"##)
        let t = try #require(s.texts(.title).first)
        #expect(t.align == .center && t.font.size == 20 && t.color == Color(hex: "#aa0000")!)
        #expect(s.texts(.subtitle).first?.color == Color(hex: "#777777")!)
        let e = try #require(try scene(title: ##"{"text": "Headline", "anchor": "end"}"##).texts(.title).first)
        #expect(e.align == .end && e.anchor.x > t.anchor.x)
    }
}
