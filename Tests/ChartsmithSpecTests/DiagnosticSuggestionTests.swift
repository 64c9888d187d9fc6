import Testing
@testable import ChartsmithSpec

@Suite("Did-you-mean suggestions")
struct DiagnosticSuggestionTests {
    let channels = ["x", "y", "x2", "y2", "color", "fill", "stroke", "opacity", "size", "shape", "text",
                    "tooltip", "detail", "order", "theta", "radius"]
    let fieldKeys = ["field", "type", "aggregate", "bin", "timeUnit", "scale", "axis", "legend", "title", "sort"]
    let types = ["quantitative", "temporal", "ordinal", "nominal"]

    @Test("the British colour suggests color")
    func colour() {
        #expect(Suggest.closest(to: "colour", in: channels) == "color")
    }

    @Test("swapped letters in feild suggest field")
    func feild() {
        #expect(Suggest.closest(to: "feild", in: fieldKeys) == "field")
    }

    @Test("quantitive suggests quantitative")
    func quantitive() {
        #expect(Suggest.closest(to: "quantitive", in: types) == "quantitative")
    }

    @Test("a word unlike any candidate gets no suggestion")
    func xyz() {
        #expect(Suggest.closest(to: "xyz", in: channels) == nil)
        #expect(Suggest.closest(to: "banana", in: types) == nil)
        #expect(Suggest.closest(to: "q", in: ["x"]) == nil)
    }

    @Test("case is ignored, and the candidate's spelling is returned")
    func caseInsensitive() {
        #expect(Suggest.closest(to: "Color", in: channels) == "color")
        #expect(Suggest.closest(to: "timeunit", in: fieldKeys) == "timeUnit")
        #expect(Suggest.closest(to: "NOMINAL", in: types) == "nominal")
    }

    @Test("other British spellings find their American forms")
    func britishSpellings() {
        #expect(Suggest.closest(to: "centre", in: ["left", "center", "right"]) == "center")
        #expect(Suggest.closest(to: "grey", in: ["gray", "green"]) == "gray")
        #expect(Suggest.closest(to: "normalise", in: ["zero", "center", "normalize"]) == "normalize")
    }

    @Test("the closest candidate wins, and ties go to the first listed")
    func closestWins() {
        #expect(Suggest.closest(to: "lin", in: ["line", "lin"]) == "lin")
        #expect(Suggest.closest(to: "bat", in: ["bar", "bag"]) == "bar")
    }

    @Test("no candidates or an empty word give no suggestion")
    func degenerate() {
        #expect(Suggest.closest(to: "color", in: []) == nil)
        #expect(Suggest.closest(to: "", in: channels) == nil)
        #expect(Suggest.closest(to: "color", in: [""]) == nil)
    }

    @Test("distance counts an adjacent swap as one edit")
    func distance() {
        #expect(Suggest.distance("feild", "field") == 1)
        #expect(Suggest.distance("colour", "color") == 1)
        #expect(Suggest.distance("kitten", "sitting") == 3)
        #expect(Suggest.distance("", "abc") == 3)
        #expect(Suggest.distance("ABC", "abc") == 0)
    }
}
