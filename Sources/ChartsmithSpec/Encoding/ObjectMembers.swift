/// The members of one JSON object being written by ``VegaLiteEncoder``, in the order they
/// are added: a member whose value is nil is left out, so each model field is one line.
struct ObjectMembers {
    private(set) var members: [(String, ChartValue)] = []

    init() {}

    /// Adds `key` when `value` is not nil.
    mutating func add(_ key: String, _ value: ChartValue?) {
        if let value { members.append((key, value)) }
    }

    mutating func add(_ key: String, _ value: String?) { add(key, value.map(ChartValue.string)) }
    mutating func add(_ key: String, _ value: Double?) { add(key, value.map(ChartValue.number)) }
    mutating func add(_ key: String, _ value: Int?) { add(key, value.map { ChartValue.number(Double($0)) }) }
    mutating func add(_ key: String, _ value: Bool?) { add(key, value.map(ChartValue.bool)) }

    /// Adds a list of strings when it is not empty.
    mutating func add(_ key: String, strings: [String]) {
        if !strings.isEmpty { members.append((key, .array(strings.map(ChartValue.string)))) }
    }

    /// Adds a list of numbers when it is not nil.
    mutating func add(_ key: String, numbers: [Double]?) {
        if let numbers { members.append((key, .array(numbers.map(ChartValue.number)))) }
    }

    /// Adds the members of another object after these.
    mutating func append(contentsOf other: ObjectMembers) { members += other.members }

    var isEmpty: Bool { members.isEmpty }

    /// The object.
    var value: ChartValue { .object(members) }

    /// The object, or nil when it has no members.
    var nonEmpty: ChartValue? { members.isEmpty ? nil : .object(members) }
}

extension ChartValue {
    /// A string, or a list of strings when there are several lines (`title`, `text`).
    static func lines(_ lines: [String]) -> ChartValue {
        lines.count == 1 ? .string(lines[0]) : .array(lines.map(ChartValue.string))
    }
}
