import Chartsmith
import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// `quantize`, `quantile` and `threshold` scales cut a quantitative field as d3-scale cuts
/// it, take Vega's colours and sizes, and are keyed as Vega keys them: a discrete gradient
/// (blocks labelled at the cuts) for a colour alone, a symbol legend of ranges ("< 37",
/// "37 – 55", "≥ 73") when a size scale is in it. Every expected number and colour below
/// is Vega's own (vl-convert 1.9, Vega-Lite 5/6).
@Suite("Discretizing scales")
struct DiscretizingScaleTests {
    static let rows = zip("ABCDEFGHI", [28, 55, 43, 91, 81, 53, 19, 87, 52])
        .map { #"{"a": "\#($0)", "b": \#($1)}"# }.joined(separator: ", ")

    func chart(color: String? = nil, size: String? = nil, mark: String = #"{"type": "circle", "opacity": 1}"#) throws -> RenderedChart {
        let enc = [#""y": {"field": "a", "type": "nominal"}"#, color.map { #""color": \#($0)"# }, size.map { #""size": \#($0)"# }]
            .compactMap { $0 }.joined(separator: ", ")
        return try TestPipeline.chart(#"{"data": {"values": [\#(Self.rows)]}, "mark": \#(mark), "encoding": {\#(enc)}}"#)
    }

    /// Each mark's fill, by its row's value of b (marks drawn in row order), as Vega's
    /// `rgb(r, g, b)` when within one 8-bit step of `vega` (the schemes' colour lists are
    /// blended alike; a last-digit rounding may differ), else as drawn.
    func fills(_ c: RenderedChart, like vega: [String]) -> [Int: String] {
        let values = [28, 55, 43, 91, 81, 53, 19, 87, 52]
        var out: [Int: String] = [:]
        for (v, m) in zip(values, c.scene.paths(.mark)) {
            guard let f = m.fill else { continue }
            let mine = [f.red, f.green, f.blue].map { Int(($0 * 255).rounded()) }
            out[v] = vega.first { Self.channels($0).map { zip($0, mine).allSatisfy { abs($0 - $1) <= 1 } } ?? false }
                ?? "rgb(\(mine[0]), \(mine[1]), \(mine[2]))"
        }
        return out
    }

    static func channels(_ rgb: String) -> [Int]? {
        let n = rgb.dropFirst(4).dropLast().split(separator: ",").compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        return n.count == 3 ? n : nil
    }

    @Test("quantile: cuts at d3's R-7 quantiles of every value; magma sampled at i/6")
    func quantile() throws {
        let c = try chart(color: #"{"field": "b", "type": "quantitative", "scale": {"type": "quantile", "scheme": "magma"}}"#)
        let f = fills(c, like: ["rgb(44, 17, 96)", "rgb(114, 31, 129)", "rgb(182, 55, 122)", "rgb(241, 96, 93)", "rgb(254, 175, 120)"])
        #expect(f[19] == "rgb(44, 17, 96)" && f[28] == "rgb(44, 17, 96)")
        #expect(f[43] == "rgb(114, 31, 129)" && f[52] == "rgb(114, 31, 129)")
        #expect(f[53] == "rgb(182, 55, 122)")
        #expect(f[55] == "rgb(241, 96, 93)" && f[81] == "rgb(241, 96, 93)")
        #expect(f[87] == "rgb(254, 175, 120)" && f[91] == "rgb(254, 175, 120)")
        // The discrete gradient's labels: the quantiles 37, 52.2, 54.6, 83.4 at a step of 0.1
        // (52.2 and 54.6 lie 3% of the bar apart: labels that would overlap are thinned).
        let labels = c.scene.texts(.legendLabel).map(\.text)
        #expect(labels.first == "37.0" && labels.allSatisfy(["37.0", "52.2", "54.6", "83.4"].contains), "\(labels)")
        #expect(c.scene.rects(.legendSymbol).count == 5)
    }

    @Test("threshold: the given cuts, viridis at i/4, blocks widened by the mean gap")
    func threshold() throws {
        let c = try chart(color: #"{"field": "b", "type": "quantitative", "scale": {"type": "threshold", "domain": [30, 70], "scheme": "viridis"}}"#)
        let f = fills(c, like: ["rgb(59, 82, 139)", "rgb(33, 145, 141)", "rgb(93, 201, 99)"])
        #expect(f[28] == "rgb(59, 82, 139)" && f[43] == "rgb(33, 145, 141)" && f[55] == "rgb(33, 145, 141)" && f[81] == "rgb(93, 201, 99)")
        #expect(c.scene.texts(.legendLabel).map(\.text) == ["30", "70"])
        // Vega's labelFraction: from −10 to 110, so the blocks are 40, 40 and 40 of 120.
        let blocks = c.scene.rects(.legendSymbol).map(\.rect.height)
        #expect(blocks.count == 3)
        #expect(blocks.allSatisfy { abs($0 - blocks[0]) < 1e-9 }, "\(blocks)")
    }

    @Test("quantize: zero and nice widen the domain before the equal cuts; scheme count")
    func quantize() throws {
        let zero = try chart(color: #"{"field": "b", "type": "quantitative", "scale": {"type": "quantize", "zero": true, "scheme": "blues"}}"#)
        let f = fills(zero, like: ["rgb(134, 188, 220)", "rgb(91, 163, 207)", "rgb(56, 135, 192)", "rgb(27, 105, 173)"])
        // [0, 91] in five: cuts 18.2, 36.4, 54.6, 72.8.
        #expect(f[19] == "rgb(134, 188, 220)" && f[43] == "rgb(91, 163, 207)" && f[55] == "rgb(56, 135, 192)" && f[81] == "rgb(27, 105, 173)")
        #expect(zero.scene.texts(.legendLabel).map(\.text) == ["18", "36", "55", "73"])
        let nice = try chart(color: #"{"field": "b", "type": "quantitative", "scale": {"type": "quantize", "nice": true, "scheme": {"name": "reds", "count": 3}}}"#)
        let g = fills(nice, like: ["rgb(252, 147, 116)", "rgb(246, 87, 63)", "rgb(210, 35, 33)"])
        // [10, 100] in three: cuts 40 and 70.
        #expect(g[28] == "rgb(252, 147, 116)" && g[43] == "rgb(246, 87, 63)" && g[55] == "rgb(246, 87, 63)" && g[81] == "rgb(210, 35, 33)")
        #expect(nice.scene.texts(.legendLabel).map(\.text) == ["40", "70"])
    }

    @Test("a size legend lists the parts as ranges, its symbols coloured by the colour scale")
    func sizedRanges() throws {
        let c = try chart(color: #"{"field": "b", "type": "quantitative", "scale": {"type": "quantile"}, "legend": {"format": "d"}}"#,
                          size: #"{"field": "b", "type": "quantitative", "scale": {"type": "quantile", "range": [80, 160, 240, 320, 400]}}"#)
        #expect(c.scene.texts(.legendLabel).map(\.text) == ["< 37", "37 – 52", "52 – 55", "55 – 83", "≥ 83"])
        // Each symbol at its part's area: 80 … 400 square points.
        let widths = c.scene.paths(.legendSymbol).compactMap { $0.path.bounds?.width }
        let areas = widths.map { ($0 / 2) * ($0 / 2) * Double.pi }
        #expect(zip(areas, [80.0, 160, 240, 320, 400]).allSatisfy { abs($0 - $1) < 0.5 }, "\(areas)")
        // Quantize sizes: Vega-Lite's four sizes from 4 to the largest point, cut at 37, 55, 73.
        let q = try chart(size: #"{"field": "b", "type": "quantitative", "scale": {"type": "quantize"}}"#)
        #expect(q.scene.texts(.legendLabel).map(\.text) == ["< 37", "37 – 55", "55 – 73", "≥ 73"])
    }

    @Test("a threshold size with its range; marks sized by their part")
    func thresholdSize() throws {
        let c = try chart(size: #"{"field": "b", "type": "quantitative", "scale": {"type": "threshold", "domain": [30, 70], "range": [80, 200, 320]}}"#)
        #expect(c.scene.texts(.legendLabel).map(\.text) == ["< 30", "30 – 70", "≥ 70"])
        let values = [28, 55, 43, 91, 81, 53, 19, 87, 52]
        let areas = c.scene.paths(.mark).compactMap { $0.path.bounds.map { ($0.width / 2) * ($0.width / 2) * Double.pi } }
        for (v, a) in zip(values, areas) {
            let want = v < 30 ? 80.0 : v < 70 ? 200 : 320
            #expect(abs(a - want) < 0.5, "\(v): \(a)")
        }
    }

    @Test("a discretizing scale where Vega-Lite draws none, or a threshold without cuts, is a located error")
    func refused() throws {
        let onX = #"{"data": {"values": [{"b": 1}]}, "mark": "point", "encoding": {"x": {"field": "b", "type": "quantitative", "scale": {"type": "quantize"}}}}"#
        let e1 = try #require(throwing(onX))
        #expect(e1.contains("\"quantize\" scale on \"x\"") && e1.contains("encoding.x.scale.type"), "\(e1)")
        let noDomain = #"{"data": {"values": [{"b": 1}]}, "mark": "point", "encoding": {"color": {"field": "b", "type": "quantitative", "scale": {"type": "threshold"}}}}"#
        let e2 = try #require(throwing(noDomain))
        #expect(e2.contains("needs its thresholds"), "\(e2)")
        let nominal = #"{"data": {"values": [{"b": 1}]}, "mark": "point", "encoding": {"color": {"field": "b", "type": "nominal", "scale": {"type": "quantile"}}}}"#
        let e3 = try #require(throwing(nominal))
        #expect(e3.contains("needs a quantitative field"), "\(e3)")
    }

    /// The error's description when `json` fails, nil when it renders.
    func throwing(_ json: String) -> String? {
        do { _ = try TestPipeline.chart(json); return nil } catch { return "\(error)" }
    }
}
