/// Builds the JSON of the layers a composite mark is written out into. Every new node
/// carries the location and path of the composite mark as written, so a message about one
/// of its parts points at the user's spec; nodes copied from the spec keep their own.
struct CompositeBuilder {
    let location: SourceLocation
    let path: JSONPath

    init(at node: JSONNode) {
        location = node.location
        path = node.path
    }

    func node(_ v: JSONValue) -> JSONNode { JSONNode(value: v, location: location, path: path) }
    func string(_ s: String) -> JSONNode { node(.string(s)) }
    func number(_ n: Double) -> JSONNode { node(.number(n)) }
    func array(_ items: [JSONNode]) -> JSONNode { node(.array(items)) }

    /// An object of these members; a key given twice keeps its first place and its last value.
    func object(_ entries: [(String, JSONNode)]) -> JSONNode {
        var out: [JSONObject.Entry] = []
        for (k, v) in entries {
            if let i = out.firstIndex(where: { $0.key == k }) { out[i].value = v } else { out.append((k, location, v)) }
        }
        return node(.object(JSONObject(entries: out)))
    }

    /// `{"calculate": expr, "as": name}`.
    func calculate(_ expr: String, as name: String) -> JSONNode {
        object([("calculate", string(expr)), ("as", string(name))])
    }

    /// `{"aggregate": [{op, field, as}...], "groupby": [...]}` (or `joinaggregate`).
    func aggregate(_ ops: [(op: String, field: String, as: String)], groupby: [String], join: Bool = false) -> JSONNode {
        let list = array(ops.map { object([("op", string($0.op)), ("field", string($0.field)), ("as", string($0.as))]) })
        return object([(join ? "joinaggregate" : "aggregate", list), ("groupby", array(groupby.map(string)))])
    }

    /// `datum["name"]`, the field quoted for a Vega expression.
    static func datum(_ field: String) -> String {
        "datum[\"" + field.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\"]"
    }
}

extension JSONObject {
    /// This object's members, as (key, value) pairs.
    var pairs: [(String, JSONNode)] { entries.map { ($0.key, $0.value) } }
}
