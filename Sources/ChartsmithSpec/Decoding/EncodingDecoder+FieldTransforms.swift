// What a channel does to its field before encoding it: `impute`, `timeUnit` and `bin`.

extension SpecDecoder {
    /// `impute` parameters, on a channel or as a transform (which also names the field to
    /// impute and the key).
    func decodeImpute(_ node: JSONNode, reader r: inout ObjectReader) throws -> ImputeSpec {
        var s = ImputeSpec()
        if r.kind == "imputeTransform" {
            s.field = try r.string("impute")
            s.key = try r.string("key")
        }
        if let m = r.take("method") { s.method = try m.asEnum(ImputeSpec.Method.self) }
        if let v = r.take("value") {
            if case .object = v.value { throw v.mismatch("a number, string, boolean or null") }
            if case .array = v.value { throw v.mismatch("a number, string, boolean or null") }
            s.value = v.inlineValue()
        }
        if let k = r.take("keyvals") {
            switch k.value {
            case .array(let items):
                s.keyvals = try items.map { i in
                    let v = try TransformDecoder.predicateValue(i)
                    return DateTimeObject.milliseconds(v).map(InlineValue.number) ?? v
                }
            case .object:
                var q = try ObjectReader(k, what: "keyvals", kind: "imputeSequence")
                let start = try q.number("start") ?? 0
                guard let stop = try q.number("stop") else {
                    throw Diagnostic(location: k.location, path: k.path, message: "a keyvals sequence needs \"stop\"")
                }
                let step = try q.number("step") ?? (stop >= start ? 1 : -1)
                try q.finish()
                guard step != 0, step.isFinite, start.isFinite, stop.isFinite, abs((stop - start) / step) <= 100_000 else {
                    throw Diagnostic(location: k.location, path: k.path, message: "the keyvals sequence is empty or too long")
                }
                s.sequence = (start, stop, step)
            default:
                throw k.mismatch("an array of key values or a sequence {\"start\", \"stop\", \"step\"}")
            }
        }
        if let f = r.take("frame") {
            let items = try f.asArray()
            guard items.count == 2 else { throw f.mismatch("[before, after]") }
            s.frame = try items.map { $0.isNull ? nil : try $0.asNumber() }
        }
        return s
    }

    /// A `timeUnit` string (`"yearmonth"`, `"binnedyearmonth"`, `"utcmonth"`) or object
    /// (`{"unit": ..., "binned": true}`); returns the unit and whether it is binned.
    func decodeTimeUnit(_ t: JSONNode) throws -> (TimeUnit, Bool) {
        if case .object = t.value {
            var q = try ObjectReader(t, what: "timeUnit", kind: "timeUnitParams")
            guard let u = q.take("unit") else { throw Diagnostic(location: t.location, path: t.path, message: "the timeUnit object has no \"unit\"") }
            var (unit, binned) = try decodeTimeUnit(u)
            if let utc = try q.bool("utc"), utc { unit = TimeUnit(unit.components, utc: true) }
            if let b = try q.bool("binned") { binned = binned || b }
            q.ignore("maxbins")
            if let st = q.take("step") {
                let n = try st.asNumber()
                guard n >= 1, n <= 1_000_000, n == n.rounded() else { throw st.mismatch("a whole number of steps, 1 or more") }
                unit.step = Int(n)
            }
            try q.finish()
            return (unit, binned)
        }
        let s = try t.asString()
        let binned = s.hasPrefix("binned")
        let name = binned ? String(s.dropFirst(6)) : s
        guard let unit = TimeUnit(rawValue: name) else {
            let all = TimeUnit.allCases.map(\.rawValue)
            throw Diagnostic(location: t.location, path: t.path,
                             message: "\"\(s)\" is not a time unit; expected a combination of year, quarter, month, week, day, date, hours, minutes, seconds (e.g. \"yearmonth\")",
                             suggestion: Suggest.closest(to: name, in: all))
        }
        return (unit, binned)
    }

    func decodeBin(_ b: JSONNode) throws -> BinSpec {
        var q = try ObjectReader(b, what: "bin", kind: "bin")
        var bs = BinSpec()
        bs.maxbins = try q.number("maxbins")
        bs.step = try q.number("step")
        if let e = q.take("extent") {
            if case .object = e.value {
                throw Diagnostic(location: e.location, path: e.path, message: "bin extents from selections are not supported by Chartsmith")
            }
            bs.extent = try e.asNumbers()
            if bs.extent?.count != 2 { throw e.mismatch("[min, max]") }
        }
        bs.binned = try q.bool("binned") ?? false
        bs.anchor = try q.number("anchor")
        bs.base = try q.number("base")
        bs.minstep = try q.number("minstep")
        bs.nice = try q.bool("nice")
        bs.divide = try binNumbers(q.take("divide"), check: { $0 > 0 && $0.isFinite }, expected: "positive numbers, e.g. [5, 2]")
        bs.steps = try binNumbers(q.take("steps"), check: { $0 > 0 && $0.isFinite }, expected: "positive step sizes, e.g. [1, 5, 10]")
        try q.finish()
        if let m = bs.maxbins, m < 1 { throw Diagnostic(location: b.location, path: b.path.appending("maxbins"), message: "expected a \"maxbins\" of at least 1") }
        if let s = bs.step, s <= 0 { throw Diagnostic(location: b.location, path: b.path.appending("step"), message: "expected a positive \"step\"") }
        // Vega's step search takes logarithms in this base: 1 or less never ends or gives no step.
        if let base = bs.base, !(base > 1 && base.isFinite) {
            throw Diagnostic(location: b.location, path: b.path.appending("base"), message: "expected a \"base\" above 1 (the default is 10)")
        }
        if let m = bs.minstep, !(m >= 0 && m.isFinite) {
            throw Diagnostic(location: b.location, path: b.path.appending("minstep"), message: "expected a \"minstep\" of 0 or more")
        }
        if let a = bs.anchor, !a.isFinite {
            throw Diagnostic(location: b.location, path: b.path.appending("anchor"), message: "expected a finite \"anchor\"")
        }
        return bs
    }

    /// A bin parameter that is a non-empty array of numbers each passing `check`.
    private func binNumbers(_ node: JSONNode?, check: (Double) -> Bool, expected: String) throws -> [Double]? {
        guard let node else { return nil }
        let nums = try node.asNumbers()
        guard !nums.isEmpty, nums.allSatisfy(check) else { throw node.mismatch(expected) }
        return nums
    }
}
