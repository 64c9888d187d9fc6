import ChartsmithSpec
import Foundation

/// What a spec rendered from memory would read from files, found without touching any.
enum MemoryInputs {
    /// The base folder of a spec with no data root: never read, since a spec naming a file
    /// is refused first.
    static let noFolder = URL(fileURLWithPath: "/nonexistent/chartsmith-memory-spec")

    /// Every `data.url` of the spec, its layers, the views of a composition (at any
    /// depth) and their `lookup`s, in order.
    static func dataURLs(of spec: ChartSpec) -> [String] {
        var out: [String] = []
        func add(_ data: DataSpec?) {
            if case .url(let path, _)? = data, !out.contains(path) { out.append(path) }
        }
        func lookups(_ transforms: [Transform]) {
            for case .lookup(let l) in transforms { add(l.from) }
        }
        func walk(_ spec: ChartSpec) {
            add(spec.data)
            lookups(spec.transforms)
            for layer in spec.layers {
                add(layer.data)
                lookups(layer.transforms)
            }
            for view in spec.composition?.views ?? [] { walk(view) }
        }
        walk(spec)
        return out
    }
}

extension JSONNode {
    /// Replaces the root object's `data` with `{"values": rows}`, keeping its `format`.
    mutating func replaceData(with rows: JSONNode) throws {
        guard case .object(var object) = value else {
            throw Diagnostic(message: "the spec is not a JSON object", location: location, path: path)
        }
        var members: [JSONObject.Entry] = []
        if case .object(let old)? = object["data"]?.value, let format = old.entries.first(where: { $0.key == "format" }) {
            members.append(format)
        }
        members.insert(("values", rows.location, rows), at: 0)
        let data = JSONNode(value: .object(JSONObject(entries: members)), location: rows.location,
                            path: JSONPath(components: [.key("data")]))
        if let i = object.entries.firstIndex(where: { $0.key == "data" }) {
            object.entries[i].value = data
        } else {
            object.entries.append(("data", rows.location, data))
        }
        value = .object(object)
    }
}
