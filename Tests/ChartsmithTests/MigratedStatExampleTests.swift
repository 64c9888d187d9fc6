import Chartsmith
import ChartsmithScene
import Foundation
import Testing

/// The official regression and binned-heatmap examples, migrated to Vega-Lite 5 and to the
/// field names of `data/movies.json` (`MANIFEST.md`), against values computed here from
/// the data: the regression's R² label, the radial histogram's slices, and the heatmap's
/// `config.range.heatmap` scheme.
@Suite("Migrated statistical examples")
struct MigratedStatExampleTests {
    struct Movie: Decodable {
        let imdb: Double?
        let tomatoes: Double?
        enum CodingKeys: String, CodingKey {
            case imdb = "IMDB Rating"
            case tomatoes = "Rotten Tomatoes Rating"
        }
    }

    static func movies() throws -> [Movie] {
        let url = VegaLiteFixtureTests.folder.appendingPathComponent("data/movies.json")
        return try JSONDecoder().decode([Movie].self, from: Data(contentsOf: url))
    }

    @Test("layer_point_line_regression labels the linear fit with its R², computed here by least squares")
    func regressionRSquared() throws {
        let pts = try Self.movies().compactMap { m -> (Double, Double)? in
            guard let x = m.tomatoes, let y = m.imdb else { return nil }
            return (x, y)
        }
        let n = Double(pts.count)
        let mx = pts.map(\.0).reduce(0, +) / n, my = pts.map(\.1).reduce(0, +) / n
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for (x, y) in pts { sxy += (x - mx) * (y - my); sxx += (x - mx) * (x - mx); syy += (y - my) * (y - my) }
        let r2 = sxy * sxy / (sxx * syy)
        let scene = try VegaAgreementTests.fixture("layer_point_line_regression")
        let label = try #require(scene.texts.first { $0.text.hasPrefix("R²: ") })
        #expect(label.text == "R²: " + String(format: "%.2f", r2))
        // The fitted line is drawn in firebrick, rising from left to right.
        let line = try #require(scene.paths(.mark).first { $0.stroke?.color == Color(hex: "#b22222") })
        let pts2 = line.path.points
        #expect(pts2.count >= 2 && pts2.last!.x > pts2.first!.x && pts2.last!.y < pts2.first!.y)
    }

    @Test("arc_radial_histogram draws one slice per non-empty bin of IMDB Rating, counted here")
    func radialHistogram() throws {
        // Vega's bins for [1.4, 9.2] with 10 bins at most: step 1 from 1 to 10.
        var counts: [Int: Int] = [:]
        for m in try Self.movies() { if let r = m.imdb { counts[min(9, Int(r.rounded(.down))), default: 0] += 1 } }
        let scene = try VegaAgreementTests.fixture("arc_radial_histogram")
        #expect(scene.paths(.mark).count == counts.count)
        let labels = Set(scene.texts(.markLabel).map(\.text))
        #expect(labels == Set(counts.keys.map { "\($0) – \($0 + 1)" }), "\(labels)")
        #expect(try !VegaAgreementTests.warnings("arc_radial_histogram").contains { $0.contains("null") })
    }

    @Test("rect_binned_heatmap takes config.range.heatmap's scheme: the fullest cell is greenblue's last colour")
    func heatmapScheme() throws {
        let scene = try VegaAgreementTests.fixture("rect_binned_heatmap")
        let cells = scene.rects(.mark)
        // One cell per non-empty pair of bins, counted here: Vega's bins for at most 60 over
        // IMDB's [1.4, 9.2] step 0.2, for at most 40 over Rotten Tomatoes' [1, 100] step 5.
        var pairs = Set<[Int]>()
        for m in try Self.movies() {
            guard let x = m.imdb, let y = m.tomatoes else { continue }
            pairs.insert([Int((x / 0.2 + 1e-9).rounded(.down)), min(19, Int((y / 5).rounded(.down)))])
        }
        #expect(cells.count == pairs.count)
        // The darkest cell (the largest count) is the end of Vega's greenblue scheme.
        let darkest = try #require(cells.compactMap(\.fill).min { ($0.red + $0.green + $0.blue) < ($1.red + $1.green + $1.blue) })
        let end = try #require(Color(hex: "#0b60a1"))
        #expect(abs(darkest.red - end.red) < 1e-6 && abs(darkest.green - end.green) < 1e-6 && abs(darkest.blue - end.blue) < 1e-6, "\(darkest)")
        // A scheme Chartsmith does not know is a located error with a suggestion.
        #expect { try VegaAgreementTests.scene(#"{"data": {"values": [{"a": 1, "b": 2}]}, "mark": "rect", "encoding": {"x": {"field": "a", "type": "ordinal"}, "y": {"field": "b", "type": "ordinal"}, "color": {"aggregate": "count", "type": "quantitative"}}, "config": {"range": {"heatmap": {"scheme": "greenblu"}}}}"#) } throws: {
            "\($0)".contains("greenblue")
        }
    }
}
