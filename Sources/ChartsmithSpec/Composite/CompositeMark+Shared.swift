/// The channels a composite mark shares among its parts (all but the continuous axis), and
/// what they group by, as Vega-Lite's `extractTransformsFromEncoding`.
struct SharedEncoding {
    /// The channels, as written (a time unit is applied in place, see `timeUnits`).
    var channels: [(String, JSONNode)] = []
    /// The fields the summary groups by.
    var groupby: [String] = []
    /// `timeUnit` transforms that floor a grouping field in place, so rows group by the
    /// unit and the channel (which keeps its `timeUnit`) is titled and formatted as written.
    var timeUnits: [JSONNode] = []

    func without(_ names: Set<String>) -> [(String, JSONNode)] { channels.filter { !names.contains($0.0) } }
    subscript(_ name: String) -> JSONNode? { channels.first { $0.0 == name }?.1 }
}

extension CompositeMark {
    /// The encoding without the channels in `continuous`, with the groupby fields and the
    /// time-unit transforms the summary needs. An `aggregate` or a `bin` on a shared channel
    /// is refused by name (Vega-Lite would add it to the summary's transforms).
    func sharedEncoding(excluding continuous: Set<String>) throws -> SharedEncoding {
        var out = SharedEncoding()
        func group(_ def: JSONNode) throws {
            guard case .object(let o) = def.value else { return }
            if let a = o["aggregate"] {
                throw Diagnostic(location: a.location, path: a.path,
                                 message: "an aggregate on a channel the \(kind.rawValue) shares among its parts is not supported by Chartsmith; aggregate in a \"transform\" and encode the result")
            }
            if let b = o["bin"], b.value != .bool(false), b.value != .null, b.value != .string("binned") {
                throw Diagnostic(location: b.location, path: b.path,
                                 message: "a bin on a channel the \(kind.rawValue) shares among its parts is not supported by Chartsmith; bin in a \"transform\" and encode the bin's start")
            }
            guard case .string(let f)? = o["field"]?.value, !out.groupby.contains(f) else { return }
            if let tu = o["timeUnit"] {
                out.timeUnits.append(build.object([("timeUnit", tu), ("field", build.string(f)), ("as", build.string(f))]))
            }
            out.groupby.append(f)
        }
        for e in encoding.entries where !continuous.contains(e.key) {
            if case .array(let items) = e.value.value {
                for i in items { try group(i) }
            } else {
                try group(e.value)
            }
            out.channels.append((e.key, e.value))
        }
        return out
    }
}
