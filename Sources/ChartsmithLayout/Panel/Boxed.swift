/// A value kept behind one reference, for a large field of a value type that is copied far
/// more often than the field is set (a copy of the holder then copies one reference).
final class Boxed<Value> {
    let value: Value

    init(_ value: Value) { self.value = value }
}
