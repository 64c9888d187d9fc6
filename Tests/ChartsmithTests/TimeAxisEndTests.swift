import Chartsmith
import ChartsmithScene
import Foundation
import Testing

/// A thinned time axis does not put back a last tick that lies beyond the data (a nice end),
/// which would leave its dates at uneven steps.
@Suite("Time axis ends")
struct TimeAxisEndTests {
    @Test("monthly data to March 2010 on a narrow axis: every other year, ending 2010, no 2011")
    func niceEndBeyondData() throws {
        // Synthetic monthly values, January 2000 to March 2010.
        let rows = (0..<123).map { i in #"{"date": "\#(2000 + i / 12)-\#(String(format: "%02d", i % 12 + 1))-01", "v": \#(i % 7 + 1)}"# }
        let scene = try inlineScene(#"{"width": 300, "data": {"values": [\#(rows.joined(separator: ","))]}, "mark": "area", "encoding": {"x": {"field": "date", "type": "temporal"}, "y": {"field": "v", "type": "quantitative"}}}"#)
        let years = scene.texts(.axisLabel).map(\.text).filter { $0.count == 4 && $0.hasPrefix("20") }
        #expect(years == ["2000", "2002", "2004", "2006", "2008", "2010"], "\(years)")
    }
}
