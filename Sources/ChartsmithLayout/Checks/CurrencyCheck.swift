import Foundation
import ChartsmithFormat
import ChartsmithSpec

/// Warns when a number format asks for the currency symbol (`$` in a d3-format specifier)
/// under a locale whose currency is not the dollar: d3 draws the locale's own symbol, so
/// `"$,.0f"` under en-GB (the house style's locale) prints "£1,234", not "$1,234".
public enum CurrencyCheck {
    /// One warning per format whose `$` draws another symbol under `locale`, located at
    /// the channel that holds it, in the spec and its layers.
    public static func warnings(_ spec: ChartSpec, locale: String) -> [Diagnostic] {
        let drawn = Bridge.numberLocale(locale)
        let symbol = drawn.currencyPrefix + drawn.currencySuffix
        guard symbol != "$" else { return [] }
        var out: [Diagnostic] = []
        for encoding in [spec.encoding] + spec.layers.map(\.encoding) {
            for (channel, defs) in encoding.channels.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                for def in defs {
                    let numeric = def.timeUnit == nil && def.effectiveType(for: channel) == .quantitative
                    func check(_ specifier: String?, _ type: String?, _ keys: [String]) {
                        guard let specifier, type == "number" || (type == nil && numeric),
                              let parsed = try? FormatSpecifier(specifier), parsed.symbol == "$" else { return }
                        let shown = symbol.trimmingCharacters(in: .whitespaces)
                        let draws = shown.isEmpty ? "draws no currency symbol" : "draws \"\(shown)\""
                        out.append(Diagnostic(message: "format \"\(specifier)\" under locale \(locale) \(draws), not \"$\";"
                                              + " set config.locale to \"en-US\" for dollars, or use a literal prefix"
                                              + " (drop the \"$\" and label with \"'$' + datum.label\" in labelExpr)",
                                              location: def.location, path: keys.reduce(def.path) { $0?.appending($1) },
                                              severity: .warning))
                    }
                    check(def.format, def.formatType, ["format"])
                    if let a = def.axis { check(a.format, a.formatType, ["axis", "format"]) }
                    if let l = def.legend { check(l.format, l.formatType, ["legend", "format"]) }
                }
            }
        }
        return out
    }
}
