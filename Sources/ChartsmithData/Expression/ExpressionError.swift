/// A Vega expression that cannot be parsed: where the problem is, what it is and, when
/// one is plausible, what was probably meant.
///
/// ```
/// unknown function "yeer" at column 1 of "yeer(datum.date)"; did you mean "year"?
/// ```
public struct ExpressionError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The expression as written.
    public var source: String
    /// 0-based offset of the problem, in characters of `source` (its length when the
    /// expression ended too early).
    public var offset: Int
    /// What is wrong, without the location.
    public var message: String
    /// Text that was probably meant ("year" for "yeer", "==" for "="), if any.
    public var suggestion: String?

    public init(source: String, offset: Int, message: String, suggestion: String? = nil) {
        self.source = source
        self.offset = offset
        self.message = message
        self.suggestion = suggestion
    }

    /// The message, its 1-based column and the expression (an excerpt around the
    /// problem when the expression is long), then the suggestion.
    public var description: String {
        var text = "\(message) at column \(offset + 1) of \"\(excerpt)\""
        if let suggestion { text += "; did you mean \"\(suggestion)\"?" }
        return text
    }

    /// The whole source when short; otherwise about 60 characters around the offset.
    var excerpt: String {
        let characters = Array(source)
        let limit = 80
        guard characters.count > limit else { return source }
        let start = max(0, min(offset - 30, characters.count - 60))
        let end = min(characters.count, start + 60)
        return (start > 0 ? "…" : "") + String(characters[start..<end]) + (end < characters.count ? "…" : "")
    }
}
