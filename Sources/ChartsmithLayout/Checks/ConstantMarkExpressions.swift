import ChartsmithData
import ChartsmithSpec

/// Mark properties that Vega-Lite lets a spec give as `{"expr": ...}` over its parameters
/// (`"size": {"expr": "height / 2"}`) but that Chartsmith draws from one value per mark: the
/// expression is evaluated once, before layout, with the parameters' values, and becomes the
/// property's value. An expression that reads the row (`datum`) would need a value per mark
/// and is refused by name.
public enum ConstantMarkExpressions {
    nonisolated(unsafe) static let properties: [String: WritableKeyPath<MarkSpec, Double?>] = [
        "size": \.size, "strokeWidth": \.strokeWidth, "thickness": \.thickness, "binSpacing": \.binSpacing,
        "cornerRadius": \.cornerRadius, "cornerRadiusEnd": \.cornerRadiusEnd,
        "cornerRadiusTopLeft": \.cornerRadiusTopLeft, "cornerRadiusTopRight": \.cornerRadiusTopRight,
        "cornerRadiusBottomLeft": \.cornerRadiusBottomLeft, "cornerRadiusBottomRight": \.cornerRadiusBottomRight,
    ]

    /// The names of the properties folded here.
    public static var names: Set<String> { Set(properties.keys) }

    /// `spec` with every such expression replaced by its value.
    public static func fold(_ spec: ChartSpec) throws -> ChartSpec {
        var out = spec
        if let m = spec.mark { out.mark = try fold(m, path: "mark") }
        for i in out.layers.indices { out.layers[i].mark = try fold(out.layers[i].mark, path: "layer[\(i)].mark") }
        return out
    }

    static func fold(_ mark: MarkSpec, path: String) throws -> MarkSpec {
        var m = mark
        for (key, source) in mark.expressions.sorted(by: { $0.key < $1.key }) {
            guard let keyPath = properties[key] else { continue }
            let expression: ChartsmithData.Expression
            do { expression = try ChartsmithData.Expression(source) } catch {
                throw LayoutError("\(path).\(key): not a valid expression: \(error)")
            }
            guard !source.contains("datum") else {
                throw LayoutError("\(path).\(key): expressions over the row (\"datum\") for the mark's \"\(key)\" are not supported by Chartsmith;"
                                  + " an expression of parameters is")
            }
            guard let n = expression.evaluate(Row()).number, n.isFinite, n >= 0 else {
                throw LayoutError("\(path).\(key): the expression \"\(source)\" gives no number of 0 or more")
            }
            m[keyPath: keyPath] = n
            m.expressions[key] = nil
        }
        return m
    }
}
