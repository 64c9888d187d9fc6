extension Frame {
    /// What a cramped canvas gives up, so what remains never overlaps: the frame lays the
    /// chart out again a level further down while its plot is too small, then gives back
    /// what still fits (``Frame/layout()``).
    ///
    /// The notes go first, while the plot is under ``roomyPlot``; then the subtitle, the axis
    /// titles, the source, the legend and the title (a chart without them misleads) only
    /// while the plot is under ``smallestPlot``. Every part given up is named in a warning
    /// (``DegradeReport``).
    struct Degrade: Hashable {
        /// The parts of the chart a cramped canvas can give up, in the order it does.
        enum Part: Int, CaseIterable, Comparable {
            case notes, subtitle, axisTitles, source, legend, title
            static func < (a: Part, b: Part) -> Bool { a.rawValue < b.rawValue }
        }
        var dropped: Set<Part> = []
        /// The parts up to level `level` given up (0: none).
        init(level: Int = 0) { dropped = Set(Part.allCases.prefix(level)) }

        var dropNotes: Bool { dropped.contains(.notes) }
        var dropSource: Bool { dropped.contains(.source) }
        var dropSubtitle: Bool { dropped.contains(.subtitle) }
        var dropAxisTitles: Bool { dropped.contains(.axisTitles) }
        var dropLegend: Bool { dropped.contains(.legend) }
        var dropTitle: Bool { dropped.contains(.title) }
        static let max = Part.allCases.count
        /// Plot side, in points, under which the notes are given up.
        static let roomyPlot = 40.0
        /// Plot side under which the subtitle, axis titles, the legend and the title go.
        static let smallestPlot = 20.0
        /// The smallest plot side accepted: the plot shrinks to ``smallestPlot`` before
        /// anything more than the notes is dropped.
        var minimumPlot: Double { dropped.isSubset(of: [.notes]) ? Self.roomyPlot : Self.smallestPlot }
    }
}
