import Foundation

/// So that `error.localizedDescription` gives the full diagnostic text rather
/// than Foundation's generic "The operation could not be completed".
extension Diagnostic: LocalizedError {
    /// The same as ``description``.
    public var errorDescription: String? { description }
}
