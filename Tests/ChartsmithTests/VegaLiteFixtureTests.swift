import ChartsmithData
import ChartsmithLayout
import ChartsmithRender
import ChartsmithScene
import ChartsmithSpec
import Foundation
import Testing

/// The official Vega-Lite example specs in `Fixtures/vega-lite` (unedited, with their data
/// beside them): each renders a chart with marks, or fails with a message that names the
/// Vega-Lite feature Chartsmith does not support. Nothing crashes and nothing fails silently.
@Suite("Vega-Lite example specs")
struct VegaLiteFixtureTests {
    static let folder = repositoryRoot.appendingPathComponent("Tests/ChartsmithTests/Fixtures/vega-lite")

    static var fixtures: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".vl.json") }
            .map { String($0.dropLast(".vl.json".count)) }
            .sorted()
    }

    /// Fixtures that use features Chartsmith does not support, with a fragment the error
    /// message must contain (the feature's name).
    static let unsupported: [String: String] = [
        "area_params": "parameters and selections (\"params\")",
        "concat_layer_voyager_result": "concatenated views (\"vconcat\")",
        "interactive_area_brush": "parameters and selections (\"params\")",
        "interactive_bar_select_highlight": "parameters and selections (\"params\")",
        "interactive_legend": "parameters and selections (\"params\")",
        "interactive_line_hover": "conditions on selections (\"param\")",
        "layer_dual_axis": "independent scales and axes (\"resolve\")",
        "line_encoding_impute_keyvals": "imputation (\"impute\")",
        "line_shape_overlay": "the \"shape\" channel",
        "trellis_area": "faceting (\"row\")",
        "trellis_bar_histogram": "faceting (\"row\")",
    ]

    /// Decodes, prepares and lays out a fixture; throws the user-facing error.
    static func scene(_ name: String) throws -> Scene {
        let url = folder.appendingPathComponent(name + ".vl.json")
        do {
            let spec = try SpecDecoder().decode(contentsOf: url)
            let views = try ViewPreparation.prepare(spec, loader: DataLoader(baseFolder: folder))
            let scene = try ChartLayout(theme: .briefing, measurer: PangoTextMeasurer.shared).layout(spec, views: views)
            if let out = ProcessInfo.processInfo.environment["CHARTSMITH_FIXTURE_OUT"] {
                let png = try CairoRenderer().render(scene, as: .png, scale: 1)
                try Data(png).write(to: URL(fileURLWithPath: out).appendingPathComponent(name + ".png"))
            }
            return scene
        } catch let d as Diagnostic {
            throw FixtureFailure(message: d.description)
        } catch {
            throw FixtureFailure(message: "\(error)")
        }
    }

    struct FixtureFailure: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    @Test("every fixture renders marks, or fails naming the unsupported feature", arguments: fixtures)
    func fixture(_ name: String) throws {
        if let fragment = Self.unsupported[name] {
            do {
                _ = try Self.scene(name)
                Issue.record("\(name) rendered, but was expected to fail naming \(fragment)")
            } catch {
                let message = "\(error)"
                #expect(message.contains("not supported by Chartsmith"), "\(name): \(message)")
                #expect(message.contains(fragment), "\(name): \(message)")
            }
            return
        }
        let scene = try Self.scene(name)
        let marks = scene.rects(.mark).count + scene.paths(.mark).count + scene.texts(.markLabel).count
        #expect(marks > 0, "\(name) drew no marks")
        #expect(scene.width > 0 && scene.height > 0)
    }
}
