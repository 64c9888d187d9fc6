/// Vega-Lite's `sample` transform: at most `size` rows, chosen by Vega's reservoir sampling
/// (the first `size` rows fill the reservoir; row k after them replaces slot
/// ⌊(k + 1) × random()⌋ when that slot exists), kept in reservoir order.
///
/// Vega draws from `Math.random`, so its sample changes on every run. Chartsmith draws from
/// Vega's own linear congruential generator (`vega-statistics`' `lcg`: seed ← (1103515245 ×
/// seed + 12345) mod 2147483647, giving seed / 2147483647) started at ``seed``, so the same
/// spec and data always keep the same rows, and Vega run with
/// `setRandom(randomLCG(20260101))` keeps the same ones too.
public enum Sample {
    /// The generator's seed.
    public static let seed = 20_260_101.0

    public static func apply(size: Int, to table: Table, budget: DataBudget = .current) throws -> Table {
        try budget.check("sample", rows: min(size, table.rowCount), fields: table.fields.count)
        guard table.rowCount > size else { return table }
        // The reservoir holds row numbers; a columnar table gathers its kept rows.
        var reservoir = Array(0..<size)
        var random = LCG(seed: seed)
        for count in size..<table.rowCount {
            let index = Int(Double(count + 1) * random.next())
            if index < reservoir.count { reservoir[index] = count }
        }
        if let store = table.columns { return Table(fields: table.fields, columns: store.gathering(reservoir)) }
        let rows = table.rows
        return Table(fields: table.fields, rows: reservoir.map { rows[$0] })
    }

    /// vega-statistics' `lcg`, in the same double arithmetic as JavaScript.
    struct LCG {
        var seed: Double

        mutating func next() -> Double {
            seed = (1_103_515_245 * seed + 12_345).truncatingRemainder(dividingBy: 2_147_483_647)
            return seed / 2_147_483_647
        }
    }
}
