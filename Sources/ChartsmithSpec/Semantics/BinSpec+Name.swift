import ChartsmithFormat

extension BinSpec {
    /// The prefix Vega-Lite's `binToString` gives a binned field: "bin" and each parameter
    /// with its value (`bin_maxbins_10`, `bin_step_5_anchor_2`, `bin_maxbins_6_nice_false`),
    /// so bins of one field with different parameters are different fields. Vega-Lite
    /// lists the parameters in the spec's order; this lists them in a fixed order (maxbins,
    /// step, steps, anchor, base, divide, minstep, nice), and leaves out the extent, which
    /// a facet sets on its cells to bin them alike.
    public var fieldPrefix: String {
        var parts: [(String, String)] = []
        // Vega-Lite gives a bin without a step or maxbins the channel's maxbins (10 on x and y).
        if let m = maxbins ?? (step == nil ? 10 : nil) { parts.append(("maxbins", Self.text(m))) }
        if let s = step { parts.append(("step", Self.text(s))) }
        if let s = steps { parts.append(("steps", s.map(Self.text).joined(separator: ","))) }
        if let a = anchor { parts.append(("anchor", Self.text(a))) }
        if let b = base { parts.append(("base", Self.text(b))) }
        if let d = divide { parts.append(("divide", d.map(Self.text).joined(separator: ","))) }
        if let m = minstep { parts.append(("minstep", Self.text(m))) }
        if let n = nice { parts.append(("nice", n ? "true" : "false")) }
        // vega-util's varName: every character that is not a letter, digit or "_" becomes "_".
        let raw = "bin" + parts.map { "_\($0.0)_\($0.1)" }.joined()
        return String(raw.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") ? $0 : "_" })
    }

    private static func text(_ x: Double) -> String {
        x == x.rounded() && abs(x) < 1e15 ? String(Int64(x)) : javaScriptString(x)
    }
}
