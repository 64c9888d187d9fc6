import Testing
@testable import ChartsmithSpec

@Suite("JSON path descriptions")
struct JSONPathTests {
    @Test("the root path reads (root)")
    func root() {
        #expect(JSONPath.root.description == "(root)")
        #expect(JSONPath.root.isRoot)
        #expect(JSONPath.root.components.isEmpty)
    }

    @Test("keys are joined with dots")
    func dottedKeys() {
        #expect(JSONPath.root.appending("encoding").appending("color").appending("field").description
                == "encoding.color.field")
    }

    @Test("indices are written in brackets")
    func indices() {
        #expect(JSONPath.root.appending("layer").appending(0).appending("mark").description == "layer[0].mark")
        #expect(JSONPath.root.appending("data").appending("values").appending(3).appending("x").description
                == "data.values[3].x")
        #expect(JSONPath.root.appending(2).appending("x").description == "[2].x")
        #expect(JSONPath.root.appending(0).appending(1).description == "[0][1]")
    }

    @Test("keys that are not identifiers are written in brackets as JSON strings")
    func bracketedKeys() {
        #expect(JSONPath.root.appending("transform").appending(0).appending("a b").description
                == #"transform[0]["a b"]"#)
        #expect(JSONPath.root.appending("a b").appending("c").description == #"["a b"].c"#)
        #expect(JSONPath.root.appending("1st").description == #"["1st"]"#)
        #expect(JSONPath.root.appending("stroke-dash").description == #"["stroke-dash"]"#)
        #expect(JSONPath.root.appending("").description == #"[""]"#)
        #expect(JSONPath.root.appending("say \"hi\"\n").description == #"["say \"hi\"\n"]"#)
    }

    @Test("identifiers may contain $, _, digits after the start and non-ASCII letters")
    func identifiers() {
        #expect(JSONPath.root.appending("$schema").description == "$schema")
        #expect(JSONPath.root.appending("data").appending("_x1").description == "data._x1")
        #expect(JSONPath.root.appending("größe").description == "größe")
        #expect(JSONPath.root.appending("→").description == #"["→"]"#)
    }

    @Test("appending builds components and leaves the original unchanged")
    func appending() {
        let base = JSONPath.root.appending("layer")
        let extended = base.appending(1)
        #expect(base.components == [.key("layer")])
        #expect(extended.components == [.key("layer"), .index(1)])
        #expect(extended.parent == base)
        #expect(JSONPath.root.parent == .root)
    }
}
