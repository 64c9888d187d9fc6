import ChartsmithData
import ChartsmithSpec

extension ChannelDef {
    /// One value of this channel's explicit scale `domain` as the data holds it, converted
    /// as Vega-Lite converts a domain (`valueExpr` in its channeldef.ts): on a temporal field
    /// or one with a time unit, a DateTime object is that date; a number below 10,000 or a
    /// string that is not a date, on a single local unit (`year`, `month`...), is that unit's
    /// value (`[2001, 2017]` on `year(d)` are the years 2001 and 2017, `[6, 7, 8]` on
    /// `month(d)` June to August); any other number or string is read as a date. Other
    /// fields' values are taken as they are.
    func domainValue(_ v: InlineValue, channel: Channel) -> Value {
        let unit = timeUnit
        guard unit != nil || effectiveType(for: channel) == .temporal else { return Value.from(v) }
        if let ms = DateTimeObject.milliseconds(v) { return .date(ms) }
        if let unit, unit.components.count == 1, !unit.utc, DateTimeObject.keys.contains(unit.components[0].rawValue) {
            let key = unit.components[0].rawValue
            switch v {
            case .number(let n) where n < 10_000:
                if let ms = DateTimeObject.milliseconds(.object([key: v], keys: [key])) { return .date(ms) }
            case .string(let s) where Coercion.date(.string(s)) == nil:
                if let ms = DateTimeObject.milliseconds(.object([key: v], keys: [key])) { return .date(ms) }
            default: break
            }
        }
        switch v {
        case .number, .string: return Coercion.date(Value.from(v)).map { .date($0) } ?? Value.from(v)
        default: return Value.from(v)
        }
    }

    /// The explicit scale `domain`, each value as ``domainValue(_:channel:)`` converts it.
    func explicitDomain(channel: Channel) -> [Value]? {
        scale?.domain.map { $0.map { domainValue($0, channel: channel) } }
    }
}
