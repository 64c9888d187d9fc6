import ChartsmithFormat
import ChartsmithSpec

/// Writes a facet group's value as its header shows it: through the header's `format`
/// (a d3 number format, or a time format for dates or `formatType` "time"/"utc"), then its
/// `labelExpr` over `datum.label` and `datum.value`.
struct HeaderLabel {
    let number: NumberFormat?
    let time: TimeFormat?
    let expression: Expression?

    /// `formatType` "time" or "utc": numbers are timestamps.
    let numbersAreTimes: Bool

    init(_ h: HeaderSpec) throws {
        numbersAreTimes = h.formatType == "time" || h.formatType == "utc"
        var number: NumberFormat? = nil, time: TimeFormat? = nil
        if let f = h.labelFormat {
            if numbersAreTimes {
                time = TimeFormat(f)
            } else if h.formatType == "number" {
                do { number = try NumberFormat(f) } catch {
                    throw DataError(message: "the facet header's format \"\(f)\" is not a d3 number format: \(error)")
                }
            } else {
                // Without a formatType the format fits the values: numbers or dates.
                number = try? NumberFormat(f)
                time = f.contains("%") ? TimeFormat(f) : nil
            }
        }
        self.number = number
        self.time = time
        do { expression = try h.labelExpr.map { try Expression($0) } } catch {
            throw DataError(message: "the facet header's labelExpr: \(error)")
        }
    }

    /// The header text of one group value.
    func text(_ v: Value) -> String {
        var label = v.text
        switch v {
        case .date(let ms): if let time { label = time.format(ms) }
        case .number(let n):
            if numbersAreTimes, let time { label = time.format(n) } else if let number { label = number.format(n) }
        default: break
        }
        guard let expression else { return label }
        let out = expression.evaluate(Row(["label": .string(label), "value": v]))
        return out.isNull ? "" : out.text
    }
}
