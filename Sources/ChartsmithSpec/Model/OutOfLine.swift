/// A large value kept behind one immutable reference, for a field of a value type that
/// is copied far more often than it is set.
///
/// `ChannelDef` is copied on every encoding look-up; with its scale, axis and legend
/// objects inline it is several kilobytes, and each copy (or zero-filled absent
/// definition) is a `memcpy`/`memset` of that size. Behind an `OutOfLine` a copy moves
/// one reference. Equality and hashing are the value's, so the holder's synthesised
/// `Hashable` means what it did.
public final class OutOfLine<Value: Hashable & Sendable>: Hashable, Sendable {
    /// The value held.
    public let value: Value

    /// Holds `value`.
    public init(_ value: Value) { self.value = value }

    public static func == (a: OutOfLine, b: OutOfLine) -> Bool { a === b || a.value == b.value }

    public func hash(into hasher: inout Hasher) { hasher.combine(value) }
}

/// A large value kept behind one reference that its holder copies on write: the holder's
/// `_modify` accessor replaces the box when it is shared (`isKnownUniquelyReferenced`)
/// before yielding the value, so each copy of the holder keeps value semantics.
///
/// Only a holder that follows that rule may mutate ``value``; that discipline is what makes
/// the unchecked `Sendable` sound (a shared box is never written).
public final class CopyOnWrite<Value>: @unchecked Sendable {
    /// The value held.
    public var value: Value

    /// Holds `value`.
    public init(_ value: Value) { self.value = value }
}
