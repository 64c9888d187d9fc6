import ChartsmithData
import Testing

/// Numbers with comma thousands separators are read only when the grouping is unambiguous.
@Suite("Numbers with thousands separators")
struct GroupedNumberTests {
    @Test("groups of three after a first group of one to three digits", arguments: [
        ("1,246", 1246.0), ("-12,345.5", -12345.5), ("+1,000,000", 1_000_000), (" 999,999 ", 999_999),
    ])
    func grouped(text: String, value: Double) {
        #expect(Value.parseGroupedNumber(text) == value)
    }

    @Test("lists, decimal commas and stray text are not numbers",
          arguments: ["1,2", "1,5", "1234,567", "1,23,456", ",123", "1,234.", "1,234.5x", "1,234e3", "12", "£1,234", "1,,234"])
    func notGrouped(text: String) {
        #expect(Value.parseGroupedNumber(text) == nil)
    }
}
