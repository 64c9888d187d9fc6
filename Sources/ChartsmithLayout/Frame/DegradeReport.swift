import ChartsmithScene

/// Names, in a warning, what a cramped `autosize: "fit"` canvas made the frame give up
/// (``Frame/Degrade``), and the canvas size that would keep it.
enum DegradeReport {
    /// What the frame can drop, in the order it drops them, by the role of its nodes.
    static let parts: [(Role, String)] = [
        (.notes, "the notes"), (.subtitle, "the subtitle"), (.axisTitle, "the axis titles"),
        (.source, "the source line"), (.legend, "the legend"), (.title, "the title"),
    ]

    /// A warning naming the parts `full` (the chart laid out with everything) has and
    /// `drawn` lacks, or none when nothing was dropped.
    ///
    /// - Parameters:
    ///   - plot: the plot's size in `full` along the fitted sides (infinite elsewhere).
    ///   - fitted: the canvas size asked for (0 along a side that is not fitted).
    static func warnings(full: Scene, drawn: Scene, plot: Size, fitted: Size) -> [String] {
        let had = roles(full), has = roles(drawn)
        let dropped = parts.filter { had.contains($0.0) && !has.contains($0.0) }.map(\.1)
        guard !dropped.isEmpty else { return [] }
        var fix: [String] = []
        let need = Frame.Degrade.roomyPlot
        if plot.width < need { fix.append("a width of at least \(Int((fitted.width + need - plot.width).rounded(.up)))") }
        if plot.height < need { fix.append("a height of at least \(Int((fitted.height + need - plot.height).rounded(.up)))") }
        return ["autosize \"fit\": the \(Int(fitted.width))×\(Int(fitted.height)) canvas is too small for the chart, so "
                + list(dropped) + (dropped.count == 1 ? " was" : " were") + " left out to leave the plot room"
                + (fix.isEmpty ? "" : "; " + fix.joined(separator: " and ") + " would keep everything")
                + " (or leave autosize \"fit\" out and let the canvas grow)"]
    }

    /// The roles of the droppable parts a scene draws.
    static func roles(_ scene: Scene) -> Set<Role> {
        var out = Set<Role>()
        for n in scene.allNodes {
            switch n.role {
            case .legendLabel, .legendSymbol, .legendTitle, .legend: out.insert(.legend)
            case let r: out.insert(r)
            }
        }
        return out
    }

    static func list(_ items: [String]) -> String {
        items.count < 2 ? items.joined() : items.dropLast().joined(separator: ", ") + " and " + items.last!
    }
}
