import ChartsmithData
import ChartsmithSpec

/// Parses every expression a spec's transforms and conditions hold before any data is
/// loaded, so a mistake in one is reported where it was written
/// (`spec.json:7:18: transform[1].calculate: not a valid expression: ...`), not as a bare
/// message from the data stage.
public enum ExpressionCheck {
    /// Throws a ``Diagnostic`` for the first expression that does not parse.
    public static func check(_ spec: ChartSpec) throws {
        try check(spec.transforms, sources: spec.transformSources)
        try check(spec.encoding)
        for layer in spec.layers {
            try check(layer.transforms, sources: layer.transformSources)
            try check(layer.encoding)
        }
    }

    static func check(_ transforms: [Transform], sources: [SourcePosition]) throws {
        // An extent transform's parameter, read by the transforms after it, parses as a pair.
        var params = ExtentParams()
        for (i, t) in transforms.enumerated() {
            let at = i < sources.count ? sources[i] : nil
            if case .extent(_, let p) = t { params.declare(p) }
            switch params.resolve(t) {
            case .calculate(let source, _):
                try parse(source, location: at?.location, path: at?.path.appending("calculate"), seeded: true)
            case .filter(let p):
                try check(p, location: at?.location, path: at?.path.appending("filter"), seeded: true)
            default:
                break
            }
        }
    }

    static func check(_ encoding: Encoding) throws {
        for (_, defs) in encoding.channels.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            for def in defs {
                for c in def.conditions {
                    try check(c.test, location: def.location, path: def.path?.appending("condition"))
                }
            }
        }
    }

    /// - Parameter seeded: whether random functions may appear (a `filter` transform's
    ///   predicate, not a channel condition's test).
    static func check(_ p: FilterPredicate, location: SourceLocation?, path: JSONPath?, seeded: Bool = false) throws {
        switch p {
        case .expression(let source): try parse(source, location: location, path: path, seeded: seeded)
        case .timeUnit(_, let inner), .not(let inner): try check(inner, location: location, path: path, seeded: seeded)
        case .and(let all), .or(let all): for q in all { try check(q, location: location, path: path, seeded: seeded) }
        default: break
        }
    }

    static func parse(_ source: String, location: SourceLocation?, path: JSONPath?, seeded: Bool = false) throws {
        do {
            _ = try ChartsmithData.Expression(source, randomSeed: seeded ? "" : nil)
        } catch {
            throw Diagnostic(message: "not a valid expression: \(error)", location: location, path: path)
        }
    }
}
