import Testing
@testable import ChartsmithSpec

/// The statistics transforms decode with Vega-Lite's defaults, and bad parameters get a
/// located error naming the property.
@Suite("Statistics transform decoding")
struct StatisticsTransformDecoderTests {
    func transform(_ json: String) throws -> Transform {
        let spec = try SpecDecoder().decode(Array(#"{"data": {"values": []}, "mark": "line", "transform": ["#.utf8) + Array(json.utf8) + Array("]}".utf8))
        return try #require(spec.transforms.first)
    }

    func error(_ json: String) -> String {
        do { _ = try transform(json); return "" } catch { return "\(error)" }
    }

    @Test("defaults: as names the input fields, linear, order 3; loess bandwidth 0.3; quantile prob/value")
    func defaults() throws {
        guard case .regression(let r) = try transform(#"{"regression": "y", "on": "x"}"#) else { Issue.record("not a regression"); return }
        #expect(r.method == .linear && r.order == 3 && r.xAs == "x" && r.yAs == "y" && !r.params)
        guard case .loess(let l) = try transform(#"{"loess": "y", "on": "x", "as": ["a", "b"]}"#) else { Issue.record("not a loess"); return }
        #expect(l.bandwidth == 0.3 && l.xAs == "a" && l.yAs == "b")
        guard case .quantile(let q) = try transform(#"{"quantile": "v", "step": 0.1}"#) else { Issue.record("not a quantile"); return }
        #expect(q.probs == nil && q.step == 0.1 && q.probAs == "prob" && q.valueAs == "value")
        #expect(try transform(#"{"flatten": ["a", "b"], "as": ["c"]}"#) == .flatten(fields: ["a", "b"], as: ["c", "b"]))
        #expect(try transform(#"{"sample": 10}"#) == .sample(10))
    }

    @Test("a regression order below 1 and an unknown method are located errors naming the property")
    func badRegression() {
        let order = error(#"{"regression": "y", "on": "x", "method": "poly", "order": 0}"#)
        #expect(order.hasPrefix("1:114: transform[0].order: a regression \"order\" must be a whole number from 1 to 20, found 0"), "\(order)")
        let method = error(#"{"regression": "y", "on": "x", "method": "polynomial"}"#)
        #expect(method.hasPrefix(#"1:97: transform[0].method: "polynomial" is not a regression method"#), "\(method)")
        #expect(method.contains("poly"))
        #expect(error(#"{"regression": "y"}"#).contains("missing \"on\""))
        #expect(error(#"{"loess": "y", "on": "x", "bandwidth": 2}"#).contains("transform[0].bandwidth"))
    }
}
