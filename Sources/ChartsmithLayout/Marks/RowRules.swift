import ChartsmithData
import ChartsmithSpec
import Foundation

/// Channel conditions and mark expressions compiled once and shared: the layout asks per
/// row, so each test and expression is parsed only the first time it is seen.
final class RowRules: @unchecked Sendable {
    static let shared = RowRules()
    private let lock = NSLock()
    private var predicates: [FilterPredicate: RowPredicate] = [:]
    private var expressions: [String: ChartsmithData.Expression] = [:]

    /// Compiles every condition and mark expression of the views, so a mistake in one is
    /// reported rather than silently never matching.
    func check(_ views: [PreparedView]) throws {
        for v in views {
            for defs in v.encoding.channels.values {
                for d in defs {
                    for c in d.conditions {
                        do { _ = try compile(c.test) } catch { throw LayoutError("condition test: \(error)") }
                    }
                    if let t = d.fieldTest {
                        do { _ = try compile(t) } catch { throw LayoutError("condition test: \(error)") }
                    }
                }
            }
            for (property, src) in v.mark.expressions {
                do { _ = try compile(src) } catch { throw LayoutError("mark.\(property) expression: \(error)") }
            }
        }
    }

    func compile(_ p: FilterPredicate) throws -> RowPredicate {
        lock.lock()
        if let c = predicates[p] { lock.unlock(); return c }
        lock.unlock()
        let c = try RowPredicate(p)
        lock.lock()
        if predicates.count > 10_000 { predicates.removeAll() }
        predicates[p] = c
        lock.unlock()
        return c
    }

    func compile(_ src: String) throws -> ChartsmithData.Expression {
        lock.lock()
        if let e = expressions[src] { lock.unlock(); return e }
        lock.unlock()
        let e = try ChartsmithData.Expression(src)
        lock.lock()
        if expressions.count > 10_000 { expressions.removeAll() }
        expressions[src] = e
        lock.unlock()
        return e
    }

    func predicate(_ p: FilterPredicate) -> RowPredicate? { try? compile(p) }
    func expression(_ src: String) -> ChartsmithData.Expression? { try? compile(src) }
}
