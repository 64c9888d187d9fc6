import ChartsmithData
import ChartsmithLayout
import ChartsmithScene
import ChartsmithSpec
import Foundation

/// A measurer that makes every character half an em wide, so layout tests do not depend
/// on fonts.
struct FixedMeasurer: TextMeasurer {
    func measure(_ text: String, font: FontDescriptor) -> TextMetrics {
        TextMetrics(width: Double(text.count) * font.size * 0.5, ascent: font.size * 0.8, descent: font.size * 0.2)
    }
}

/// Builds the scene of an inline spec, through the same stages the renderer uses.
func scene(_ json: String, measurer: TextMeasurer = FixedMeasurer()) throws -> Scene {
    let spec = try SpecDecoder().decode(Array(json.utf8), file: "test.json")
    let loader = DataLoader(baseFolder: URL(fileURLWithPath: "/nonexistent"))
    let base = try Transforms.apply(spec.transforms, to: try spec.data.map { try loader.load($0) } ?? Table())
    var views: [PreparedView] = []
    if let mark = spec.mark {
        let sem = ViewSemantics(mark: mark, encoding: spec.encoding)
        views = [PreparedView(semantics: sem, table: try EncodingPipeline.prepare(base, view: sem))]
    } else {
        for layer in spec.layers {
            let sem = ViewSemantics(mark: layer.mark, encoding: layer.encoding.inheriting(from: spec.encoding))
            views.append(PreparedView(semantics: sem, table: try EncodingPipeline.prepare(base, view: sem)))
        }
    }
    return try ChartLayout(measurer: measurer).layout(spec, views: views)
}

let seedValues = """
    [{"year": 2010, "offence": "Taking, making or distributing indecent images", "outcome": "Convicted", "offenders": 1246},
     {"year": 2010, "offence": "Taking, making or distributing indecent images", "outcome": "Cautioned", "offenders": 155},
     {"year": 2010, "offence": "Possessing indecent images", "outcome": "Convicted", "offenders": 165},
     {"year": 2010, "offence": "Possessing indecent images", "outcome": "Cautioned", "offenders": 215}]
    """
