import Chartsmith
import ChartsmithScene
import ChartsmithTestSupport
import Foundation
import Testing

/// A facet field's `timeUnit`, as Vega-Lite compiles it: the groups are the unit's values,
/// in time order (or as a sort list of the unit's numbers asks), and the headers are
/// written in the unit's format.
@Suite("Facet time units")
struct FacetTimeUnitTests {
    static let rows = (0..<6).map { i in
        #"{"date": "201\#(i % 3)-0\#(i % 2 + 1)-15T0\#(i % 3 * 3):00:00", "v": \#(i + 1)}"#
    }.joined(separator: ", ")

    static func spec(_ facet: String) -> String {
        #"{"data": {"values": [\#(rows)]}, "mark": "bar", "width": 60, "height": 40,"#
            + #""encoding": {"x": {"field": "v", "type": "quantitative"}, \#(facet)}}"#
    }

    /// The facet's header labels, in reading order (left to right, top to bottom).
    func headers(_ scene: Scene) -> [String] {
        scene.texts(.axisTitle).filter { $0.font.weight == .bold }.sorted { ($0.anchor.y, $0.anchor.x) < ($1.anchor.y, $1.anchor.x) }.map(\.text)
    }

    @Test("a column by year: one column per year, in time order, headed as Vega-Lite formats years")
    func year() throws {
        let c = try TestPipeline.chart(Self.spec(#""column": {"field": "date", "timeUnit": "year", "type": "ordinal"}"#))
        #expect(headers(c.scene) == ["2010", "2011", "2012"])
        #expect(c.scene.paths(.mark).count + c.scene.rects.filter { $0.role == .mark }.count == 6)
    }

    @Test("a row by hours with a sort list of hours: the listed hours first, headed %H:00")
    func hoursSorted() throws {
        let s = try TestPipeline.scene(Self.spec(#""row": {"field": "date", "timeUnit": "hours", "type": "ordinal", "sort": [6, 0], "header": {"labelAngle": 0}}"#))
        #expect(headers(s) == ["06:00", "00:00", "03:00"])
    }

    @Test("a sort list on a multi-field unit, or of words, is a located error")
    func badSort() throws {
        #expect(throws: (any Error).self) {
            try TestPipeline.chart(Self.spec(#""row": {"field": "date", "timeUnit": "yearmonth", "sort": [1]}"#))
        }
        #expect(throws: (any Error).self) {
            try TestPipeline.chart(Self.spec(#""row": {"field": "date", "timeUnit": "hours", "sort": ["six"]}"#))
        }
    }

    @Test("a missing field is named, as without a time unit")
    func missingField() throws {
        #expect(throws: (any Error).self) {
            try TestPipeline.chart(Self.spec(#""row": {"field": "when", "timeUnit": "year"}"#))
        }
    }
}
