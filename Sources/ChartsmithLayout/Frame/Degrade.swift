extension Frame {
    /// What a cramped canvas gives up, in order, so what remains never overlaps: the frame
    /// lays the chart out again a level further down while its plot is too small.
    struct Degrade: Comparable {
        var level = 0
        static func < (a: Degrade, b: Degrade) -> Bool { a.level < b.level }
        var dropNotes: Bool { level >= 1 }
        var dropSubtitle: Bool { level >= 2 }
        var dropLegend: Bool { level >= 3 }
        var dropAxisTitles: Bool { level >= 3 }
        var dropSource: Bool { level >= 4 }
        var dropTitle: Bool { level >= 5 }
        static let max = 5
    }
}
