/// Writes numbers into SVG attributes: at most three decimals (a thousandth of a point,
/// far below a pixel), no trailing zeros, no exponent and no `-0`, so the same scene
/// always gives the same bytes.
enum SVGNumber {
    static func format(_ value: Double) -> String {
        let thousandths = (value * 1000).rounded()
        guard thousandths.isFinite, abs(thousandths) < 1e15 else { return "0" }
        var n = Int64(thousandths)
        if n == 0 { return "0" }
        let negative = n < 0
        if negative { n = -n }
        let whole = n / 1000
        var fraction = n % 1000
        var text = String(whole)
        if fraction != 0 {
            var digits = 3
            while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
            let s = String(fraction)
            text += "." + String(repeating: "0", count: digits - s.count) + s
        }
        return negative ? "-" + text : text
    }
}
