import Chartsmith
import ChartsmithScene
import ChartsmithTestSupport
import Foundation

/// A measurer that makes every character half an em wide, so layout tests do not depend
/// on fonts.
struct FixedMeasurer: TextMeasurer {
    func measure(_ text: String, font: FontDescriptor) -> TextMetrics {
        TextMetrics(width: Double(text.count) * font.size * 0.5, ascent: font.size * 0.8, descent: font.size * 0.2)
    }
}

/// Builds the scene of an inline spec through the real pipeline (``TestPipeline``), with
/// text set by `measurer`.
func scene(_ json: String, measurer: TextMeasurer = FixedMeasurer()) throws -> Scene {
    try TestPipeline.scene(json, pipeline: ChartPipeline(measurer: measurer))
}

let seedValues = """
    [{"year": 2010, "offence": "Taking, making or distributing indecent images", "outcome": "Convicted", "offenders": 1246},
     {"year": 2010, "offence": "Taking, making or distributing indecent images", "outcome": "Cautioned", "offenders": 155},
     {"year": 2010, "offence": "Possessing indecent images", "outcome": "Convicted", "offenders": 165},
     {"year": 2010, "offence": "Possessing indecent images", "outcome": "Cautioned", "offenders": 215}]
    """
