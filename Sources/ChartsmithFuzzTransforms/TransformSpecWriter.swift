/// Turns a fuzz input into the text of a Vega-Lite spec: a small inline dataset (or a
/// sequence), then a chain of up to eight transforms whose size-amplifying parameters
/// (fold width, impute key ranges, sequence lengths, bin counts, density steps, pivot
/// columns, window frames, regression orders) come from a table of extreme values.
///
/// The spec only names fields that exist or that an earlier transform made, more often than
/// not, so the chain reaches the transforms instead of stopping at a field check.
enum TransformSpecWriter {
    /// Numbers that make transforms big, tiny, degenerate or out of range.
    static let extremes: [String] = [
        "0", "1", "-1", "2", "3", "7", "100", "3000", "65536", "1000000", "1e9", "1e15", "1e300", "-1e300",
        "1e-9", "1e-300", "0.5", "-0.5", "9007199254740993", "1.7976931348623157e308", "5e-324", "-1e9",
    ]

    static let fieldNames = ["a", "b", "c", "d", "e", "k", "v", "key", "value", "s", "w", "bin_b", "t", "n", "q", "x"]

    static func spec(_ bytes: [UInt8]) -> String {
        var c = ByteChooser(bytes)
        var fields = ["a", "b", "c"]
        let data = dataSource(&c, fields: &fields)
        var transforms: [String] = []
        let count = c.below(9)
        for _ in 0..<count { transforms.append(transform(&c, fields: &fields)) }
        let mark = c.pick(["point", "bar", "line", "area", "rect", "tick", "text"])
        let x = c.pick(fields + ["b"]), y = c.pick(fields + ["a"]), color = c.pick(fields + ["none"])
        let xType = c.pick(["quantitative", "nominal", "ordinal", "temporal"])
        let yType = c.pick(["quantitative", "nominal", "ordinal"])
        var encoding = "\"x\": {\"field\": \(quote(x)), \"type\": \"\(xType)\"}, \"y\": {\"field\": \(quote(y)), \"type\": \"\(yType)\"}"
        if color != "none" { encoding += ", \"color\": {\"field\": \(quote(color)), \"type\": \"nominal\"}" }
        if mark == "text" { encoding += ", \"text\": {\"field\": \(quote(x))}" }
        return """
            {"data": \(data), "transform": [\(transforms.joined(separator: ", "))],
             "mark": "\(mark)", "encoding": {\(encoding)}}
            """
    }

    static func quote(_ s: String) -> String { "\"\(s)\"" }
    static func list(_ names: [String]) -> String { "[" + names.map(quote).joined(separator: ", ") + "]" }

    /// Inline rows (0 to 12 of them, up to 200 extra numeric columns), or a sequence.
    static func dataSource(_ c: inout ByteChooser, fields: inout [String]) -> String {
        if c.byte() & 7 == 7 {
            fields = ["s"]
            return "{\"sequence\": {\"start\": \(c.pick(extremes)), \"stop\": \(c.pick(extremes)), \"step\": \(c.pick(extremes)), \"as\": \"s\"}}"
        }
        let rows = c.below(13)
        let wide = c.pick([0, 0, 0, 2, 10, 50, 200])
        let extra = (0..<wide).map { "f\($0)" }
        fields += ["d", "e"] + extra
        var lines: [String] = []
        for r in 0..<rows {
            let a = c.pick(["\"x\"", "\"y\"", "\"z\"", "\"\(r)\"", "null", "\"\""])
            let b = c.pick(extremes + ["null", "\"7\"", "\"abc\""])
            let date = c.pick(["\"2020-01-01\"", "\"1970-01-01T00:00:00Z\"", "\(c.pick(extremes))", "\"not a date\"", "null"])
            let arr = c.pick(["[]", "[1, 2, 3]", "[[1], [2]]", "null", "[\(c.pick(extremes)), null]", "\"str\""])
            let obj = c.pick(["{\"p\": 1}", "{}", "null", "{\"p\": {\"q\": [1]}}"])
            var cells = ["\"a\": \(a)", "\"b\": \(b)", "\"c\": \(date)", "\"d\": \(arr)", "\"e\": \(obj)"]
            cells += extra.map { "\"\($0)\": \(r)" }
            lines.append("{" + cells.joined(separator: ", ") + "}")
        }
        return "{\"values\": [\(lines.joined(separator: ", "))]}"
    }

    /// One transform, with fields taken from those the chain has so far.
    static func transform(_ c: inout ByteChooser, fields: inout [String]) -> String {
        func field() -> String { c.byte() & 15 == 15 ? c.pick(fieldNames) : c.pick(fields) }
        func add(_ name: String) -> String {
            if !fields.contains(name) { fields.append(name) }
            return quote(name)
        }
        func some() -> [String] {
            let n = c.pick([1, 2, 3, fields.count, fields.count * 4])
            return (0..<max(n, 1)).map { _ in field() }
        }
        let e = { (c: inout ByteChooser) in c.pick(extremes) }
        switch c.below(16) {
        case 0:
            return "{\"fold\": \(list(some())), \"as\": [\(add(c.pick(["key", "k"]))), \(add(c.pick(["value", "v"])))]}"
        case 1:
            let keyvals = c.byte() & 1 == 0
                ? "\"keyvals\": {\"start\": \(e(&c)), \"stop\": \(e(&c)), \"step\": \(e(&c))}, "
                : (c.byte() & 1 == 0 ? "\"keyvals\": [1, 2, 3, \(e(&c))], " : "")
            let frame = "[\(c.pick(["null", e(&c)])), \(c.pick(["null", e(&c)]))]"
            let method = c.pick(["value", "mean", "median", "max", "min"])
            return "{\"impute\": \(quote(field())), \"key\": \(quote(field())), \(keyvals)\"groupby\": \(list(c.byte() & 1 == 0 ? [] : [field()])), \"frame\": \(frame), \"method\": \"\(method)\", \"value\": \(e(&c))}"
        case 2:
            return "{\"flatten\": \(list([c.pick(["d", "e", field()])])), \"as\": [\(add("q"))]}"
        case 3:
            let op = c.pick(["sum", "mean", "count", "rank", "dense_rank", "row_number", "cume_dist", "percent_rank",
                             "lag", "lead", "first_value", "last_value", "nth_value", "ntile", "variance", "stdev", "median",
                             "min", "max", "distinct", "valid", "missing", "q1", "q3", "argmin", "argmax", "ci0", "product"])
            let param = c.byte() & 1 == 0 ? "" : ", \"param\": \(e(&c))"
            let frame = "[\(c.pick(["null", e(&c)])), \(c.pick(["null", "0", e(&c)]))]"
            let sort = c.byte() & 1 == 0 ? "" : ", \"sort\": [{\"field\": \(quote(field())), \"order\": \"\(c.pick(["ascending", "descending"]))\"}]"
            return "{\"window\": [{\"op\": \"\(op)\", \"field\": \(quote(field()))\(param), \"as\": \(add("w"))}], \"frame\": \(frame)\(sort), \"ignorePeers\": \(c.byte() & 1 == 0), \"groupby\": \(list(c.byte() & 1 == 0 ? [] : [field()]))}"
        case 4:
            let params = c.pick([
                "{\"maxbins\": \(e(&c))}", "{\"step\": \(e(&c))}", "{\"step\": \(e(&c)), \"extent\": [\(e(&c)), \(e(&c))]}",
                "{\"maxbins\": \(e(&c)), \"extent\": [\(e(&c)), \(e(&c))], \"nice\": false}", "{\"steps\": [\(e(&c)), \(e(&c))]}",
                "{\"divide\": [\(e(&c))], \"minstep\": \(e(&c))}", "true", "{\"anchor\": \(e(&c)), \"step\": \(e(&c))}",
            ])
            return "{\"bin\": \(params), \"field\": \(quote(field())), \"as\": \(add("bin_b"))}"
        case 5:
            let limit = c.byte() & 1 == 0 ? "" : ", \"limit\": \(e(&c))"
            let op = c.pick(["sum", "count", "mean", "max", "median"])
            return "{\"pivot\": \(quote(field())), \"value\": \(quote(field())), \"groupby\": \(list(c.byte() & 1 == 0 ? [] : [field()]))\(limit), \"op\": \"\(op)\"}"
        case 6:
            let rows = (0..<c.below(6)).map { _ in "{\"a\": \(c.pick(["\"x\"", "\"y\"", "null", "1"])), \"n\": \(e(&c))}" }
            let fieldsOrAs = c.byte() & 1 == 0 ? "\"fields\": [\"n\"]" : "\"as\": \(add("t"))"
            _ = add("n")
            return "{\"lookup\": \(quote(field())), \"from\": {\"data\": {\"values\": [\(rows.joined(separator: ", "))]}, \"key\": \"a\", \(fieldsOrAs)}, \"default\": \(c.pick(["null", "0", "\"none\""]))}"
        case 7:
            var parts = ["\"density\": \(quote(field()))"]
            if c.byte() & 1 == 0 { parts.append("\"steps\": \(e(&c))") }
            if c.byte() & 1 == 0 { parts.append("\"minsteps\": \(e(&c)), \"maxsteps\": \(e(&c))") }
            if c.byte() & 1 == 0 { parts.append("\"extent\": [\(e(&c)), \(e(&c))]") }
            if c.byte() & 1 == 0 { parts.append("\"bandwidth\": \(e(&c))") }
            if c.byte() & 1 == 0 { parts.append("\"groupby\": \(list([field()]))") }
            if c.byte() & 1 == 0 { parts.append("\"cumulative\": true, \"counts\": true") }
            parts.append("\"as\": [\(add("value")), \(add("x"))]")
            return "{" + parts.joined(separator: ", ") + "}"
        case 8:
            let method = c.pick(["linear", "log", "exp", "pow", "quad", "poly"])
            var parts = ["\"regression\": \(quote(field()))", "\"on\": \(quote(field()))", "\"method\": \"\(method)\""]
            if c.byte() & 1 == 0 { parts.append("\"order\": \(e(&c))") }
            if c.byte() & 1 == 0 { parts.append("\"extent\": [\(e(&c)), \(e(&c))]") }
            if c.byte() & 1 == 0 { parts.append("\"groupby\": \(list([field()]))") }
            if c.byte() & 1 == 0 { parts.append("\"params\": true") }
            return "{" + parts.joined(separator: ", ") + "}"
        case 9:
            let bandwidth = c.byte() & 1 == 0 ? "" : ", \"bandwidth\": \(e(&c))"
            return "{\"loess\": \(quote(field())), \"on\": \(quote(field()))\(bandwidth)}"
        case 10:
            let op = c.pick(["count", "sum", "mean", "distinct", "values", "median", "q3", "argmax", "stderr", "variancep"])
            return "{\"aggregate\": [{\"op\": \"\(op)\", \"field\": \(quote(field())), \"as\": \(add("n"))}], \"groupby\": \(list(c.byte() & 1 == 0 ? [] : some()))}"
        case 11:
            let unit = c.pick(["year", "yearmonthdatehoursminutesseconds", "milliseconds", "utcweek", "quarter", "dayofyear",
                               "yearweekday", "hoursminutes"])
            let step = c.byte() & 1 == 0 ? "\"\(unit)\"" : "{\"unit\": \"\(unit)\", \"step\": \(e(&c))}"
            return "{\"timeUnit\": \(step), \"field\": \(quote(field())), \"as\": \(add("t"))}"
        case 12:
            let expr = c.pick(["datum.b * 2", "pow(10, datum.b)", "sequence(0, datum.b)", "repeat('x', datum.b)",
                               "datum.a + datum.a", "format(datum.b, '.300f')", "length(datum.d)", "pad(datum.a, datum.b)",
                               "substring(datum.a, 0, datum.b)", "datetime(datum.b, 0)", "timeFormat(datum.c, '%Y')"])
            return "{\"calculate\": \(jsonString(expr)), \"as\": \(add(c.pick(["x", "w", "t"])))}"
        case 13:
            return "{\"joinaggregate\": [{\"op\": \"\(c.pick(["sum", "count", "mean", "max"]))\", \"field\": \(quote(field())), \"as\": \(add("n"))}], \"groupby\": \(list(c.byte() & 1 == 0 ? [] : [field()]))}"
        case 14:
            let step = c.byte() & 1 == 0 ? "" : ", \"step\": \(e(&c))"
            let probs = c.byte() & 1 == 0 ? "" : ", \"probs\": [\(e(&c)), \(e(&c))]"
            return "{\"quantile\": \(quote(field()))\(step)\(probs), \"as\": [\(add("q")), \(add("v"))]}"
        default:
            let how = c.pick(["{\"filter\": \"datum.b > 0\"}", "{\"sample\": \(e(&c))}",
                              "{\"stack\": \(quote(field())), \"groupby\": [], \"as\": [\(add("s")), \(add("w"))]}",
                              "{\"extent\": \(quote(field())), \"param\": \"ext\"}",
                              "{\"filter\": {\"field\": \(quote(field())), \"range\": [\(e(&c)), \(e(&c))]}}"])
            return how
        }
    }

    /// `text` as a JSON string literal.
    static func jsonString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
