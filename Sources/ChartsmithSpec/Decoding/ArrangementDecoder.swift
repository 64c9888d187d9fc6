/// Decodes a concat's `align`, `center` and `bounds` (``CompositionArrangement``).
extension SpecDecoder {
    /// `align` (`"all"`, `"each"`, `"none"`, or `{"row": …, "column": …}`), `center` (a
    /// boolean or `{"row": …, "column": …}`) and `bounds` (`"full"` or `"flush"`).
    func decodeArrangement(_ r: inout ObjectReader) throws -> CompositionArrangement {
        typealias Align = CompositionArrangement.Align
        var a = CompositionArrangement()
        if let n = r.take("align") {
            a.written["align"] = SourcePosition(n)
            if case .string = n.value {
                let v = try n.asEnum(Align.self)
                (a.alignColumns, a.alignRows) = (v, v)
            } else {
                var q = try ObjectReader(n, what: "align", kind: "rowColLayoutAlign")
                a.alignRows = try q.take("row").map { try $0.asEnum(Align.self) }
                a.alignColumns = try q.take("column").map { try $0.asEnum(Align.self) }
                try q.finish()
            }
        }
        if let n = r.take("center") {
            a.written["center"] = SourcePosition(n)
            if case .bool(let b) = n.value {
                (a.centerColumns, a.centerRows) = (b, b)
            } else {
                var q = try ObjectReader(n, what: "center", kind: "rowColBoolean")
                a.centerRows = try q.bool("row") ?? false
                a.centerColumns = try q.bool("column") ?? false
                try q.finish()
            }
        }
        if let n = r.take("bounds") {
            a.written["bounds"] = SourcePosition(n)
            let s = try n.asString()
            guard s == "full" || s == "flush" else {
                throw Diagnostic(location: n.location, path: n.path, message: "\"\(s)\" is not a bounds; expected \"full\" or \"flush\"",
                                 suggestion: Suggest.closest(to: s, in: ["full", "flush"]))
            }
            a.flush = s == "flush"
        }
        return a
    }
}

extension CompositionArrangement {
    /// The warnings for a figure laid out on one grid of equal cells (a facet, or a concat
    /// of single views), which does not place its cells by these settings.
    func warnFlat() {
        for key in ["bounds", "align", "center"] {
            guard let at = written[key] else { continue }
            DecodeWarnings.current?.add(Diagnostic(location: at.location, path: at.path,
                                                   message: "\"\(key)\" is not honoured: Chartsmith's frame lays the panels out on one grid",
                                                   severity: .warning))
        }
    }
}
