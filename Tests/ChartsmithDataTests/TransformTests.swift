import Testing
@testable import ChartsmithData
@testable import ChartsmithSpec

/// The data stage computes what Vega computes: bins, stacks, time units, window ranks and
/// filters, in UTC.
@Suite("Transforms as Vega computes them")
struct TransformTests {
    func table(_ rows: [[String: Value]]) -> Table {
        var t = Table()
        for r in rows {
            for k in r.keys.sorted() { t.addField(k) }
            t.rows.append(Row(r))
        }
        return t
    }

    func spec(_ json: String) throws -> ChartSpec { try SpecDecoder().decode(Array(json.utf8)) }

    @Test("bins follow Vega's nice steps: 46…230 with maxbins 10 gives 40 to 240 by 20")
    func binSteps() {
        func params(_ lo: Double, _ hi: Double, maxbins: Double) -> (Double, Double, Double) {
            var s = BinSpec()
            s.maxbins = maxbins
            return Binning.params(min: lo, max: hi, spec: s)
        }
        let (start, stop, step) = params(46, 230, maxbins: 10)
        #expect(start == 40 && stop == 240 && step == 20)
        let (s2, e2, st2) = params(0, 55.9, maxbins: 10)
        #expect(s2 == 0 && e2 == 60 && st2 == 10)
        let (s3, e3, st3) = params(1.3, 4.7, maxbins: 20)
        #expect(abs(s3 - 1.2) < 1e-12 && abs(e3 - 4.8) < 1e-12 && st3 == 0.2)
    }

    @Test("the bin transform writes each value's bin start and end; the maximum falls in the last bin")
    func binTransform() throws {
        let t = table([["x": .number(46)], ["x": .number(59.9)], ["x": .number(60)], ["x": .number(230)], ["x": .null]])
        let out = try Transforms.apply([.bin(BinSpec(), field: "x", as: "b0", end: "b1")], to: t)
        #expect(out.column("b0") == [.number(40), .number(40), .number(60), .number(220), .null])
        #expect(out.column("b1") == [.number(60), .number(60), .number(80), .number(240), .null])
    }

    @Test("stacking puts negative values below zero and positive above, separately, in sort order")
    func stackZero() {
        let t = table([["g": .string("a"), "c": .string("p"), "v": .number(3)],
                       ["g": .string("a"), "c": .string("q"), "v": .number(-2)],
                       ["g": .string("a"), "c": .string("r"), "v": .number(4)],
                       ["g": .string("a"), "c": .string("s"), "v": .number(-1)]])
        let out = Stacking.stack(t, field: "v", groupby: ["g"], sort: [("c", false)], offset: .zero)
        #expect(out.column("v_start") == [.number(0), .number(0), .number(3), .number(-2)])
        #expect(out.column("v_end") == [.number(3), .number(-2), .number(7), .number(-3)])
    }

    @Test("normalize divides by the sum of absolute values; center centres each stack on the largest")
    func stackOffsets() {
        let t = table([["g": .string("a"), "v": .number(1)], ["g": .string("a"), "v": .number(3)],
                       ["g": .string("b"), "v": .number(2)]])
        let n = Stacking.stack(t, field: "v", groupby: ["g"], sort: [], offset: .normalize)
        #expect(n.column("v_end") == [.number(0.25), .number(1), .number(1)])
        let c = Stacking.stack(t, field: "v", groupby: ["g"], sort: [], offset: .center)
        #expect(c.column("v_start") == [.number(0), .number(1), .number(1)])
        #expect(c.column("v_end") == [.number(1), .number(4), .number(3)])
    }

    @Test("the stack transform reads as a spec writes it")
    func stackTransform() throws {
        let s = try spec(#"{"data": {"values": []}, "mark": "bar", "transform": [{"stack": "v", "groupby": ["g"], "sort": [{"field": "c", "order": "descending"}], "as": ["lo", "hi"]}]}"#)
        let t = table([["g": .string("a"), "c": .string("x"), "v": .string("2")], ["g": .string("a"), "c": .string("y"), "v": .number(5)]])
        let out = try Transforms.apply(s.transforms, to: t)
        #expect(out.column("lo") == [.number(5), .number(0)])
        #expect(out.column("hi") == [.number(7), .number(5)])
    }

    @Test("time units floor in UTC, with Vega's defaults for the fields they leave out")
    func timeUnits() throws {
        let t = CivilTime(year: 2010, month: 5, day: 19, hour: 13, minute: 45).milliseconds
        func floor(_ name: String) -> CivilTime { CivilTime(milliseconds: TimeUnit(rawValue: name)!.truncate(t)) }
        #expect(floor("year") == CivilTime(year: 2010))
        #expect(floor("yearmonth") == CivilTime(year: 2010, month: 5))
        #expect(floor("month") == CivilTime(year: 2012, month: 5))
        #expect(floor("quarter") == CivilTime(year: 2012, month: 4))
        #expect(floor("monthdate") == CivilTime(year: 2012, month: 5, day: 19))
        #expect(floor("yearmonthdate") == CivilTime(year: 2010, month: 5, day: 19))
        #expect(floor("date") == CivilTime(year: 2012, month: 1, day: 19))
        #expect(floor("day") == CivilTime(year: 2012, month: 1, day: 4))  // 19 May 2010 was a Wednesday
        #expect(floor("hours") == CivilTime(year: 2012, hour: 13))
        #expect(floor("utcyearmonthdatehours") == CivilTime(year: 2010, month: 5, day: 19, hour: 13))
        #expect(TimeUnit(rawValue: "monthyear") == nil)
        #expect(TimeUnit(rawValue: "yearquartermonth")?.components == [.year, .quarter, .month])
    }

    @Test("week and weekday floor as vega-time does: week w of 2012 begins on day 7w - 6, a 1 January Sunday starts week 1")
    func weeks() throws {
        func floor(_ name: String, _ y: Int, _ m: Int, _ d: Int) -> CivilTime {
            CivilTime(milliseconds: TimeUnit(rawValue: name)!.truncate(CivilTime(year: y, month: m, day: d, hour: 9).milliseconds))
        }
        // 2012 starts on a Sunday: 1–7 January are week 1, the 8th starts week 2.
        #expect(floor("week", 2012, 1, 1) == CivilTime(year: 2012, month: 1, day: 1))
        #expect(floor("week", 2012, 1, 7) == CivilTime(year: 2012, month: 1, day: 1))
        #expect(floor("week", 2012, 1, 8) == CivilTime(year: 2012, month: 1, day: 8))
        // 2013 starts on a Tuesday: 1–5 January are week 0 (25 December 2011), Sunday the 6th week 1.
        #expect(floor("week", 2013, 1, 1) == CivilTime(year: 2011, month: 12, day: 25))
        #expect(floor("week", 2013, 1, 6) == CivilTime(year: 2012, month: 1, day: 1))
        // 2015 starts on a Thursday: Sunday 4 January is week 1, as 1 January 2012 is.
        #expect(floor("week", 2015, 1, 4) == CivilTime(year: 2012, month: 1, day: 1))
        // With the day: week 1's Tuesday of 2013 (8 January) is 3 January 2012.
        #expect(floor("weekday", 2013, 1, 8) == CivilTime(year: 2012, month: 1, day: 3))
        // With the year: the Sunday the week starts on.
        #expect(floor("yearweek", 2013, 1, 3) == CivilTime(year: 2012, month: 12, day: 30))
    }

    @Test("a field predicate with a time unit compares the floored field with a date-time or unit value")
    func timeUnitFilter() throws {
        let s = try spec("""
            {"data": {"values": []}, "mark": "bar", "transform": [
              {"filter": {"field": "d", "timeUnit": "yearmonth", "range": [{"year": 2005, "month": 1}, {"year": 2005, "month": 3}]}},
              {"filter": {"not": {"field": "d", "timeUnit": "month", "equal": 2}}}]}
            """)
        let rows = ["Dec 1 2004", "Jan 1 2005", "Feb 1 2005", "Mar 31 2005", "Apr 1 2005"].map { ["d": Value.string($0)] }
        let out = try Transforms.apply(s.transforms, to: table(rows))
        #expect(out.column("d") == [.string("Jan 1 2005"), .string("Mar 31 2005")])
    }

    @Test("numeric predicates compare numbers, even from CSV text; nulls fail every comparison")
    func predicates() throws {
        let s = try spec(#"{"data": {"values": []}, "mark": "bar", "transform": [{"filter": {"field": "v", "gte": 10}}, {"filter": {"field": "k", "oneOf": ["a", "b"]}}]}"#)
        let t = table([["v": .string("9"), "k": .string("a")], ["v": .string("10"), "k": .string("a")],
                       ["v": .number(11), "k": .string("c")], ["v": .null, "k": .string("b")], ["v": .number(12), "k": .string("b")]])
        let out = try Transforms.apply(s.transforms, to: t)
        #expect(out.column("v") == [.string("10"), .number(12)])
    }

    @Test("window rank ranks ties together within each group, by the sort")
    func windowRank() throws {
        let s = try spec(#"{"data": {"values": []}, "mark": "line", "transform": [{"sort": [{"field": "p", "order": "descending"}], "window": [{"op": "rank", "as": "r"}], "groupby": ["g"]}]}"#)
        let t = table([["g": .number(1), "p": .number(3)], ["g": .number(1), "p": .number(6)], ["g": .number(1), "p": .number(3)],
                       ["g": .number(2), "p": .number(0)]])
        let out = try Transforms.apply(s.transforms, to: t)
        #expect(out.column("r") == [.number(2), .number(1), .number(2), .number(1)])
    }

    @Test("without a sort every row is a peer group of its own, as Vega compares with constant(-1): ranks number the rows")
    func windowRankWithoutSort() throws {
        let s = try spec(#"{"data": {"values": []}, "mark": "line", "transform": [{"window": [{"op": "rank", "as": "r"}, {"op": "dense_rank", "as": "d"}, {"op": "percent_rank", "as": "p"}, {"op": "cume_dist", "as": "c"}, {"op": "sum", "field": "a", "as": "s"}], "groupby": ["g"]}]}"#)
        let t = table([["g": .string("a"), "a": .number(1)], ["g": .string("a"), "a": .number(1)], ["g": .string("b"), "a": .number(2)],
                       ["g": .string("a"), "a": .number(1)], ["g": .string("b"), "a": .number(2)]])
        let out = try Transforms.apply(s.transforms, to: t)
        #expect(out.column("r") == [1, 2, 1, 3, 2].map { Value.number($0) })
        #expect(out.column("d") == [1, 2, 1, 3, 2].map { Value.number($0) })
        #expect(out.column("p") == [0, 0.5, 0, 1, 1].map { Value.number($0) })
        #expect(out.column("c") == [1.0 / 3, 2.0 / 3, 0.5, 1, 1].map { Value.number($0) })
        // The default frame [null, 0] runs to the current row alone (no peers to take in).
        #expect(out.column("s") == [1, 2, 2, 3, 4].map { Value.number($0) })
    }

    @Test("a row with no value sorts last in a descending window sort and first in an ascending one, as vega-util compares")
    func windowNulls() throws {
        func ranks(_ order: String) throws -> [Value] {
            let s = try spec(#"{"data": {"values": []}, "mark": "line", "transform": [{"sort": [{"field": "p", "order": "\#(order)"}], "window": [{"op": "row_number", "as": "r"}]}]}"#)
            let t = table([["p": .number(3)], ["p": .null], ["p": .number(6)], ["p": .number(1)]])
            return try Transforms.apply(s.transforms, to: t).column("r")
        }
        // A top-K (descending) ranks 6, 3, 1 first and the missing value last.
        #expect(try ranks("descending") == [.number(2), .number(4), .number(1), .number(3)])
        #expect(try ranks("ascending") == [.number(3), .number(1), .number(4), .number(2)])
    }

    @Test("running aggregates take in the current row's peers (rows that sort equal), as Vega's default frame does")
    func windowPeers() throws {
        let s = try spec(#"{"data": {"values": []}, "mark": "line", "transform": [{"sort": [{"field": "year"}], "window": [{"op": "sum", "field": "a", "as": "run"}, {"op": "mean", "field": "a", "as": "avg"}, {"op": "row_number", "as": "n"}], "frame": [null, 0]}]}"#)
        let t = table([["year": .number(2000), "a": .number(1)], ["year": .number(2000), "a": .number(2)], ["year": .number(2001), "a": .number(3)]])
        let out = try Transforms.apply(s.transforms, to: t)
        #expect(out.column("run") == [.number(3), .number(3), .number(6)])
        #expect(out.column("avg") == [.number(1.5), .number(1.5), .number(2)])
        #expect(out.column("n") == [.number(1), .number(2), .number(3)])
        // A frame of [-1, 1] spans one row each side, widened to the peers at its ends.
        let w = try spec(#"{"data": {"values": []}, "mark": "line", "transform": [{"sort": [{"field": "year"}], "window": [{"op": "sum", "field": "a", "as": "s"}], "frame": [-1, 1]}]}"#)
        let t2 = table([["year": .number(1), "a": .number(1)], ["year": .number(2), "a": .number(10)], ["year": .number(3), "a": .number(100)],
                        ["year": .number(3), "a": .number(1000)]])
        #expect(try Transforms.apply(w.transforms, to: t2).column("s") == [.number(11), .number(1111), .number(1110), .number(1100)])
    }

    @Test("a binned colour gets Vega-Lite's 6 bins at most (positions get 10)")
    func colourBins() throws {
        let s = try spec(#"{"data": {"values": []}, "mark": "point", "encoding": {"x": {"field": "v", "bin": true, "type": "quantitative"}, "color": {"field": "v", "bin": true, "type": "quantitative"}}}"#)
        let sem = ViewSemantics(mark: try #require(s.mark), encoding: s.encoding)
        let t = table(stride(from: 0.0, through: 100, by: 5).map { ["v": .number($0)] })
        let out = try EncodingPipeline.prepare(t, view: sem, transformed: false)
        func starts(_ ch: Channel) throws -> [Double] {
            let f = try #require(s.encoding[ch]?.outputField)
            return Set(out.rows.compactMap { $0[f].number }).sorted()
        }
        #expect(try starts(.color) == [0, 20, 40, 60, 80])
        #expect(try starts(.x) == stride(from: 0.0, through: 90, by: 10).map { $0 })
    }

    @Test("a stacked area series missing at a position is 0 there, as Vega-Lite imputes, so the layer above does not bridge the gap")
    func stackedAreaGaps() throws {
        let s = try spec(#"{"data": {"values": []}, "mark": "area", "encoding": {"x": {"field": "x", "type": "quantitative"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "s"}}}"#)
        let sem = ViewSemantics(mark: try #require(s.mark), encoding: s.encoding)
        let t = table([["x": .number(1), "v": .number(1), "s": .string("a")], ["x": .number(2), "v": .number(2), "s": .string("a")],
                       ["x": .number(3), "v": .number(3), "s": .string("a")], ["x": .number(1), "v": .number(10), "s": .string("b")],
                       ["x": .number(3), "v": .number(30), "s": .string("b")]])
        let out = try EncodingPipeline.prepare(t, view: sem, transformed: false)
        let b2 = out.rows.filter { $0["s"] == .string("b") && $0["x"] == .number(2) }
        #expect(b2.count == 1)
        #expect(b2.first?["v"] == .number(0))
        // The filled row stacks like any other: zero height, on or under series a at x = 2.
        let start = b2.first?["v_start"].number, end = b2.first?["v_end"].number
        #expect(start != nil && start == end)
        // Bars are not filled: a missing bar is simply not drawn.
        let bars = try spec(#"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "x", "type": "ordinal"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "s"}}}"#)
        let barMark = try #require(bars.mark)
        let barOut = try EncodingPipeline.prepare(t, view: ViewSemantics(mark: barMark, encoding: bars.encoding), transformed: false)
        #expect(barOut.rows.count == 5)
    }

    @Test("an aggregate transform's argmax keeps the winning row, read by path (as.field)")
    func argmaxTransform() throws {
        let s = try spec(#"{"data": {"values": []}, "mark": "bar", "transform": [{"aggregate": [{"op": "argmax", "field": "gross", "as": "top"}], "groupby": ["g"]}]}"#)
        let t = table([["g": .string("a"), "gross": .number(5), "budget": .number(50)], ["g": .string("a"), "gross": .number(9), "budget": .number(90)],
                       ["g": .string("b"), "gross": .number(7), "budget": .number(70)]])
        let out = try Transforms.apply(s.transforms, to: t)
        #expect(out.column("top.budget") == [.number(90), .number(70)])
        #expect(out.fields.contains("top.gross"))
    }

    @Test("argmax picks the other field's value from the row with the largest value")
    func argmax() {
        let rows = [Row(["d": .number(1), "p": .number(5)]), Row(["d": .number(2), "p": .number(9)]), Row(["d": .number(3), "p": .number(7)])]
        #expect(Aggregation.arg(.argmax, by: "p", field: "d", rows: rows) == .number(2))
        #expect(Aggregation.arg(.argmin, by: "p", field: "d", rows: rows) == .number(1))
    }

    @Test("the encoding pipeline coerces CSV text by use and reports text that is not a number, by row")
    func coercion() throws {
        let s = try spec(#"{"data": {"values": []}, "mark": "bar", "encoding": {"x": {"field": "k"}, "y": {"field": "v", "type": "quantitative"}}}"#)
        let view = ViewSemantics(mark: s.mark!, encoding: s.encoding)
        let ok = try EncodingPipeline.prepare(table([["k": .string("a"), "v": .string("1.5")], ["k": .string("b"), "v": .string("NA")]]), view: view)
        #expect(ok.column("v") == [.number(1.5)])  // "NA" is missing, and bars drop missing values
        #expect(throws: DataError.self) {
            try EncodingPipeline.prepare(table([["k": .string("a"), "v": .string("ten")]]), view: view)
        }
        do {
            _ = try EncodingPipeline.prepare(table([["k": .string("a"), "v": .string("1")], ["k": .string("b"), "v": .string("ten")]]), view: view)
        } catch {
            #expect("\(error)" == #"row 2, field "v": "ten" is not a number (the field is encoded as quantitative)"#)
        }
    }

    @Test("date-time objects read in UTC with Vega-Lite's defaults")
    func dateTimes() {
        #expect(DateTimeObject.milliseconds(.object(["year": .number(2005), "month": .number(3)], keys: ["year", "month"]))
                    == CivilTime(year: 2005, month: 3).milliseconds)
        #expect(DateTimeObject.milliseconds(.object(["month": .string("Feb"), "date": .number(29)], keys: ["month", "date"]))
                    == CivilTime(year: 2012, month: 2, day: 29).milliseconds)
        #expect(DateTimeObject.milliseconds(.object(["quarter": .number(3)], keys: ["quarter"])) == CivilTime(year: 2012, month: 7).milliseconds)
        #expect(DateTimeObject.milliseconds(.object(["name": .string("x")], keys: ["name"])) == nil)
    }
}
