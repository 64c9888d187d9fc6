import ChartsmithData
import ChartsmithSpec
import Foundation
import Testing

/// A misspelt field must be an error naming the key and the field, not an empty chart.
@Suite("Fields a spec reads must exist")
struct FieldCheckTests {
    let source = Table(fields: ["year", "offence", "value"], rows: [Row(["year": .number(2010), "offence": .string("x"), "value": .number(1)])])

    func encoding(_ pairs: [(Channel, String)]) -> Encoding {
        var e = Encoding()
        for (c, f) in pairs { e[c] = ChannelDef(field: f, type: .nominal) }
        return e
    }

    func failure(_ e: Encoding, _ t: [Transform] = [], source: Table? = nil, key: String = "") -> String? {
        do {
            try DataLoader.checkFields(encoding: e, transforms: t, source: source ?? self.source, key: key, file: "d.csv")
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test("a misspelt encoding field is named with its key, a suggestion and the fields there are")
    func misspelt() throws {
        let m = try #require(failure(encoding([(.x, "year"), (.y, "vlaue")])))
        #expect(m == "d.csv: encoding.y.field: no field \"vlaue\" in the data; did you mean \"value\"? (fields: year, offence, value)")
        #expect(failure(encoding([(.color, "zzz")]), key: "layer[1].")?.contains("layer[1].encoding.color.field: no field \"zzz\"") == true)
    }

    @Test("a path into a field (a member or an element) is left for the data to answer; a path from nothing is not")
    func paths() {
        let agg: [Transform] = [.aggregate(ops: [AggregateField(op: .argmax, field: "year", as: "last")], groupby: ["offence"])]
        #expect(failure(encoding([(.x, "last.year")]), agg) == nil)
        #expect(failure(encoding([(.x, "last[0]")]), agg) == nil)
        #expect(failure(encoding([(.x, "lost[0]")]), agg)?.contains("no field \"lost[0]\"") == true)
    }

    @Test("fields made by transforms count; an aggregate keeps only its groupby and outputs")
    func transforms() {
        let calc: [Transform] = [.calculate(expression: "datum.value * 2", as: "double")]
        #expect(failure(encoding([(.y, "double")]), calc) == nil)
        let agg: [Transform] = [.aggregate(ops: [AggregateField(op: .sum, field: "value", as: "total")], groupby: ["offence"])]
        #expect(failure(encoding([(.x, "offence"), (.y, "total")]), agg) == nil)
        #expect(failure(encoding([(.x, "year")]), agg)?.contains("no field \"year\"") == true)
        let fold: [Transform] = [.fold(fields: ["value", "valeu"], keyAs: "key", valueAs: "v")]
        #expect(failure(encoding([]), fold)?.contains("transform[0].fold: no field \"valeu\"") == true)
    }

    @Test("empty sources, count aggregates, escaped names and nested access are not errors")
    func notErrors() {
        #expect(failure(encoding([(.x, "anything")]), source: Table()) == nil)
        var e = Encoding()
        e[.y] = ChannelDef(field: "*", type: .quantitative)
        e[.y]?.aggregate = .count
        #expect(failure(e) == nil)
        let dotted = Table(fields: ["a.b", "obj"], rows: [Row()])
        #expect(failure(encoding([(.x, "a\\.b")]), source: dotted) == nil)
        #expect(failure(encoding([(.x, "obj.inner")]), source: dotted) == nil)
    }

    @Test("the CLI refuses a spec whose encoding names a field the data lacks, at its line:column")
    func cli() throws {
        let folder = try Tool.temporaryFolder("fields")
        try folder.write("d.csv", "year,value\n2010,1\n")
        let spec = try folder.write("chart.json", #"{"data": {"url": "d.csv"}, "mark": "bar", "encoding": {"x": {"field": "year"}, "y": {"field": "vlaue", "type": "quantitative"}}}"#)
        let out = folder.appendingPathComponent("out")
        let r = try Tool.chartsmith(["render", spec.path, "--out", out.path])
        #expect(r.status == 1 && !r.signalled)
        #expect(r.stderr.contains(spec.path) && r.stderr.contains(spec.path + ":1:85: encoding.y.field: no field \"vlaue\"") && r.stderr.contains("did you mean \"value\"?"), "\(r.stderr)")
        #expect(Tool.contents(of: out).isEmpty)
    }
}
