import Chartsmith
import ChartsmithData
import ChartsmithScene
import ChartsmithSpec
import ChartsmithTestSupport
import Foundation
import Testing

@testable import ChartsmithLayout

/// Issue 13's later pieces: rounded arc corners, `theta2`/`radius2`, the one-axis error
/// band, the composite marks' config blocks, the `distinct` window op, `config.axis.labels`
/// and the `extent` transform's parameter read by later transforms.
@Suite("Statistical and arc features")
struct StatFeatureTests {
    func views(_ text: String) throws -> [PreparedView] {
        let spec = try SpecDecoder().decode(Array(text.utf8))
        return try ChartPipeline().views(for: spec, baseFolder: URL(fileURLWithPath: NSTemporaryDirectory()))
    }

    static func failure(_ text: String) -> Diagnostic? {
        do { _ = try SpecDecoder().decode(Array(text.utf8)); return nil } catch let d as Diagnostic { return d } catch { return nil }
    }

    /// The end points of a path's segments (control points left out).
    static func ends(_ p: Path) -> [Point] {
        p.elements.compactMap { e -> Point? in
            switch e {
            case .move(let q), .line(let q): return q
            case .curve(let q, _, _): return q
            default: return nil
            }
        }
    }

    static func passes(_ path: Path, through expected: [(Double, Double)], _ comment: Comment) {
        let ends = Self.ends(path)
        for (x, y) in expected {
            #expect(ends.contains { abs($0.x - x) < 0.002 && abs($0.y - y) < 0.002 }, "\(comment): no segment ends at (\(x), \(y))")
        }
    }

    @Test("cornerRadius rounds a slice's corners where d3-shape's arc (Vega) puts them, capped for a thin slice")
    func roundedCorners() throws {
        // Vega's SVG for the same arcs (vl-convert, d3-shape): every segment end of its path.
        let padded = RoundedArcPath.slice(center: Point(x: 0, y: 0), inner: 50, outer: 100, start: 0, end: .pi / 2,
                                          padAngle: 0.03, corner: 8)
        Self.passes(padded, through: [(1.677, -91.49), (10.518, -99.445), (99.445, -10.518), (91.49, -1.677),
                                      (57.187, -1.677), (49.299, -8.342), (8.342, -49.299), (1.677, -57.187)], "padded")
        let thin = RoundedArcPath.slice(center: Point(x: 0, y: 0), inner: 20, outer: 100, start: 2, end: 2.3,
                                        padAngle: 0, corner: 30)
        Self.passes(thin, through: [(78.22, 35.798), (64.147, 57.314), (17.338, 15.491), (21.141, 9.675)], "thin")
        #expect(!padded.contains(Point(x: 2, y: -99)) && padded.contains(Point(x: 53, y: -53)))
    }

    @Test("theta2 and radius2 place each arc from its start to its end angle, between its two radii")
    func thetaRadiusRanges() throws {
        let scene = try inlineScene(#"{"width":200,"height":200,"data":{"values":[{"a":0,"b":25,"r0":50,"r1":100},{"a":50,"b":100,"r0":0,"r1":50}]},"#
            + #""mark":"arc","encoding":{"theta":{"field":"a","type":"quantitative","scale":{"domain":[0,100]}},"theta2":{"field":"b"},"#
            + #""radius":{"field":"r1","type":"quantitative","scale":{"domain":[0,100],"zero":true}},"radius2":{"field":"r0"}}}"#)
        let arcs = scene.paths(.mark)
        #expect(arcs.count == 2)
        let b0 = try #require(arcs[0].path.bounds), b1 = try #require(arcs[1].path.bounds)
        // The first is a quarter ring from 12 to 3 o'clock, 50 to 100 points from the centre (100, 100).
        #expect(abs(b0.minX - (b0.maxX - 100)) < 1e-6 || b0.width <= 100.0001)
        #expect(abs(b0.height - 100) < 1e-6 && abs(b0.width - 100) < 1e-6)
        // The second is a half disc of radius 50 on the left.
        #expect(abs(b1.width - 50) < 1e-6 && abs(b1.height - 100) < 1e-6)
        let end = Self.failure(#"{"data":{"values":[{"v":1}]},"mark":"arc","encoding":{"theta2":{"field":"v"}}}"#)
        #expect(end?.path?.description == "encoding.theta2" && end?.suggestion == "theta")
    }

    @Test("an errorband over one axis is a rect across the plot with rule borders; interpolate is named in a warning")
    func oneAxisBand() throws {
        let text = #"{"data":{"values":[{"v":1},{"v":3},{"v":5}]},"mark":{"type":"errorband","extent":"stdev","borders":true,"interpolate":"monotone"},"#
            + #""encoding":{"y":{"field":"v","type":"quantitative"}}}"#
        #expect(try TestPipeline.chart(text).warnings.contains { $0.message.contains("\"interpolate\" is not used by an errorband over one axis") })
        let v = try views(text)
        #expect(v.map(\.mark.type) == [.rect, .rule, .rule])
        #expect(v[0].table.rows.first?["lower_v"].number == 1 && v[0].table.rows.first?["upper_v"].number == 5)
    }

    @Test("config.boxplot and config.errorbar set the parts, extent and size a mark does not set itself")
    func compositeConfig() throws {
        let rows = "[{\"g\":\"A\",\"v\":1},{\"g\":\"A\",\"v\":2},{\"g\":\"A\",\"v\":3},{\"g\":\"A\",\"v\":4},{\"g\":\"A\",\"v\":40}]"
        func spec(_ mark: String, _ config: String) -> String {
            #"{"data":{"values":"# + rows + #"},"mark":"# + mark + #","encoding":{"x":{"field":"g","type":"nominal"},"y":{"field":"v","type":"quantitative"}},"config":"# + config + "}"
        }
        let box = try views(spec("\"boxplot\"", ##"{"boxplot":{"extent":"min-max","size":20,"median":false,"ticks":true,"box":{"color":"#d95f02"}}}"##))
        #expect(box.map(\.mark.type) == [.rule, .rule, .tick, .tick, .bar])
        #expect(box.last?.mark.color == "#d95f02" && box.last?.mark.size == 20)
        // The mark's own setting wins over the config's.
        let own = try views(spec(#"{"type":"boxplot","median":true}"#, #"{"boxplot":{"median":false}}"#))
        #expect(own.map(\.mark.type).contains(.tick))
        // config.errorbar.center "median" summarises by the interquartile range.
        let bar = try views(spec("\"errorbar\"", #"{"errorbar":{"center":"median"}}"#))
        #expect(bar[0].table.rows.first?["lower_v"].number == 2 && bar[0].table.rows.first?["upper_v"].number == 4)
        let unknown = try #require(Self.failure(spec("\"boxplot\"", #"{"boxplot":{"sise":20}}"#)))
        #expect(unknown.path?.description == "config.boxplot.sise" && unknown.suggestion == "size")
    }

    @Test("the distinct window op counts the different values in each frame")
    func distinctWindow() throws {
        let v = try views(#"{"data":{"values":[{"g":"a","c":1},{"g":"a","c":1},{"g":"a","c":2},{"g":"b","c":3}]},"#
            + #""transform":[{"window":[{"op":"distinct","field":"c","as":"n"}],"groupby":["g"],"frame":[null,null]}],"#
            + #""mark":"point","encoding":{"x":{"field":"n","type":"quantitative"},"y":{"field":"g","type":"nominal"}}}"#)
        #expect(v[0].table.rows.map { $0["n"].number } == [2, 2, 2, 1])
    }

    @Test("config.axis.labels false draws no tick labels; an empty view stroke draws no frame")
    func axisLabelsOff() throws {
        let text = #"{"data":{"values":[{"a":1,"b":2},{"a":5,"b":9}]},"mark":"point","#
            + #""encoding":{"x":{"field":"a","type":"quantitative"},"y":{"field":"b","type":"quantitative"}},"#
        let on = try inlineScene(text + #""config":{"view":{"stroke":""}}}"#)
        let off = try inlineScene(text + #""config":{"view":{"stroke":""},"axis":{"labels":false}}}"#)
        #expect(on.texts.contains { $0.text == "5" })
        #expect(!off.texts.contains { ["0", "1", "2", "3", "4", "5", "6", "8", "10"].contains($0.text) })
        #expect(off.texts.contains { $0.text == "a" } && off.texts.contains { $0.text == "b" })
    }

    @Test("an extent parameter is read by the calculate and filter transforms after it; a use elsewhere stays a located error")
    func extentParam() throws {
        let v = try views(#"{"data":{"values":[{"a":2},{"a":4},{"a":10}]},"#
            + #""transform":[{"extent":"a","param":"a_extent"},{"calculate":"(datum.a - a_extent[0]) / (a_extent[1] - a_extent[0])","as":"s"},"#
            + #"{"filter":"datum.a < a_extent[1]"}],"#
            + #""mark":"point","encoding":{"x":{"field":"s","type":"quantitative"}}}"#)
        #expect(v[0].table.rows.map { $0["s"].number } == [0, 0.25])
        let mark = Self.failure(#"{"data":{"values":[{"a":2}]},"transform":[{"extent":"a","param":"e"}],"#
            + #""mark":{"type":"point","size":{"expr":"e[1]"}},"encoding":{"x":{"field":"a","type":"quantitative"}}}"#)
        #expect(mark?.message.contains("\"e\" is set from the data") == true)
    }

    @Test("a Vega theme colours a quantitative field with Vega's ramp (blues) where vega-themes sets none; the house style keeps its own")
    func vegaThemeRamp() throws {
        func top(_ style: String) throws -> Color? {
            let scene = try inlineScene(#"{"style":""# + style + #"","data":{"values":[{"k":"a","v":1},{"k":"b","v":9}]},"mark":"bar","#
                + #""encoding":{"x":{"field":"k","type":"nominal"},"y":{"field":"v","type":"quantitative"},"color":{"field":"v","type":"quantitative"}}}"#)
            return scene.rects(.mark).max { $0.rect.height < $1.rect.height }?.fill
        }
        #expect(try top("excel") == Color(hex: "#0a4a90"))
        #expect(try top("briefing") == Color(hex: "#12436D"))
    }
}
