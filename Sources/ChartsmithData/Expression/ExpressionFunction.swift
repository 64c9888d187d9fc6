/// The Vega expression functions Chartsmith evaluates, by their Vega names, with how
/// many arguments each takes; plus the Vega functions it refuses or lacks, so that
/// errors can say why.
enum ExpressionFunction: String, Sendable, CaseIterable {
    // Type checks
    case isArray, isBoolean, isDate, isDefined, isNumber, isObject, isRegExp, isString, isValid
    // Type coercion
    case toBoolean, toDate, toNumber, toString
    // Control flow
    case `if`
    // Math
    case isNaN, isFinite, abs, acos, asin, atan, atan2, ceil, clamp, cos, exp, floor, log, max, min
    case pow, round, sin, sqrt, tan
    // Dates and times (always UTC: the local-time names behave as their utc twins)
    case datetime, utc, time, timezoneoffset
    case year, quarter, month, week, date, dayofyear, day, hours, minutes, seconds, milliseconds
    case utcyear, utcquarter, utcmonth, utcweek, utcdate, utcdayofyear, utcday
    case utchours, utcminutes, utcseconds, utcmilliseconds
    // Arrays and strings
    case length, join, indexof, lastindexof, slice, reverse, peek, extent, span, clampRange, inrange
    case parseFloat, parseInt, upper, lower, trim, substring, split, replace, pad, truncate
    // Formatting
    case format, timeFormat, utcFormat
    case monthFormat, monthAbbrevFormat, dayFormat, dayAbbrevFormat
    // Random numbers, from a seeded generator, in `calculate` and `filter` transforms only
    case random, sampleUniform, sampleNormal, sampleLogNormal
    // Probability distributions (``Distributions``)
    case densityNormal, cumulativeNormal, quantileNormal
    case densityLogNormal, cumulativeLogNormal, quantileLogNormal
    case densityUniform, cumulativeUniform, quantileUniform

    /// The least and greatest number of arguments (nil: any number).
    var arity: (min: Int, max: Int?) {
        switch self {
        case .if, .clamp, .clampRange, .replace: return (3, 3)
        case .atan2, .pow, .indexof, .lastindexof, .format, .timeFormat, .utcFormat: return (2, 2)
        case .max, .min: return (0, nil)
        case .random: return (0, 0)
        case .sampleUniform, .sampleNormal, .sampleLogNormal: return (0, 2)
        case .densityNormal, .cumulativeNormal, .quantileNormal, .densityLogNormal, .cumulativeLogNormal,
             .quantileLogNormal, .densityUniform, .cumulativeUniform, .quantileUniform: return (1, 3)
        case .datetime: return (1, 7)
        case .utc: return (1, 7)
        case .join, .parseInt: return (1, 2)
        case .slice, .substring, .split: return (2, 3)
        case .inrange, .pad, .truncate: return (2, 4)
        default: return (1, 1)
        }
    }

    /// "1 argument", "2 or 3 arguments", "at least 1 argument".
    var arityDescription: String {
        let (lo, hi) = arity
        func noun(_ n: Int) -> String { n == 1 ? "argument" : "arguments" }
        guard let hi else { return "at least \(lo) \(noun(lo))" }
        if lo == hi { return "\(lo) \(noun(lo))" }
        if hi == lo + 1 { return "\(lo) or \(hi) \(noun(hi))" }
        return "\(lo) to \(hi) \(noun(hi))"
    }

    /// Vega functions refused because their results would change from one rendering
    /// to the next, with the reason.
    static let refused: [String: String] = [
        "now": "now() is not allowed: it would make the chart depend on when it is drawn",
    ]

    /// Whether the function draws random numbers (``ExpressionRandom``).
    var isRandom: Bool {
        switch self {
        case .random, .sampleUniform, .sampleNormal, .sampleLogNormal: return true
        default: return false
        }
    }

    /// Why a random function is refused where it is not in a transform.
    var randomOutsideTransform: String {
        "\(rawValue)() is allowed only in a calculate or filter transform, where Chartsmith draws it from a seeded generator so the chart comes out the same every time; here it would change from one drawing to the next"
    }

    /// JavaScript functions people reach for that Vega lacks: what to write instead,
    /// as a message and (when there is one) the Vega function to suggest.
    static let alternatives: [String: (message: String, suggestion: String?)] = [
        "sign": ("Vega has no sign(); write (x > 0) - (x < 0)", nil),
        "log10": ("Vega has no log10(); write log(x) / LN10", nil),
        "log2": ("Vega has no log2(); write log(x) / LN2", nil),
        "trunc": ("Vega has no trunc(); write x < 0 ? ceil(x) : floor(x)", nil),
        "includes": ("Vega has no includes(); write indexof(text, part) >= 0", "indexof"),
        "startsWith": ("Vega has no startsWith(); write indexof(text, start) == 0", "indexof"),
        "endsWith": ("Vega has no endsWith(); compare slice(text, -length(end)) with it", "slice"),
        "toUpperCase": ("unknown function \"toUpperCase\"", "upper"),
        "toLowerCase": ("unknown function \"toLowerCase\"", "lower"),
        "substr": ("unknown function \"substr\"", "substring"),
        "toFixed": ("Vega has no toFixed(); write format(x, '.2f')", "format"),
        "Number": ("unknown function \"Number\"", "toNumber"),
        "String": ("unknown function \"String\"", "toString"),
        "Boolean": ("unknown function \"Boolean\"", "toBoolean"),
        "Date": ("unknown function \"Date\"", "datetime"),
    ]

    /// Vega functions that exist but that Chartsmith does not evaluate (they need
    /// regular expressions, objects, colours, scales, signals, views or data sets).
    static let unsupported: Set<String> = [
        "regexp", "test", "merge", "pluck", "zip", "sort", "sequence", "lerp", "flush",
        "rgb", "hsl", "lab", "hcl", "luminance", "contrast",
        "scale", "invert", "range", "domain", "bandwidth", "bandspace", "copy", "gradient",
        "data", "indata", "setdata", "modify", "encode", "vlSelectionTest", "vlSelectionResolve",
        "vlSelectionIdTest", "inScope", "intersect", "geoArea", "geoBounds", "geoCentroid", "geoShape",
        "pathShape", "treePath", "treeAncestors", "warn", "info", "debug", "containerSize", "screen",
        "windowSize", "pinchDistance", "pinchAngle", "panLinear", "panLog", "panPow", "panSymlog",
        "zoomLinear", "zoomLog", "zoomPow", "zoomSymlog", "timeOffset", "timeSequence", "utcOffset",
        "utcSequence", "timeUnitSpecifier", "timeParse", "utcParse", "isTuple",
    ]
}
