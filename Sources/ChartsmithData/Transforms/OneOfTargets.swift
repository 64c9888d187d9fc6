/// The values of a `oneOf` predicate, indexed by number and by text so that each row is
/// matched in O(1) rather than against every value (a spec may list thousands), with the
/// same answer as ``RowPredicate/equal(_:_:)`` against each: numbers compare as numbers
/// unless both sides are text, everything else by its text.
struct OneOfTargets: Sendable {
    /// The number of every target that has one.
    var numbers: Set<Double> = []
    /// The number of every target that has one and is not text.
    var nonTextNumbers: Set<Double> = []
    /// The text of every target.
    var texts: Set<String> = []
    /// The text of every target without a number.
    var textsWithoutNumber: Set<String> = []
    /// The text of every target that is text or has no number.
    var textsNotNonTextNumbers: Set<String> = []

    init(_ targets: [Value]) {
        for t in targets {
            texts.insert(t.text)
            if let b = t.number {
                numbers.insert(b)
                if t.isString { textsNotNonTextNumbers.insert(t.text) } else { nonTextNumbers.insert(b) }
            } else {
                textsWithoutNumber.insert(t.text)
                textsNotNonTextNumbers.insert(t.text)
            }
        }
    }

    /// Whether `x` equals any target.
    func contains(_ x: Value) -> Bool {
        guard let a = x.number else { return texts.contains(x.text) }
        if x.isString { return nonTextNumbers.contains(a) || textsNotNonTextNumbers.contains(x.text) }
        return numbers.contains(a) || textsWithoutNumber.contains(x.text)
    }
}
