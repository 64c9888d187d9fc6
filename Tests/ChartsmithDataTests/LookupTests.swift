import ChartsmithData
import ChartsmithSpec
import Testing

/// The `lookup` transform joins fields from a secondary table by key, as Vega's does.
@Suite("Lookup transform")
struct LookupTests {
    let people = Table(fields: ["name", "age", "height"], rows: [
        Row(["name": .string("Alan"), "age": .number(25), "height": .number(180)]),
        Row(["name": .string("George"), "age": .number(32), "height": .number(174)]),
        Row(["name": .string("Alan"), "age": .number(99), "height": .number(1)]),
    ])
    let groups = Table(fields: ["group", "person"], rows: [
        Row(["group": .number(1), "person": .string("Alan")]),
        Row(["group": .number(2), "person": .string("Fiona")]),
        Row(["group": .number(3), "person": .string("George")]),
    ])

    @Test("copies the named fields from the first matching row; no match gives the default")
    func fields() {
        var p = LookupSpec(lookup: "person", from: .values([], format: nil), key: "name", fields: ["age", "height"])
        let out = Lookup.apply(p, to: groups, from: people)
        #expect(out.fields == ["group", "person", "age", "height"])
        #expect(out.rows.map { $0["age"] } == [.number(25), .null, .number(32)])
        p.names = ["years", "cm"]
        p.defaultValue = .number(0)
        let renamed = Lookup.apply(p, to: groups, from: people)
        #expect(renamed.rows.map { $0["cm"] } == [.number(180), .number(0), .number(174)])
        #expect(!renamed.fields.contains("age"))
    }

    @Test("keys compare as text, as in Vega: the number 1 finds the string \"1\"")
    func textKeys() {
        let codes = Table(fields: ["code", "label"], rows: [Row(["code": .string("1"), "label": .string("one")])])
        let out = Lookup.apply(LookupSpec(lookup: "group", from: .values([], format: nil), key: "code", fields: ["label"]), to: groups, from: codes)
        #expect(out.rows.map { $0["label"] } == [.string("one"), .null, .null])
    }
}
