import Foundation
import Testing
@testable import ChartsmithSpec

/// `params` (variables and selections) are read strictly, and every reference to one is
/// resolved to what Vega-Lite shows before any interaction.
@Suite("Parameters and selections")
struct ParamDecoderTests {
    func decode(_ text: String) throws -> ChartSpec { try SpecDecoder().decode(Array(text.utf8)) }

    func failure(_ text: String) -> String {
        do {
            _ = try decode(text)
            return "decoded without error"
        } catch {
            return "\(error)"
        }
    }

    // MARK: Structure

    @Test("a parameter without a name is an error at its line and column")
    func missingName() {
        let message = failure("""
        {"data": {"values": []}, "mark": "bar",
         "params": [{"value": 1}]}
        """)
        #expect(message == #"2:13: params[0]: the parameter has no "name""#)
    }

    @Test("an unknown property of a parameter is named, with the closest known one")
    func unknownParamKey() {
        let message = failure("""
        {"data": {"values": []}, "mark": "bar",
         "params": [{"name": "p", "selct": "point"}]}
        """)
        #expect(message == #"2:27: params[0].selct: unknown property "selct" in a parameter; did you mean "select"?"#)
    }

    @Test("an unknown property of a selection is named, with the closest known one")
    func unknownSelectionKey() {
        let message = failure("""
        {"data": {"values": []}, "mark": "bar",
         "layer": [{"mark": "bar", "params": [{"name": "p", "select": {"type": "point", "feilds": ["a"]}}]}]}
        """)
        #expect(message.hasPrefix("2:81: layer[0].params[0].select.feilds: unknown property \"feilds\" in a selection"))
        #expect(message.hasSuffix(#"did you mean "fields"?"#))
    }

    @Test("a selection type that is not point or interval is refused, with a suggestion")
    func badSelectionType() {
        let message = failure(#"{"data": {"values": []}, "mark": "bar", "params": [{"name": "p", "select": "pointt"}]}"#)
        #expect(message.contains(#"params[0].select: "pointt" is not one of "point", "interval"; did you mean "point"?"#))
    }

    @Test("two parameters with one name, and a name that is not an identifier, are errors")
    func names() {
        #expect(failure(#"{"data": {"values": []}, "mark": "bar", "params": [{"name": "p", "value": 1}, {"name": "p", "value": 2}]}"#)
            .contains(#"a parameter named "p" is already defined"#))
        #expect(failure(#"{"data": {"values": []}, "mark": "bar", "params": [{"name": "my param", "value": 1}]}"#)
            .contains("is not a usable parameter name"))
    }

    @Test("two concatenated views defining one selection share it, as Vega-Lite 5 does; different kinds are a located error naming the first")
    func sharedSelection() throws {
        let view = { (select: String, value: String) in
            #"{"params": [{"name": "hover", "select": \#(select)\#(value)}], "mark": "point", "encoding": {"x": {"field": "a", "type": "quantitative"}, "#
                + #""color": {"condition": {"param": "hover", "empty": false, "field": "a", "type": "ordinal"}, "value": "grey"}}}"#
        }
        let spec = { (second: String) in #"{"data": {"values": [{"a": 1}]}, "hconcat": [\#(view(#"{"type": "point", "on": "mouseover"}"#, "")), \#(second)]}"# }
        let shared = try decode(spec(view(#"{"type": "point", "on": "mouseover"}"#, "")))
        #expect(shared.params.filter { $0.name == "hover" }.count == 1)
        let kinds = failure(spec(view(#""interval""#, "")))
        #expect(kinds.contains(#"hconcat[1].params[0].name: a parameter named "hover" is already defined (at 1:"#), "\(kinds)")
        #expect(kinds.contains("hconcat[0].params[0])"), "\(kinds)")
        #expect(kinds.contains("shares a selection"), "\(kinds)")
        let initial = failure(spec(view(#"{"type": "point", "on": "mouseover", "fields": ["a"]}"#, #", "value": [{"a": 1}]"#)))
        #expect(initial.contains("initial \"value\""), "\(initial)")
    }

    @Test("a reference to a parameter that does not exist names the closest one")
    func unknownReference() {
        let message = failure("""
        {"data": {"values": []}, "mark": "bar", "params": [{"name": "hover", "select": "point"}],
         "encoding": {"opacity": {"condition": {"param": "hovr", "value": 1}, "value": 0.2}}}
        """)
        #expect(message.hasPrefix("2:50: encoding.opacity.condition.param: unknown parameter \"hovr\""))
        #expect(message.hasSuffix(#"did you mean "hover"?"#))
    }

    @Test("an initial point value must use the selection's fields")
    func pointValueKeys() {
        let message = failure(#"{"data": {"values": []}, "mark": "bar", "params": [{"name": "p", "select": {"type": "point", "fields": ["symbol"]}, "value": [{"symbl": "A"}]}]}"#)
        #expect(message.contains(#""symbl" is not one of the selection's fields or encodings (symbol); did you mean "symbol"?"#))
        #expect(failure(#"{"data": {"values": []}, "mark": "bar", "params": [{"name": "p", "select": "point", "value": [{"a": 1}]}]}"#)
            .contains(#"needs the selection's "fields" or "encodings""#))
    }

    @Test("a selection named inside an expression is refused clearly")
    func selectionInExpression() {
        let message = failure(#"{"data": {"values": []}, "mark": "bar", "params": [{"name": "brush", "select": "interval"}], "transform": [{"filter": "brush > 1"}]}"#)
        #expect(message.contains(#"the selection "brush" in an expression is not supported by Chartsmith"#))
    }

    // MARK: Initial state

    func condition(_ spec: ChartSpec, _ ch: Channel) -> [FilterPredicate] { spec.encoding[ch]?.conditions.map(\.test) ?? [] }

    @Test("an empty selection passes every row by default, and none with empty: false")
    func emptySelection() throws {
        let spec = try decode("""
        {"data": {"values": []}, "mark": "bar", "params": [{"name": "s", "select": "point"}],
         "transform": [{"filter": {"param": "s"}}, {"filter": {"param": "s", "empty": false}}],
         "encoding": {"fillOpacity": {"condition": {"param": "s", "value": 1}, "value": 0.3},
                      "strokeWidth": {"condition": [{"param": "s", "empty": false, "value": 2}], "value": 0}}}
        """)
        #expect(spec.transforms == [.filter(.constant(true)), .filter(.constant(false))])
        #expect(condition(spec, .fillOpacity) == [.constant(true)])
        #expect(condition(spec, .strokeWidth) == [.constant(false)])
        #expect(spec.params.map(\.name) == ["s"] && spec.params[0].isEmptySelection)
    }

    @Test("a point selection's initial value holds the rows whose fields match it")
    func initialPointValue() throws {
        let spec = try decode("""
        {"data": {"values": []}, "mark": "line", "params": [{"name": "hover", "value": [{"symbol": "AAPL"}, {"symbol": "IBM"}],
          "select": {"type": "point", "fields": ["symbol"]}}],
         "encoding": {"opacity": {"condition": {"param": "hover", "empty": true, "value": 1}, "value": 0.2}}}
        """)
        #expect(condition(spec, .opacity) == [.or([.equal(field: "symbol", value: .string("AAPL")), .equal(field: "symbol", value: .string("IBM"))])])
    }

    @Test("an interval selection's initial extent filters rows and becomes a scale domain from it")
    func initialInterval() throws {
        let spec = try decode("""
        {"data": {"values": []}, "mark": "area", "params": [{"name": "brush", "select": {"type": "interval", "encodings": ["x"]}, "value": {"x": [9, 2]}}],
         "transform": [{"filter": {"param": "brush"}}],
         "encoding": {"x": {"field": "a", "type": "quantitative", "scale": {"domain": {"param": "brush"}}}}}
        """)
        #expect(spec.transforms == [.filter(.range(field: "a", min: .number(2), max: .number(9)))])
        #expect(spec.encoding[.x]?.scale?.domain == [.number(2), .number(9)])
    }

    @Test("a domain from an empty selection is the default domain")
    func emptyDomain() throws {
        let spec = try decode("""
        {"data": {"values": []}, "mark": "area", "params": [{"name": "brush", "select": {"type": "interval", "encodings": ["x"]}}],
         "encoding": {"x": {"field": "a", "type": "quantitative", "scale": {"domain": {"param": "brush"}}}}}
        """)
        #expect(spec.encoding[.x]?.scale?.domain == nil)
    }

    @Test("a conditional field takes the field for the selected rows and the value for the rest")
    func conditionalField() throws {
        let spec = try decode("""
        {"data": {"values": []}, "mark": "line", "params": [{"name": "hover", "value": [{"symbol": "AAPL"}], "select": {"type": "point", "fields": ["symbol"]}}],
         "encoding": {"color": {"condition": {"param": "hover", "field": "symbol", "type": "nominal", "legend": null}, "value": "grey"}}}
        """)
        let color = try #require(spec.encoding[.color])
        #expect(color.field == "symbol" && color.type == .nominal && color.legend?.disabled == true)
        #expect(color.value == .string("grey"))
        #expect(color.fieldTest == .equal(field: "symbol", value: .string("AAPL")))
    }

    @Test("variables are read by name in expressions and as an expr naming them in mark properties")
    func variables() throws {
        let spec = try decode("""
        {"data": {"values": []}, "params": [{"name": "interpolate", "value": "step"}, {"name": "cut", "value": 5, "bind": {"input": "range"}},
                                            {"name": "twice", "expr": "cut * 2"}, {"name": "label", "value": "it's"}],
         "transform": [{"filter": "datum.cut > cut && datum.b < twice"}, {"calculate": "label + datum.label", "as": "t"}],
         "mark": {"type": "line", "interpolate": {"expr": "interpolate"}, "tension": {"expr": "cut"}}}
        """)
        #expect(spec.mark?.interpolate == .step)
        #expect(spec.transforms == [.filter(.expression("datum.cut > 5 && datum.b < (5 * 2)")),
                                    .calculate(expression: "'it\\'s' + datum.label", as: "t")])
    }

    @Test("a mark property naming a parameter whose value it cannot take says so at the property")
    func badParamValue() {
        let message = failure(#"{"data": {"values": []}, "params": [{"name": "i", "value": "basis"}], "mark": {"type": "area", "interpolate": {"expr": "i"}}}"#)
        #expect(message.contains(#"mark.interpolate: "basis" interpolation is not supported by Chartsmith"#))
    }
}
