import ChartsmithSpec

/// A decoded spec as a sorted list of `path = value` lines with every source location
/// left out: how the round-trip tests compare two specs.
///
/// The model keeps where values were written (``SourceLocation``, ``SourcePosition``,
/// ``JSONPath``, the located warnings) for messages; a spec written back out and read
/// again is the same chart from other places in another text, so equality ignores them.
/// Reflection walks every stored property, so a field added to the model later is
/// compared too, without this projection knowing of it. Dictionary entries are sorted,
/// so the lines do not depend on hashing.
enum LocationFreeProjection {
    static func lines(_ value: Any) -> [String] {
        var out: [String] = []
        walk(value, path: "spec", into: &out)
        return out
    }

    /// Types that say where something was written, not what it is.
    static let locationTypes = ["SourceLocation", "SourcePosition", "JSONPath", "Diagnostic"]

    static func isLocation(_ value: Any) -> Bool {
        let name = String(describing: type(of: value))
        return locationTypes.contains { name.contains($0) }
    }

    static func walk(_ value: Any, path: String, into out: inout [String]) {
        if isLocation(value) { return }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            guard let inner = mirror.children.first?.value else { return out.append("\(path) = nil") }
            walk(inner, path: path, into: &out)
        case .dictionary, .set:
            // Each entry projected on its own, then sorted by its text.
            var entries: [[String]] = []
            for child in mirror.children {
                var lines: [String] = []
                walk(child.value, path: "", into: &lines)
                entries.append(lines)
            }
            let sorted = entries.map { $0.joined(separator: "; ") }.sorted()
            out.append("\(path) = {" + sorted.joined(separator: " | ") + "}")
        case .enum:
            let caseName = String(describing: value).prefix { $0 != "(" }
            if mirror.children.isEmpty { return out.append("\(path) = .\(caseName)") }
            for child in mirror.children { walk(child.value, path: "\(path).\(caseName)", into: &out) }
        case .collection:
            out.append("\(path).count = \(mirror.children.count)")
            for (i, child) in mirror.children.enumerated() { walk(child.value, path: "\(path)[\(i)]", into: &out) }
        case .struct, .class, .tuple:
            if mirror.children.isEmpty { return out.append("\(path) = \(value)") }
            for (i, child) in mirror.children.enumerated() { walk(child.value, path: "\(path).\(child.label ?? "\(i)")", into: &out) }
        default:
            out.append("\(path) = \(String(reflecting: value))")
        }
    }
}
