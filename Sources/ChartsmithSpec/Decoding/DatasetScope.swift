/// The spec's top-level `datasets` (`{"name": [rows]}`) while it is decoded, so that
/// `data: {"name": ...}` anywhere in it (in a layer too) reads the named rows.
struct DatasetScope: Sendable {
    var datasets: [String: JSONNode] = [:]

    @TaskLocal static var current = DatasetScope()
}

extension SpecDecoder {
    /// Reads the top-level `datasets` object: each entry an array of rows.
    func collectDatasets(_ root: JSONNode) throws -> DatasetScope {
        guard case .object(let o) = root.value, let node = o["datasets"] else { return DatasetScope() }
        guard case .object(let entries) = node.value else { throw node.mismatch("an object of named row arrays") }
        var scope = DatasetScope()
        for e in entries.entries {
            guard case .array = e.value.value else { throw e.value.mismatch("an array of rows") }
            scope.datasets[e.key] = e.value
        }
        return scope
    }

    /// The rows of the dataset `name` (a `data: {"name"}` reference), or an error naming it.
    func namedDataset(_ nameNode: JSONNode, format: DataFormat?) throws -> DataSpec {
        let name = try nameNode.asString()
        let known = DatasetScope.current.datasets
        guard let rows = known[name], case .array(let items) = rows.value else {
            if known.isEmpty {
                throw Diagnostic(location: nameNode.location, path: nameNode.path,
                                 message: "no dataset named \"\(name)\": the spec has no \"datasets\"; give \"values\", \"url\" or \"sequence\", or define it in \"datasets\"")
            }
            throw Diagnostic(location: nameNode.location, path: nameNode.path,
                             message: "no dataset named \"\(name)\" in \"datasets\" (there are: \(known.keys.sorted().joined(separator: ", ")))",
                             suggestion: Suggest.closest(to: name, in: known.keys.sorted()))
        }
        return .values(items.map { $0.inlineValue() }, format: format)
    }
}
