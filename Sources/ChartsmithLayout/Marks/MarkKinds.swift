import ChartsmithData
import ChartsmithSpec

/// The registry of mark kinds: the one list a new mark is added to, and the lookup from a
/// spec's mark type to the kind that draws it.
enum MarkKinds {
    /// Every kind of mark Chartsmith draws. Adding a mark: its file in `Marks/`, and a line here.
    static let all: [any MarkKind] = [
        BarMark(),
        LineMark(),
        AreaMark(),
        PointMark(),
        RuleMark(),
        TickMark(),
        TextMark(),
        RectMark(),
        ArcMark(),
        TrailMark(),
    ]

    private static let byType: [MarkType: any MarkKind] = {
        var out: [MarkType: any MarkKind] = [:]
        for kind in all {
            for t in kind.types {
                precondition(out[t] == nil, "two mark kinds draw \(t.rawValue)")
                out[t] = kind
            }
        }
        return out
    }()

    /// The kind that draws a mark type.
    static func kind(for type: MarkType) -> any MarkKind {
        guard let k = byType[type] else { fatalError("no mark kind draws \(type.rawValue): add one to MarkKinds.all") }
        return k
    }

    /// The kind that draws a view's mark.
    static func kind(of v: PreparedView) -> any MarkKind { kind(for: v.mark.type) }

    /// Whether any kind registered draws `type`.
    static func draws(_ type: MarkType) -> Bool { byType[type] != nil }
}
