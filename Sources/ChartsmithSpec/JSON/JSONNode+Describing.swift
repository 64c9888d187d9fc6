extension JSONNode {
    /// The kind of value with its article, for messages such as
    /// "expected a string but found a number": `null`, `a boolean`, `a number`,
    /// `a string`, `an array` or `an object`.
    public var typeName: String { value.typeName }

    /// A short, single-line rendering of the value for messages: strings in
    /// double quotes, numbers without a needless `.0`, arrays and objects
    /// compactly, all cut off with `…` past `maxLength` characters (at least 8).
    ///
    ///     "bar"   3   2.5   true   null   [1, 2, 3]   {"field": "x", …}
    public func describeValue(maxLength: Int = 40) -> String {
        value.describe(maxLength: maxLength)
    }
}

extension JSONValue {
    /// The kind of value with its article; see ``JSONNode/typeName``.
    public var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// A short rendering of the value; see ``JSONNode/describeValue(maxLength:)``.
    public func describe(maxLength: Int = 40) -> String {
        render(limit: max(maxLength, 8)).text
    }

    /// Renders the value in at most `limit` characters; `complete` is false when
    /// something had to be left out.
    private func render(limit: Int) -> (text: String, complete: Bool) {
        switch self {
        case .null:
            return fitting("null", limit)
        case .bool(let flag):
            return fitting(flag ? "true" : "false", limit)
        case .number(let number):
            return fitting(JSONValue.format(number), limit)
        case .string(let string):
            let quoted = JSONPath.quoted(string)
            if quoted.count <= limit { return (quoted, true) }
            guard limit >= 3 else { return ("…", false) }
            return (String(quoted.prefix(limit - 2)) + "…\"", false)
        case .array(let elements):
            return renderContainer(open: "[", close: "]", count: elements.count, limit: limit) { index, room in
                elements[index].value.render(limit: room)
            }
        case .object(let object):
            return renderContainer(open: "{", close: "}", count: object.entries.count, limit: limit) { index, room in
                let entry = object.entries[index]
                let key = JSONPath.quoted(entry.key) + ": "
                guard room - key.count >= 1 else { return ("", false) }
                let value = entry.value.value.render(limit: room - key.count)
                return (key + value.text, value.complete)
            }
        }
    }

    private func fitting(_ text: String, _ limit: Int) -> (text: String, complete: Bool) {
        text.count <= limit ? (text, true) : ("…", false)
    }

    private func renderContainer(
        open: String, close: String, count: Int, limit: Int,
        element: (Int, Int) -> (text: String, complete: Bool)
    ) -> (text: String, complete: Bool) {
        if count == 0 { return fitting(open + close, limit) }
        guard limit >= 3 else { return ("…", false) }
        var out = open
        var used = 1
        for index in 0..<count {
            let separator = index == 0 ? "" : ", "
            // Room for this element, keeping space for the closing bracket and,
            // if more elements follow, for ", …".
            let reserve = 1 + (index < count - 1 ? 3 : 0)
            let room = limit - used - separator.count - reserve
            if room >= 1 {
                let piece = element(index, room)
                if piece.complete {
                    out += separator + piece.text
                    used += separator.count + piece.text.count
                    continue
                }
            }
            return (out + separator + "…" + close, false)
        }
        return (out + close, true)
    }

    /// A number as a person would write it: `3`, `-2.5`, `0.001`, `1e+21`.
    static func format(_ number: Double) -> String {
        if number.isFinite, number == number.rounded(), abs(number) < 1e15 {
            return String(Int64(number))
        }
        return "\(number)"
    }
}
