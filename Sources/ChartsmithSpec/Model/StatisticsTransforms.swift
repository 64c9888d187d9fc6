/// The `regression` transform: a least-squares trend line of `regression` (y) on `on` (x),
/// per group, as Vega's `regression` transform fits it (see `Regression` in the data stage).
public struct RegressionSpec: Sendable, Hashable {
    /// The fitted model's form.
    public enum Method: String, Sendable, Hashable, CaseIterable {
        case linear, log, exp, pow, quad, poly
    }

    /// `regression`: the dependent field (y).
    public var field: String
    /// `on`: the independent field (x).
    public var on: String
    public var groupby: [String] = []
    public var method: Method = .linear
    /// `order`: the polynomial order of `poly` (a whole number, at least 1; default 3).
    public var order = 3
    /// `extent`: the x domain the line is drawn over (default: the group's x extent).
    public var extent: [Double]?
    /// `params`: output one row of coefficients and R² a group instead of the line.
    public var params = false
    /// `as`: the output fields for x and the predicted y (default `on` and `regression`).
    public var xAs: String
    public var yAs: String

    public init(field: String, on: String) {
        self.field = field
        self.on = on
        xAs = on
        yAs = field
    }
}

/// The `loess` transform: a locally weighted regression of `loess` (y) on `on` (x), per
/// group, as Vega's `loess` transform smooths it (see `Loess` in the data stage).
public struct LoessSpec: Sendable, Hashable {
    /// `loess`: the dependent field (y).
    public var field: String
    /// `on`: the independent field (x).
    public var on: String
    public var groupby: [String] = []
    /// `bandwidth`: the share of the points each local fit uses, in (0, 1] (default 0.3).
    public var bandwidth = 0.3
    /// `as`: the output fields for x and the smoothed y (default `on` and `loess`).
    public var xAs: String
    public var yAs: String

    public init(field: String, on: String) {
        self.field = field
        self.on = on
        xAs = on
        yAs = field
    }
}

/// The `quantile` transform: sample quantiles of one field, per group, at probabilities
/// `probs` or every `step` from step / 2 (see `Quantile` in the data stage).
public struct QuantileSpec: Sendable, Hashable {
    /// `quantile`: the field whose quantiles are computed.
    public var field: String
    public var groupby: [String] = []
    /// `probs`: the probabilities; when nil, every `step` from step / 2 below 1.
    public var probs: [Double]?
    public var step = 0.01
    /// `as`: the output fields for the probability and the quantile.
    public var probAs = "prob"
    public var valueAs = "value"

    public init(field: String) {
        self.field = field
    }
}
