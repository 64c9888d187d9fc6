import Chartsmith
import ChartsmithScene
import ChartsmithTestSupport
import Testing

/// `{"datum": {"expr": "name"}}` takes the variable parameter's initial value, so a rule a
/// slider drives is drawn where the slider starts; a name that is not a parameter is a
/// located error.
@Suite("A datum from a parameter")
struct DatumParamTests {
    static func spec(_ datum: String, params: String = #"[{"name": "threshold", "value": 30, "bind": {"input": "range", "min": 0, "max": 60}}]"#) -> String {
        """
        {"params": \(params),
         "data": {"values": [{"k": "a", "v": 10}, {"k": "b", "v": 50}]},
         "layer": [
           {"mark": "bar", "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "v", "type": "quantitative"}}},
           {"mark": "rule", "encoding": {"y": {"datum": \(datum), "type": "quantitative"}}}
         ]}
        """
    }

    /// The rule's y and the bar tops' y, with the value of each bar.
    static func ruleY(_ json: String) throws -> (rule: Double, bars: [Double]) {
        let scene = try TestPipeline.scene(json)
        let rules = scene.paths(.mark).compactMap(\.path.bounds).filter { $0.height < 0.01 }
        let bars = scene.rects(.mark).map(\.rect).sorted { $0.minX < $1.minX }
        return (rules.first?.minY ?? .nan, bars.map(\.minY))
    }

    @Test("the rule sits at the parameter's initial value, as at the same constant datum")
    func initialValue() throws {
        let fromParam = try Self.ruleY(Self.spec(#"{"expr": "threshold"}"#))
        let constant = try Self.ruleY(Self.spec("30"))
        #expect(fromParam.rule.isFinite)
        #expect(fromParam.rule == constant.rule)
        // 30 lies between the bars' values 10 and 50.
        if fromParam.bars.count == 2 {
            let (b10, b50) = (fromParam.bars[0], fromParam.bars[1])
            #expect(fromParam.rule < b10 && fromParam.rule > b50)
        }
    }

    @Test("an unknown parameter is a located error naming the closest one")
    func unknown() throws {
        do {
            _ = try TestPipeline.chart(Self.spec(#"{"expr": "treshold"}"#))
            Issue.record("expected an error")
        } catch {
            let text = "\(error)"
            #expect(text.contains("layer[1].encoding.y.datum.expr"))
            #expect(text.contains("unknown parameter \"treshold\""))
            #expect(text.contains("did you mean \"threshold\""))
            #expect(text.contains("spec.json:5:"))
        }
    }

    @Test("without a type the datum expression is refused, as Vega-Lite refuses it")
    func needsType() throws {
        let json = Self.spec(#"{"expr": "threshold"}"#).replacingOccurrences(of: #", "type": "quantitative""#, with: "")
        do {
            _ = try TestPipeline.chart(json)
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("layer[1].encoding.y.datum: a datum given as an expression needs a \"type\""))
        }
    }

    @Test("a selection, or an expression beyond a name, is refused with its reason")
    func refused() throws {
        #expect(throws: (any Error).self) {
            try TestPipeline.chart(Self.spec(#"{"expr": "threshold * 2"}"#))
        }
        do {
            _ = try TestPipeline.chart(Self.spec(#"{"expr": "pick"}"#, params: #"[{"name": "pick", "select": "point"}]"#))
            Issue.record("expected an error")
        } catch {
            #expect("\(error)".contains("\"pick\" is a selection"))
        }
    }
}
