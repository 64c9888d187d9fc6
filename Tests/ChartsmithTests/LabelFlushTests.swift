import Chartsmith
import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// Axis `labelFlush` as Vega draws it: a label whose tick lies within the threshold of an
/// end of the range is set flush with that end (x: left- or right-aligned; y: hanging from
/// the top end, standing on the bottom one), moved `labelFlushOffset` outward; others are
/// centred. Vega's themes flush a continuous x axis by default (Vega-Lite's default); the
/// house styles keep their own rule (a label that would run past the plot is set flush).
@Suite("Axis label flush")
struct LabelFlushTests {
    /// Points from 3 to 97 on x (ticks 0…100 inside the niced domain) and 3 to 12 on y.
    static func spec(x: String = "", y: String = "", style: String? = nil, config: String = "") -> String {
        #"{"data": {"values": [{"a": 3, "b": 3}, {"a": 50, "b": 7}, {"a": 97, "b": 12}]}, "mark": "point", "width": 200, "height": 100,"#
            + (style.map { #""style": "\#($0)","# } ?? "") + (config.isEmpty ? "" : #""config": \#(config),"#)
            + #""encoding": {"x": {"field": "a", "type": "quantitative", "axis": {\#(x)}}, "y": {"field": "b", "type": "quantitative", "axis": {\#(y)}}}}"#
    }

    /// The x-axis labels (below the plot) and the y-axis ones, by text.
    func labels(_ scene: Scene) -> (x: [String: TextNode], y: [String: TextNode]) {
        let all = scene.texts(.axisLabel)
        let bottom = all.map(\.anchor.y).max() ?? 0
        var x: [String: TextNode] = [:], y: [String: TextNode] = [:]
        for t in all { if t.anchor.y == bottom { x[t.text] = t } else { y[t.text] = t } }
        return (x, y)
    }

    @Test("Vega's themes flush the ends of a continuous x axis and centre the rest")
    func vegaThemeDefault() throws {
        for style in ["excel", "vox", "carbong10"] {
            let x = labels(try TestPipeline.scene(Self.spec(style: style))).x
            #expect(x["0"]?.align == .start, "\(style)")
            #expect(x["100"]?.align == .end, "\(style)")
            #expect(x["50"]?.align == .center, "\(style)")
        }
    }

    @Test("a tick 2 points inside the plot: Vega's themes centre its label (beyond the 1-point threshold), the house rule sets it flush")
    func nearEnd() throws {
        let spec = Self.spec().replacingOccurrences(of: #""type": "quantitative", "axis": {}}, "y""#,
                                                    with: #""type": "quantitative", "axis": {}, "scale": {"domain": [-1, 101], "nice": false}}, "y""#)
        #expect(spec.contains("-1, 101"))
        let vega = labels(try TestPipeline.scene(spec.replacingOccurrences(of: #""width""#, with: #""style": "excel", "width""#))).x
        let house = labels(try TestPipeline.scene(spec)).x
        #expect(vega["0"]?.align == .center)
        #expect(house["0"]?.align == .start)
    }

    @Test("labelFlush false centres the end labels, and the canvas keeps their overhang")
    func off() throws {
        let s = try TestPipeline.scene(Self.spec(x: #""labelFlush": false"#, style: "excel"))
        let x = labels(s).x
        let first = try #require(x["0"]), last = try #require(x["100"])
        #expect(first.align == .center && last.align == .center)
        // The plot's ends are the ticks 0 and 100, 200 points apart; the labels reach past them.
        #expect(abs(last.anchor.x - first.anchor.x - 200) < 0.01)
        #expect(first.bounds.minX >= 0 && last.bounds.maxX <= s.width, "inside the canvas")
        #expect(s.textCollisions().isEmpty)
    }

    @Test("a threshold and labelFlushOffset: flush within the distance, moved outward by the offset")
    func thresholdAndOffset() throws {
        let on = labels(try TestPipeline.scene(Self.spec(x: #""labelFlush": 1, "labelFlushOffset": 3"#))).x
        let plain = labels(try TestPipeline.scene(Self.spec(x: #""labelFlush": false"#))).x
        let first = try #require(on["0"]), last = try #require(on["100"])
        #expect(first.align == .start && last.align == .end)
        #expect(abs(first.anchor.x - (try #require(plain["0"]).anchor.x - 3)) < 0.01)
        #expect(abs(last.anchor.x - (try #require(plain["100"]).anchor.x + 3)) < 0.01)
    }

    @Test("config.axisX.labelFlush applies to a house style's axes; the axis's own wins")
    func config() throws {
        let viaConfig = labels(try TestPipeline.scene(Self.spec(config: #"{"axisX": {"labelFlush": false}}"#))).x
        #expect(viaConfig["0"]?.align == .center)
        let own = labels(try TestPipeline.scene(Self.spec(x: #""labelFlush": true"#, config: #"{"axisX": {"labelFlush": false}}"#))).x
        #expect(own["0"]?.align == .start)
    }

    @Test("a flushed y axis hangs its top label below the top tick and stands its bottom one on the bottom tick")
    func vertical() throws {
        let flushed = labels(try TestPipeline.scene(Self.spec(y: #""labelFlush": true"#))).y
        let centred = labels(try TestPipeline.scene(Self.spec())).y
        let keys = flushed.keys.sorted { Double($0)! < Double($1)! }
        let (bottom, top) = (try #require(keys.first), try #require(keys.last))
        let lh = try #require(centred[top]).bounds.height
        // Centred labels straddle their tick; flush ones move half a line in, each end
        // towards the middle (the plot itself may move, as the top label no longer rises
        // above it), while a middle label stays centred on its tick.
        func gap(_ l: [String: TextNode]) throws -> Double { try #require(l[bottom]).bounds.minY - (try #require(l[top]).bounds.minY) }
        let (g0, g1) = (try gap(centred), try gap(flushed))
        #expect(abs(g0 - g1 - lh) < 0.6, "\(g0) \(g1) \(lh)")
        let middle = try #require(keys.dropFirst().first)
        let shift = try #require(flushed[middle]).bounds.minY - (try #require(centred[middle]).bounds.minY)
        #expect(abs(try #require(flushed[bottom]).bounds.minY - (try #require(centred[bottom]).bounds.minY) - shift + lh / 2) < 0.6)
    }

    @Test("labelFlush is not warned as unhonoured; a wrong value is a located error")
    func decoding() throws {
        let c = try TestPipeline.chart(Self.spec(x: #""labelFlush": 2, "labelFlushOffset": 1"#))
        #expect(!c.warnings.contains { $0.message.contains("labelFlush") }, "\(c.warnings)")
        #expect(throws: (any Error).self) { try TestPipeline.chart(Self.spec(x: #""labelFlush": "yes""#)) }
    }
}
