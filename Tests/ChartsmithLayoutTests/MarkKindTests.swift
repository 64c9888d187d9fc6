@testable import ChartsmithLayout
import ChartsmithSpec
import Testing

/// The mark registry: every mark type a spec can name is drawn by exactly one kind.
@Suite("Mark kinds")
struct MarkKindTests {
    @Test("every mark type has exactly one kind in the registry")
    func everyTypeHasOneKind() {
        for type in MarkType.allCases {
            let drawers = MarkKinds.all.filter { $0.types.contains(type) }
            #expect(drawers.count == 1, "\(type.rawValue) is drawn by \(drawers.count) kinds")
            #expect(MarkKinds.draws(type))
        }
    }

    @Test("a chart's legend swatch is the strongest of its layers' symbols")
    func legendSymbolOrder() {
        #expect(MarkKinds.kind(for: .bar).legendSymbol == .square)
        #expect(MarkKinds.kind(for: .area).legendSymbol == .square)
        #expect(MarkKinds.kind(for: .line).legendSymbol == .line)
        #expect(MarkKinds.kind(for: .rule).legendSymbol == .line)
        for t in [MarkType.point, .circle, .square, .tick, .text] {
            #expect(MarkKinds.kind(for: t).legendSymbol == .circle)
        }
    }
}
