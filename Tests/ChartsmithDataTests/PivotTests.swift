import Foundation
import Testing
@testable import ChartsmithData
@testable import ChartsmithSpec

/// Vega's `pivot` transform (Vega-Lite's `bar_column_pivot`): a field's values become
/// fields, one row per group.
@Suite("The pivot transform")
struct PivotTests {
    static let medals = #"""
        {"data": {"values": [
           {"country": "Norway", "type": "gold", "count": 14}, {"country": "Norway", "type": "silver", "count": 14},
           {"country": "Norway", "type": "bronze", "count": 11}, {"country": "Germany", "type": "gold", "count": 14},
           {"country": "Germany", "type": "silver", "count": 10}, {"country": "Germany", "type": "bronze", "count": 7},
           {"country": "Canada", "type": "gold", "count": 11}, {"country": "Canada", "type": "silver", "count": 8},
           {"country": "Canada", "type": "bronze", "count": 10}]},
         "transform": [TRANSFORM],
         "mark": "bar", "encoding": {"x": {"field": "country", "type": "nominal"}, "y": {"field": "gold", "type": "quantitative"}}}
        """#

    func pivoted(_ transform: String) throws -> Table {
        let spec = try SpecDecoder().decode(Array(Self.medals.replacingOccurrences(of: "TRANSFORM", with: transform).utf8))
        let loader = DataLoader(baseFolder: .init(fileURLWithPath: "/nonexistent"))
        return try Transforms.apply(spec.transforms, to: try loader.load(spec.data!))
    }

    @Test("one row per group, a field per pivot value in ascending order, each the sum of the value")
    func medalsByCountry() throws {
        let t = try pivoted(#"{"pivot": "type", "value": "count", "groupby": ["country"]}"#)
        #expect(t.fields == ["country", "bronze", "gold", "silver"])
        #expect(t.rows.count == 3)
        let norway = try #require(t.rows.first { $0["country"] == .string("Norway") })
        #expect(norway["gold"] == .number(14) && norway["silver"] == .number(14) && norway["bronze"] == .number(11))
        let canada = try #require(t.rows.first { $0["country"] == .string("Canada") })
        #expect(canada["gold"] == .number(11))
    }

    @Test("without groupby all rows make one; limit keeps the first values; op chooses the aggregate")
    func options() throws {
        let all = try pivoted(#"{"pivot": "type", "value": "count"}"#)
        #expect(all.rows.count == 1 && all.rows[0]["gold"] == .number(39))
        let limited = try pivoted(#"{"pivot": "type", "value": "count", "limit": 2}"#)
        #expect(limited.fields == ["bronze", "gold"])
        let mean = try pivoted(#"{"pivot": "type", "value": "count", "op": "max"}"#)
        #expect(mean.rows[0]["silver"] == .number(14))
    }

    /// Vega sums no valid values to undefined: its line_color_halo reference draws GOOG from
    /// 2004 ("price: undefined" before), not along zero.
    @Test("a group lacking a value has no value: null for sum, null for mean")
    func missingValues() throws {
        var t = Table(fields: ["g", "k", "v"])
        t.rows = [Row(["g": .string("a"), "k": .string("x"), "v": .number(1)]), Row(["g": .string("b"), "k": .string("y"), "v": .number(2)])]
        let sum = try Pivot.apply(PivotSpec(pivot: "k", value: "v", groupby: ["g"]), to: t)
        #expect(sum.rows.first { $0["g"] == .string("a") }?["y"] == .null)
        let mean = try Pivot.apply(PivotSpec(pivot: "k", value: "v", groupby: ["g"], op: .mean), to: t)
        #expect(mean.rows.first { $0["g"] == .string("a") }?["y"] == .null)
    }

    @Test("a misspelt pivot field is named; an unknown op is named with the one meant")
    func errors() throws {
        #expect(throws: (any Error).self) { _ = try pivoted(#"{"pivot": "type", "value": "count", "op": "summ"}"#) }
        do {
            _ = try pivoted(#"{"pivot": "type", "value": "count", "op": "summ"}"#)
        } catch {
            #expect("\(error)".contains("did you mean \"sum\""), "\(error)")
        }
        let spec = try SpecDecoder().decode(Array(Self.medals.replacingOccurrences(of: "TRANSFORM", with: #"{"pivot": "typ", "value": "count"}"#).utf8))
        let loader = DataLoader(baseFolder: .init(fileURLWithPath: "/nonexistent"))
        let source = try loader.load(spec.data!)
        #expect(throws: DataError.self) {
            try DataLoader.checkFields(encoding: spec.encoding, transforms: spec.transforms, source: source)
        }
        // The pivoted fields themselves are not checked: they are named by the data.
        let ok = try SpecDecoder().decode(Array(Self.medals.replacingOccurrences(of: "TRANSFORM", with: #"{"pivot": "type", "value": "count", "groupby": ["country"]}"#).utf8))
        try DataLoader.checkFields(encoding: ok.encoding, transforms: ok.transforms, source: source)
    }
}
