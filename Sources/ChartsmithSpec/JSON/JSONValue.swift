/// The value of a JSON node: one of the six kinds of JSON value.
///
/// Array elements and object members are ``JSONNode``s, so every value at any
/// depth still knows its source location and path.
public indirect enum JSONValue: Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number. JSON does not distinguish integers; all numbers are `Double`s.
    case number(Double)
    /// A string, with its escapes decoded.
    case string(String)
    /// An array, elements in source order.
    case array([JSONNode])
    /// An object, members in source order.
    case object(JSONObject)
}
