import ChartsmithSpec

extension DataLoader {
    /// Checks that every field the transforms and the encoding read exists: in the loaded
    /// source `table`, or made by an earlier transform. A misspelt field would otherwise
    /// draw an empty chart without a word.
    ///
    /// A source with no rows and no fields (empty inline data, an empty file) is not
    /// checked: it draws an empty chart. `key` prefixes the JSON paths in messages (`""` for
    /// the spec, `"layer[1]."` for a layer).
    ///
    /// ```
    /// encoding.y.field: no field "vlaue" in the data; did you mean "value"? (fields: year, value)
    /// ```
    public static func checkFields(encoding: Encoding, transforms: [Transform], source table: Table,
                                   key: String = "", file: String? = nil) throws {
        guard !(table.fields.isEmpty && table.isEmpty) else { return }
        var available = table.fields
        var known = Set(available)  // `available`, for lookups: a file may have thousands of fields.
        // After a pivot the fields are named by data values, unknown until it runs.
        var open = false
        /// Throws when `field` is not available: at the channel definition's line:column when
        /// `def` says where it was written, else naming `path`.
        func require(_ field: String?, _ path: String, at def: ChannelDef? = nil) throws {
            guard let field, !open, !known.contains(field) else { return }
            // Vega-Lite escapes dots and brackets in names: `a\\.b` is the field `a.b`.
            if field.contains("\\"), known.contains(field.replacingOccurrences(of: "\\", with: "")) { return }
            // Nested access (`a.b`, `a[0]`) reads a member of an object- or array-valued field.
            if let dot = field.firstIndex(where: { $0 == "." || $0 == "[" }), field[..<dot].last != "\\",
               known.contains(String(field[..<dot])) { return }
            let closest = Suggest.closest(to: field, in: available)
            let list = available.prefix(12).map { Excerpt.text($0, limit: 40) }.joined(separator: ", ")
                + (available.count > 12 ? ", …" : "")
            if let def, def.location != nil {
                throw Diagnostic(message: "no field \(Excerpt.quoted(field)) in the data (fields: \(list))",
                                 location: def.location, path: def.path?.appending("field"), suggestion: closest)
            }
            let hint = closest.map { "; did you mean \(Excerpt.quoted($0))?" } ?? ""
            throw DataError(file: file, message: "\(key)\(path): no field \(Excerpt.quoted(field)) in the data\(hint) (fields: \(list))")
        }
        func add(_ names: [String]) { for n in names where known.insert(n).inserted { available.append(n) } }
        func replace(_ names: [String]) {
            available = names
            known = Set(names)
        }
        for (i, t) in transforms.enumerated() {
            let path = "transform[\(i)]"
            switch t {
            case .filter: break
            case .calculate(_, let name): add([name])
            case .fold(let fields, let k, let v):
                for f in fields { try require(f, path + ".fold") }
                add([k, v])
            case .aggregate(let ops, let groupby):
                for g in groupby { try require(g, path + ".groupby") }
                for op in ops { try require(op.field, path + ".aggregate") }
                replace(groupby)
                add(ops.map(\.outputName))
            case .joinaggregate(let ops, let groupby):
                for g in groupby { try require(g, path + ".groupby") }
                for op in ops { try require(op.field, path + ".joinaggregate") }
                add(ops.map(\.outputName))
            case .window(let ops, _, let groupby, _):
                for g in groupby { try require(g, path + ".groupby") }
                add(ops.map(\.outputName))
            case .timeUnit(_, let field, let name):
                try require(field, path + ".field")
                add([name])
            case .bin(_, let field, let a, let b):
                try require(field, path + ".field")
                add([a, b])
            case .pivot(let p):
                try require(p.pivot, path + ".pivot")
                try require(p.value, path + ".value")
                for g in p.groupby { try require(g, path + ".groupby") }
                replace(p.groupby)
                open = true
            case .density(let d):
                try require(d.field, path + ".density")
                for g in d.groupby { try require(g, path + ".groupby") }
                replace(d.groupby)
                add([d.valueAs, d.densityAs])
            case .regression(let r):
                try require(r.field, path + ".regression")
                try require(r.on, path + ".on")
                for g in r.groupby { try require(g, path + ".groupby") }
                if r.params {
                    replace((r.groupby.isEmpty ? [] : ["keys"]) + ["coef", "rSquared"])
                    open = true  // keys[i] and coef[i] besides.
                } else {
                    replace(r.groupby + [r.xAs, r.yAs])
                }
            case .loess(let l):
                try require(l.field, path + ".loess")
                try require(l.on, path + ".on")
                for g in l.groupby { try require(g, path + ".groupby") }
                replace(l.groupby + [l.xAs, l.yAs])
            case .quantile(let q):
                try require(q.field, path + ".quantile")
                for g in q.groupby { try require(g, path + ".groupby") }
                replace(q.groupby + [q.probAs, q.valueAs])
            case .flatten(let fields, let names):
                for f in fields { try require(f, path + ".flatten") }
                add(names)
                open = true  // The elements' members (`as.key`) besides.
            case .sample:
                break
            case .extent(let field, _):
                try require(field, path + ".extent")
            case .lookup(let l):
                try require(l.lookup, path + ".lookup")
                add(l.names ?? l.fields)
            case .stack(let field, let groupby, _, _, let a, let b):
                try require(field, path + ".stack")
                for g in groupby { try require(g, path + ".groupby") }
                add([a, b])
            }
        }
        for channel in Channel.allCases {
            for (k, def) in (encoding.channels[channel] ?? []).enumerated() {
                guard let field = def.field, def.aggregate != .count else { continue }
                let index = (encoding.channels[channel]?.count ?? 0) > 1 ? "[\(k)]" : ""
                try require(field, "encoding.\(channel.rawValue)\(index).field", at: def)
            }
        }
    }
}
