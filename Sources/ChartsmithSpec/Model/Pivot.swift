/// The `pivot` transform: one row per `groupby` group, with a field for each value of the
/// `pivot` field holding the `op` (default `sum`) of the `value` field over the group's rows
/// with that value. As in Vega, the new fields are the pivot values in ascending order, the
/// first `limit` of them when `limit` is above 0.
public struct PivotSpec: Sendable, Hashable {
    public var pivot: String
    public var value: String
    public var groupby: [String]
    public var limit: Int
    public var op: AggregateOp

    public init(pivot: String, value: String, groupby: [String] = [], limit: Int = 0, op: AggregateOp = .sum) {
        self.pivot = pivot
        self.value = value
        self.groupby = groupby
        self.limit = limit
        self.op = op
    }
}
