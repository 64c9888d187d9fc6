import Chartsmith

/// The result builder of a ``Chart``'s content: marks in order, with `if`/`else` and `for`
/// (each mark becomes one Vega-Lite layer).
@resultBuilder
public enum ChartContentBuilder<Row> {
    public static func buildExpression<M: ChartMark>(_ mark: M) -> [MarkLayer<Row>] where M.Row == Row { [mark.layer] }
    public static func buildExpression(_ layers: [MarkLayer<Row>]) -> [MarkLayer<Row>] { layers }
    public static func buildBlock(_ parts: [MarkLayer<Row>]...) -> [MarkLayer<Row>] { parts.flatMap { $0 } }
    public static func buildOptional(_ part: [MarkLayer<Row>]?) -> [MarkLayer<Row>] { part ?? [] }
    public static func buildEither(first part: [MarkLayer<Row>]) -> [MarkLayer<Row>] { part }
    public static func buildEither(second part: [MarkLayer<Row>]) -> [MarkLayer<Row>] { part }
    public static func buildArray(_ parts: [[MarkLayer<Row>]]) -> [MarkLayer<Row>] { parts.flatMap { $0 } }
    public static func buildLimitedAvailability(_ part: [MarkLayer<Row>]) -> [MarkLayer<Row>] { part }
}
