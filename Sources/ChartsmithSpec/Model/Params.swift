/// A parameter from `params` (top level or in a layer): a variable with a value, or a
/// selection. Chartsmith draws the chart in its initial state, before any interaction:
/// a variable has its `value`, and a selection holds its initial `value` or is empty.
public struct ParamSpec: Sendable, Hashable {
    /// The kinds of selection.
    public enum SelectionType: String, Sendable, Hashable, CaseIterable { case point, interval }

    public var name: String
    /// A variable's value (`"value": 5`), or nil.
    public var value: InlineValue?
    /// A variable defined by an expression over other variables (`"expr": "a * 2"`).
    public var expr: String?
    /// The selection type, or nil for a variable.
    public var selection: SelectionType?
    /// The rows a selection holds initially, as a predicate; nil when it starts empty.
    public var initial: FilterPredicate?
    /// An interval selection's initial extent per channel (`{"x": [lo, hi]}`), for scale
    /// domains taken from the selection.
    public var intervals: [String: [InlineValue]] = [:]
    /// Where a variable's value was written, so a property that needs a constant
    /// (`"interpolate": {"expr": "interpolate"}`) reads it as if written there.
    public var valueNode: JSONNode?
    /// Where the view whose `params` lists it was written: an interval selection's initial
    /// brush is drawn there (``ChartSpec/path``).
    public var definedIn: JSONPath?

    public init(name: String) {
        self.name = name
    }

    /// Whether the selection starts empty.
    public var isEmptySelection: Bool { selection != nil && initial == nil }
}

/// `impute` on a position channel or as a transform: fills in missing key values.
public struct ImputeSpec: Sendable, Hashable {
    /// How an imputed value is computed.
    public enum Method: String, Sendable, Hashable, CaseIterable { case value, mean, median, max, min }

    /// The imputed field and the key field (for the transform; the encoding takes both
    /// from its channels).
    public var field: String?
    public var key: String?
    public var method: Method = .value
    /// The value for `method: "value"`.
    public var value: InlineValue?
    /// Extra key values to impute for, besides those found in the data.
    public var keyvals: [InlineValue] = []
    /// `keyvals: {start, stop, step}`: a sequence of key values.
    public var sequence: (start: Double, stop: Double, step: Double)?
    /// The window over which `mean`, `median`, `max` or `min` is computed: [before, after],
    /// nil for unbounded.
    public var frame: [Double?] = [nil, nil]
    /// Groups imputed separately (the transform's `groupby`).
    public var groupby: [String] = []

    public init() {}

    public static func == (a: ImputeSpec, b: ImputeSpec) -> Bool {
        a.field == b.field && a.key == b.key && a.method == b.method && a.value == b.value && a.keyvals == b.keyvals
            && a.sequence?.start == b.sequence?.start && a.sequence?.stop == b.sequence?.stop
            && a.sequence?.step == b.sequence?.step && a.frame == b.frame && a.groupby == b.groupby
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(field)
        hasher.combine(key)
        hasher.combine(method)
        hasher.combine(keyvals)
        hasher.combine(sequence?.start)
        hasher.combine(sequence?.stop)
        hasher.combine(groupby)
    }

    /// The extra key values: `keyvals` or the values of the sequence.
    public var extraKeys: [InlineValue] {
        guard let s = sequence else { return keyvals }
        var out: [InlineValue] = []
        var v = s.start
        while (s.step > 0 ? v < s.stop : v > s.stop), out.count < 100_000 {
            out.append(.number(v))
            v += s.step
        }
        return out
    }
}
