/// Names from Vega-Lite that Chartsmith recognises but does not support, so a spec that
/// uses one fails with a message naming the feature rather than "unknown property".
enum Vocabulary {
    static let unsupported: [String: String] = [
        "facet": "faceting (\"facet\")",
        "repeat": "repeated views (\"repeat\")",
        "concat": "concatenated views (\"concat\")",
        "hconcat": "concatenated views (\"hconcat\")",
        "vconcat": "concatenated views (\"vconcat\")",
        "params": "parameters and selections (\"params\")",
        "selection": "selections (\"selection\")",
        "projection": "map projections (\"projection\")",
        "spec": "faceted or repeated views (\"spec\")",
        "columns": "wrapped views (\"columns\")",
        "spacing": "view spacing (\"spacing\")",
        "bounds": "view bounds (\"bounds\")",
        "center": "view centring (\"center\")",
        "align": "view alignment (\"align\")",
        "view": "view styling (\"view\")",
        "encode": "Vega encode blocks (\"encode\")",
        "condition": "conditional encoding (\"condition\")",
        "impute": "imputation (\"impute\")",
        "projection.type": "map projections",
        "labelExpr": "label expressions (\"labelExpr\")",
        "tooltipFormat": "tooltip formats",
    ]

    /// A short list of the valid names, appended to an unknown-property message when the
    /// list is short enough to read.
    static func hint(for known: [String]) -> String {
        let names = Array(Set(known)).sorted()
        guard !names.isEmpty, names.count <= 12 else { return "" }
        return " (expected one of: " + names.joined(separator: ", ") + ")"
    }
}
