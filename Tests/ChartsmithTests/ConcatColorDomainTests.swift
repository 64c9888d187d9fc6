import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// A concat's shared colour scale spans the values of the views that draw with it, not a
/// column of the same name in another view (`concat_marginal_histograms`: the histograms'
/// counts, up to 1,000, paled the heatmap whose cells count up to 167).
@Suite("Concat colour domain")
struct ConcatColorDomainTests {
    @Test("a heatmap's count colour beside a count histogram: the legend ends at the heatmap's largest count")
    func countBesideCount() throws {
        // Six rows in one x bin: the histogram counts 6; the heatmap's cells count 1 to 3.
        let rows = [(1, 1), (1, 1), (1, 1), (1, 2), (1, 2), (1, 3)].map { #"{"a": \#($0.0), "b": \#($0.1)}"# }
        let spec = #"""
        {"data": {"values": [\#(rows.joined(separator: ", "))]}, "vconcat": [
          {"mark": "bar", "encoding": {"x": {"field": "a", "type": "ordinal"}, "y": {"aggregate": "count", "type": "quantitative"}}},
          {"mark": "rect", "encoding": {"x": {"field": "a", "type": "ordinal"}, "y": {"field": "b", "type": "ordinal"},
                                         "color": {"aggregate": "count", "type": "quantitative"}}}]}
        """#
        let labels = try TestPipeline.scene(spec).texts(.legendLabel).compactMap { Double($0.text) }
        #expect(!labels.isEmpty)
        #expect((labels.max() ?? 0) <= 3, "\(labels)")
    }
}
