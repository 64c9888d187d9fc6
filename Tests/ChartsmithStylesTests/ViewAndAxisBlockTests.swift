import Chartsmith
import ChartsmithScene
import Foundation
import Testing

/// `config.view` (frame and fill), the side- and type-specific axis blocks in Vega-Lite's
/// order, and the Vega themes `usermeta.embedOptions.theme` selects.
@Suite("View frame, axis blocks and embed themes")
struct ViewAndAxisBlockTests {
    func scene(_ extra: String) throws -> Scene {
        let folder = try temporaryFolder("chartsmith-view")
        defer { try? FileManager.default.removeItem(at: folder) }
        let spec = ##"{"data": {"values": [{"a": "A", "b": 28}, {"a": "B", "b": 55}]}, "mark": "bar","##
            + ##""encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative"}}\##(extra)}"##
        return try ChartRenderer().scene(forSpecAt: try write(spec, to: "chart.json", in: folder))
    }

    func viewRects(_ s: Scene) -> [RectNode] {
        s.nodes.compactMap { if case .rect(let r) = $0, r.name == "view" { return r } else { return nil } }
    }

    @Test("configure_view(strokeWidth=0) is accepted and draws no frame; a stroke draws one; fill paints the plot")
    func viewFrame() throws {
        #expect(viewRects(try scene(##", "config": {"view": {"strokeWidth": 0}}"##)).isEmpty)
        #expect(viewRects(try scene(##", "config": {"view": {"stroke": "#333333", "strokeWidth": 0}}"##)).isEmpty)
        let framed = viewRects(try scene(##", "config": {"view": {"stroke": "#333333"}}"##))
        #expect(framed.count == 1 && framed.first?.stroke?.color.hexString == "#333333")
        let filled = viewRects(try scene(##", "config": {"view": {"fill": "#eeeeff"}}"##))
        #expect(filled.count == 1 && filled.first?.fill?.hexString == "#eeeeff")
    }

    @Test("axisY.gridColor colours the y gridlines; axisBand wins over axisX, axisXBand over axisBand")
    func axisBlocks() throws {
        let s = try scene(##", "config": {"axisY": {"gridColor": "#ff0000"}, "axisX": {"domainColor": "#0000ff"}, "axisBand": {"domainColor": "#00aa00"}}"##)
        #expect(!s.paths(.grid).isEmpty && s.paths(.grid).allSatisfy { $0.stroke?.color.hexString == "#ff0000" })
        #expect(s.paths(.axisDomain).contains { $0.stroke?.color.hexString == "#00aa00" })
        let t = try scene(##", "config": {"axisBand": {"domainColor": "#00aa00"}, "axisXBand": {"domainColor": "#aa00aa"}, "axisQuantitative": {"domainColor": "#123456"}}"##)
        #expect(t.paths(.axisDomain).contains { $0.stroke?.color.hexString == "#aa00aa" })
        #expect(!t.paths(.axisDomain).contains { $0.stroke?.color.hexString == "#00aa00" })
    }

    @Test("usermeta.embedOptions.theme selects Vega's theme; \"dark\" is vega-dark, not Chartsmith's dark")
    func embedTheme() throws {
        let dark = try scene(##", "usermeta": {"embedOptions": {"theme": "dark"}}"##)
        #expect(dark.background?.hexString == "#333333")
        let excel = try scene(##", "usermeta": {"embedOptions": {"theme": "excel"}}"##)
        #expect(excel.paths(.grid).allSatisfy { $0.stroke?.width == 0.5 })
        #expect(throws: (any Error).self) { try scene(##", "usermeta": {"embedOptions": {"theme": "darkk"}}"##) }
    }
}
