import Chartsmith
import ChartsmithSpec
import Foundation

/// Data transforms with size-amplifying parameters, as the fuzzer runs them: the input
/// becomes a spec (``TransformSpecWriter``) that goes through the real pipeline (decode,
/// load, every transform, lay out, draw a small PNG) under the **default** limits.
///
/// Every input must render or be rejected with a ``ChartsmithError`` naming the spec; a
/// crash, a sanitizer report, a run past libFuzzer's `-timeout` or past `-rss_limit_mb` is a
/// finding: some transform allocated or computed beyond what the limits promise.
enum TransformHarness {
    enum Outcome: Equatable {
        case rendered
        case rejected(String)
    }

    /// The name errors must mention.
    static let specName = "fuzz-transforms.json"

    static let pipeline = ChartPipeline()

    static let folder = FileManager.default.temporaryDirectory

    static func run(_ input: [UInt8]) -> Outcome {
        run(spec: TransformSpecWriter.spec(input))
    }

    static func run(spec text: String) -> Outcome {
        RenderLimits().apply {
            do {
                let spec = try SpecDecoder().decode(Array(text.utf8), file: specName)
                let chart = try pipeline.chart(for: spec, baseFolder: folder, file: specName)
                _ = try pipeline.draw(chart.scene, as: .png, scale: 0.25)
                return .rendered
            } catch let e as ChartsmithError {
                check(e.description, text)
                return .rejected(e.description)
            } catch let d as Diagnostic {
                check(d.description, text)
                return .rejected(d.description)
            } catch {
                return .rejected("\(error)")
            }
        }
    }

    /// An error message must name the spec and say something.
    static func check(_ message: String, _ spec: String) {
        guard message.contains(specName), message.count > specName.count + 4 else {
            fatalError("error message does not name the spec: \(message)\nspec: \(spec)")
        }
    }
}
