import ChartsmithFormat

extension ExpressionFunction {
    /// Applies the function to its evaluated arguments. Absent optional arguments (and
    /// undefined ones) are nil, which some functions treat differently from null.
    /// `if` is handled by the evaluator, which evaluates only the branch taken.
    @inline(never)
    func apply(_ args: [ExpressionValue]) -> ExpressionValue {
        let a = args.first ?? .null
        func at(_ i: Int) -> ExpressionValue { i < args.count ? args[i] : .null }
        func optional(_ i: Int) -> ExpressionValue? {
            guard i < args.count, case let v = args[i], !v.isUndefined else { return nil }
            return v
        }
        switch self {
        case .isArray, .isBoolean, .isDate, .isDefined, .isNumber, .isObject, .isRegExp, .isString, .isValid,
             .isNaN, .isFinite:
            return .bool(TypeFunctions.check(self, a))
        case .toBoolean: return TypeFunctions.toBoolean(a)
        case .toDate: return TypeFunctions.toDate(a)
        case .toNumber: return TypeFunctions.toNumber(a)
        case .toString: return TypeFunctions.toString(a)
        case .if: return a.isTruthy ? at(1) : at(2)
        case .random: return .number(ExpressionRandom.current?.next() ?? .nan)
        case .sampleUniform:
            return .number(ExpressionRandom.current?.uniform(optional(0)?.jsNumber, optional(1)?.jsNumber) ?? .nan)
        case .sampleNormal, .sampleLogNormal:
            guard let n = ExpressionRandom.current?.normal(optional(0)?.jsNumber, optional(1)?.jsNumber) else {
                return .number(.nan)
            }
            return .number(self == .sampleNormal ? n : MathFunctions.unary(.exp, n))
        case .densityNormal, .cumulativeNormal, .quantileNormal, .densityLogNormal, .cumulativeLogNormal,
             .quantileLogNormal, .densityUniform, .cumulativeUniform, .quantileUniform:
            return .number(distribution(a.jsNumber, optional(1), optional(2)))

        case .abs, .acos, .asin, .atan, .ceil, .cos, .exp, .floor, .log, .round, .sin, .sqrt, .tan:
            return .number(MathFunctions.unary(self, a.jsNumber))
        case .atan2: return .number(MathFunctions.atan2(a.jsNumber, at(1).jsNumber))
        case .pow: return .number(MathFunctions.pow(a.jsNumber, at(1).jsNumber))
        case .max: return .number(MathFunctions.max(args.map(\.jsNumber)))
        case .min: return .number(MathFunctions.min(args.map(\.jsNumber)))
        case .clamp:
            return .number(MathFunctions.max([at(1).jsNumber, MathFunctions.min([at(2).jsNumber, a.jsNumber])]))

        case .datetime: return DateFunctions.datetime(args)
        case .utc: return .number(DateFunctions.utc(args))
        case .time: return .number(JSDates.time(a))
        case .timezoneoffset: return .number(JSDates.time(a).isNaN ? .nan : 0)
        case .year, .utcyear, .quarter, .utcquarter, .month, .utcmonth, .week, .utcweek, .date, .utcdate,
             .dayofyear, .utcdayofyear, .day, .utcday, .hours, .utchours, .minutes, .utcminutes,
             .seconds, .utcseconds, .milliseconds, .utcmilliseconds:
            return .number(DateFunctions.field(self, of: JSDates.time(a)))

        case .length: return TextFunctions.length(a)
        case .join: return TextFunctions.join(a, separator: optional(1))
        case .indexof: return TextFunctions.indexOf(a, at(1), last: false)
        case .lastindexof: return TextFunctions.indexOf(a, at(1), last: true)
        case .slice: return TextFunctions.slice(a, start: at(1), end: optional(2))
        case .reverse:
            if case .array(let items) = a { return .array(items.reversed()) }
            return .undefined
        case .peek: return TextFunctions.peek(a)
        case .extent: return TextFunctions.extent(a)
        case .span: return TextFunctions.span(a)
        case .clampRange: return TextFunctions.clampRange(a, at(1).jsNumber, at(2).jsNumber)
        case .inrange: return .bool(TextFunctions.inrange(a, at(1), left: optional(2), right: optional(3)))
        case .parseFloat: return .number(JavaScriptNumber.parseFloat(a.jsString))
        case .parseInt: return .number(JavaScriptNumber.parseInt(a.jsString, radix: optional(1).map(\.jsNumber)))
        case .upper: return .string(a.jsString.uppercased())
        case .lower: return .string(a.jsString.lowercased())
        case .trim: return .string(a.jsString.trimmingJavaScriptWhitespace())
        case .substring: return TextFunctions.substring(a.jsString, start: at(1), end: optional(2))
        case .split: return TextFunctions.split(a.jsString, separator: optional(1), limit: optional(2))
        case .replace: return TextFunctions.replace(a.jsString, pattern: at(1).jsString, with: at(2).jsString)
        case .pad: return TextFunctions.pad(a, length: at(1), character: optional(2), align: optional(3))
        case .truncate: return TextFunctions.truncate(a, length: at(1), align: optional(2), ellipsis: optional(3))

        case .format: return FormatFunctions.format(a, specifier: at(1))
        case .timeFormat, .utcFormat: return FormatFunctions.timeFormat(a, specifier: at(1))
        case .monthFormat: return .string(FormatFunctions.name(a, in: JSDates.monthNames, abbreviated: false))
        case .monthAbbrevFormat: return .string(FormatFunctions.name(a, in: JSDates.monthNames, abbreviated: true))
        case .dayFormat: return .string(FormatFunctions.name(a, in: JSDates.weekdayNames, abbreviated: false))
        case .dayAbbrevFormat: return .string(FormatFunctions.name(a, in: JSDates.weekdayNames, abbreviated: true))
        }
    }
}
