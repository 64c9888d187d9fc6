import Foundation

/// Reads which Vega-Lite version a spec is written for from its `$schema`
/// (`https://vega.github.io/schema/vega-lite/v6.json` → 6), so rules that changed between
/// versions follow the version the author wrote for.
extension SpecDecoder {
    /// The major version in the root's `$schema`, or nil when there is none or it names no
    /// Vega-Lite version.
    static func schemaMajorVersion(_ root: JSONNode) -> Int? {
        guard case .object(let o) = root.value, case .string(let url)? = o["$schema"]?.value,
              let marker = url.range(of: "vega-lite/v") else { return nil }
        let digits = url[marker.upperBound...].prefix { $0.isASCII && $0.isNumber }
        return Int(digits)
    }
}

extension ChartSpec {
    /// Sets the Vega-Lite version on the spec and on every view of its composition.
    mutating func setVegaLiteMajorVersion(_ version: Int?) {
        vegaLiteMajorVersion = version
        guard var comp = composition else { return }
        for i in comp.views.indices { comp.views[i].setVegaLiteMajorVersion(version) }
        composition = comp
    }
}
