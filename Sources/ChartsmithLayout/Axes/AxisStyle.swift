import Foundation
import ChartsmithData
import ChartsmithFormat
import ChartsmithScene
import ChartsmithSpec

/// An axis's settings from the config: per-axis switches, label lines and conditional dashes.
extension Panel {
    /// The config's per-axis settings (`config.axis` under `config.axisX` or `axisY`).
    func switches(_ vertical: Bool) -> AxisSwitches { vertical ? theme.axisY : theme.axisX }

    /// A label's lines (a label expression may give several, joined with "\n").
    static func lines(_ text: String) -> [String] {
        // A byte test: `contains("\n")` would be Foundation's substring search (through NSString),
        // on every label measured.
        text.utf8.contains(UInt8(ascii: "\n")) ? text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) : [text]
    }

    /// The dash pattern of each tick under a conditional `gridDash` or `tickDash`, or nil
    /// when the config sets none. The tick is tested as a row with `value` (a date on a
    /// time axis) and `label`.
    func dashes(_ dash: AxisDash?, _ s: PositionScale, _ ticks: [AxisTick]) throws -> [[Double]]? {
        guard let dash else { return nil }
        let tests = try dash.conditions.map { c -> (RowPredicate, [Double]) in
            do { return (try RowPredicate(c.test), c.value) } catch { throw LayoutError("axis dash condition: \(error)") }
        }
        return tickRows(s, ticks).map { row in tests.first { $0.0.matches(row) }?.1 ?? dash.value }
    }
}
