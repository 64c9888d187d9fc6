import ArgumentParser
import Chartsmith

/// `--limit NAME=VALUE` (repeatable): the safety limits of ``RenderLimits``, shared by the
/// commands that render.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("limit"), parsing: .singleValue,
            help: ArgumentHelp("Change a safety limit (repeatable). Names: "
                               + RenderLimits.optionNames.map(\.name).joined(separator: ", ") + ".",
                               valueName: "name=value"))
    var settings: [String] = []

    /// The limits in force: the defaults with every `--limit` applied.
    func limits() throws -> RenderLimits {
        do { return try RenderLimits().overriding(settings) } catch { throw ValidationError(error.description) }
    }

    /// Checks a `--scale` against the scale limit in force.
    func validate(scale: Double?) throws {
        guard let scale else { return }
        let maxScale = try limits().maxScale
        guard scale > 0, scale <= maxScale, scale.isFinite else {
            throw ValidationError("--scale must be more than 0 and at most \(String(format: "%g", maxScale))"
                                  + " (got \(String(format: "%g", scale))); --limit scale=N changes the limit")
        }
    }
}
