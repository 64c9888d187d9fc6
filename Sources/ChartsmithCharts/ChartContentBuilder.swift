import Chartsmith

/// The result builder of a ``Chart``'s content: marks in order, with `if`/`else` and `for`
/// (each mark becomes one Vega-Lite layer).
@resultBuilder
public enum ChartContentBuilder<Row> {
    /// A mark is one layer.
    public static func buildExpression<M: ChartMark>(_ mark: M) -> [MarkLayer<Row>] where M.Row == Row { [mark.layer] }
    /// Layers made elsewhere, as they are.
    public static func buildExpression(_ layers: [MarkLayer<Row>]) -> [MarkLayer<Row>] { layers }
    /// Marks in order.
    public static func buildBlock(_ parts: [MarkLayer<Row>]...) -> [MarkLayer<Row>] { parts.flatMap { $0 } }
    /// An `if` without `else`: its layers, or none.
    public static func buildOptional(_ part: [MarkLayer<Row>]?) -> [MarkLayer<Row>] { part ?? [] }
    /// The `if` branch.
    public static func buildEither(first part: [MarkLayer<Row>]) -> [MarkLayer<Row>] { part }
    /// The `else` branch.
    public static func buildEither(second part: [MarkLayer<Row>]) -> [MarkLayer<Row>] { part }
    /// A `for` loop: every iteration's layers in order.
    public static func buildArray(_ parts: [[MarkLayer<Row>]]) -> [MarkLayer<Row>] { parts.flatMap { $0 } }
    /// An `if #available` branch.
    public static func buildLimitedAvailability(_ part: [MarkLayer<Row>]) -> [MarkLayer<Row>] { part }
}
