import Chartsmith
import ChartsmithScene
import Foundation
import Testing

/// Field paths into object fields: `a.b`, `a['b']` and `a["b"]` alike, and the row an
/// `argmax` aggregate brings (the gallery's line chart with a custom legend, review 9
/// finding 6).
@Suite("Field paths into objects")
struct FieldPathAccessTests {
    /// Dates as text, as a CSV gives them: `argmax` compares them as dates.
    static let data = #"""
    {"values":[{"symbol":"A","date":"Jan 1 2000","price":10},{"symbol":"A","date":"Mar 1 2010","price":30},
               {"symbol":"A","date":"Feb 1 2005","price":20},{"symbol":"B","date":"Dec 1 2001","price":5},
               {"symbol":"B","date":"Jan 1 2009","price":7}]}
    """#

    /// The custom legend: lines, then a dot and a label at each line's last point.
    static func spec(x: String, y: String) -> String {
        #"""
        {"data":\#(data),"layer":[
          {"mark":"line","encoding":{"x":{"field":"date","type":"temporal"},"y":{"field":"price","type":"quantitative"},
                                    "color":{"field":"symbol","type":"nominal","legend":null}}},
          {"mark":"circle","transform":[{"aggregate":[{"op":"argmax","field":"date","as":"last_date"}],"groupby":["symbol"]}],
           "encoding":{"x":{"field":"\#(x)","type":"temporal"},"y":{"field":"\#(y)","type":"quantitative"},
                       "color":{"field":"symbol","type":"nominal","legend":null}}},
          {"mark":{"type":"text","align":"left","dx":4},
           "transform":[{"aggregate":[{"op":"argmax","field":"date","as":"last_date"}],"groupby":["symbol"]}],
           "encoding":{"x":{"field":"\#(x)","type":"temporal"},"y":{"field":"\#(y)","type":"quantitative"},
                       "text":{"field":"symbol","type":"nominal"},"color":{"field":"symbol","type":"nominal","legend":null}}}]}
        """#
    }

    /// An inline spec rendered as a file is.
    static func chart(_ json: String) throws -> RenderedChart {
        let folder = try temporaryFolder("chartsmith-field-path")
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("spec.json")
        try Data(json.utf8).write(to: url)
        return try ChartRenderer().chart(forSpecAt: url)
    }

    @Test("argmax of a date written as text brings the latest row; its members are read by dot or bracket path",
          arguments: [("last_date.date", "last_date.price"), ("last_date['date']", "last_date['price']"),
                      (#"last_date[\"date\"]"#, #"last_date[\"price\"]"#)])
    func argmaxMembers(_ paths: (String, String)) throws {
        let chart = try Self.chart(Self.spec(x: paths.0, y: paths.1))
        #expect(chart.scene.emptyLayers.isEmpty, "\(chart.warnings)")
        let labels = chart.scene.texts.filter { $0.text == "A" || $0.text == "B" }
        #expect(labels.count == 2, "\(chart.scene.texts.map(\.text))")
        // A's label sits at its last point (2010, 30), the top right of the plot; B's lower.
        let a = try #require(labels.first { $0.text == "A" }), b = try #require(labels.first { $0.text == "B" })
        #expect(a.anchor.x > b.anchor.x)
        #expect(a.anchor.y < b.anchor.y)
    }

    @Test("a path to a member the object lacks says so, naming the field and its members")
    func missingMember() throws {
        let chart = try Self.chart(Self.spec(x: "last_date.date", y: "last_date.prise"))
        let w = chart.warnings.map(\.description)
        #expect(w.contains { $0.contains("\"last_date.prise\" is a path into the field \"last_date\", which has no member \".prise\"") && $0.contains(".price") }, "\(w)")
    }
}
