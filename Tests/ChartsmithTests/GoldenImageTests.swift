import Chartsmith
import ChartsmithRender
import Foundation
import Testing

/// Compares PNG renderings of the examples with recorded goldens, reading both back
/// through Cairo. Set `CHARTSMITH_RECORD_GOLDENS=1` to record them anew; on a mismatch a
/// diff image (differing pixels in red) is written beside the test's temporary output.
@Suite("Golden images")
struct GoldenImageTests {
    static let goldens = repositoryRoot.appendingPathComponent("Tests/ChartsmithTests/Goldens")
    static let names = ["offences-2010-stacked", "offences-2010-horizontal", "share-cautioned-2010", "totals-2003-2010"]

    @Test("each example matches its golden within a small pixel tolerance", arguments: names)
    func matchesGolden(name: String) throws {
        let renderer = ChartRenderer()
        let scene = try renderer.scene(forSpecAt: repositoryRoot.appendingPathComponent("Examples/\(name).json"))
        let png = try renderer.draw(scene, as: .png)
        let goldenURL = Self.goldens.appendingPathComponent("\(name).png")
        if ProcessInfo.processInfo.environment["CHARTSMITH_RECORD_GOLDENS"] == "1" {
            try Data(png).write(to: goldenURL)
            return
        }
        let actual = try RasterImage(png: png)
        let golden = try RasterImage(contentsOf: goldenURL)
        let diff = actual.compare(to: golden, channelTolerance: 16)
        // Allow a few anti-aliasing differences (0.1% of pixels), nothing more.
        let ok = diff.sizesMatch && Double(diff.differingPixels) <= Double(diff.pixelCount) * 0.001
        if !ok {
            let folder = try temporaryFolder("golden-\(name)")
            try Data(png).write(to: folder.appendingPathComponent("actual.png"))
            try actual.writeDifferenceImage(against: golden, channelTolerance: 16, to: folder.appendingPathComponent("diff.png"))
            Issue.record("\(name) differs from its golden: \(diff); see \(folder.path)")
        }
    }
}
