import ChartsmithData
import ChartsmithLayout
import ChartsmithScene
import ChartsmithSpec
import ChartsmithStyles
import Foundation

extension ChartPipeline {
    /// Stage 1 for one view of a composition: its mark defaults and dashes, and the checks
    /// on its colours, formats and expressions. The figure's size stays the figure's: a
    /// view's width and height are only what it sets itself.
    func styledView(_ view: ChartSpec, resolved: Theme) throws -> ChartSpec {
        var v = view
        if var comp = v.composition {
            // A nested composition: each of its views styled the same way.
            comp.views = try comp.views.map { try styledView($0, resolved: resolved) }
            v.composition = comp
            return v
        }
        let autosize = v.autosize
        v.autosize = .pad
        v = StyledSpec.apply(resolved, to: try ConstantMarkExpressions.fold(v), size: nil)
        v.autosize = autosize
        try ColorCheck.check(view)
        try FormatCheck.check(view)
        try ExpressionCheck.check(view)
        return v
    }

    /// Stages 3 and 4 for a composition: each cell's data (``CellPreparation``), held to
    /// the panel limit, then the grid of panels in one frame.
    func layOutComposition(_ chart: StyledChart, baseFolder: URL, file: String) throws -> Scene {
        let layout = try ChartLayout(theme: chart.base, measurer: measurer(for: chart.base))
        var laidOut: Scene
        if chart.spec.composition?.isTree == true {
            // Concats nested in concats, facets and repeats in concats, legends per view.
            let blocks = try CellPreparation.prepareBlocks(chart.spec, loader: loader(baseFolder: baseFolder))
            try checkPanels(blocks.cells, file: file)
            laidOut = try layout.layout(chart.spec, blocks: blocks)
        } else {
            let (cells, columns) = try CellPreparation.prepare(chart.spec, loader: loader(baseFolder: baseFolder))
            try checkPanels(cells, file: file)
            laidOut = try layout.layout(chart.spec, cells: cells, columns: columns)
        }
        laidOut.metadata.fontFiles = chart.base.fontFiles
        return SegmentSeparators.apply(laidOut, theme: chart.resolved)
    }

    /// The panel limit over every panel of every level, and the row and series limits over
    /// every panel's data.
    func checkPanels(_ cells: [PreparedCell], file: String) throws {
        let limit = RenderLimits.current.maxPanels
        if cells.count > limit {
            throw ChartsmithError(file: file, message: "the figure has \(cells.count) panels, more than the limit of \(limit) panels;"
                                  + " facet by a field with fewer values or raise the limit with --limit panels=N")
        }
        try RenderLimits.current.check(cells.flatMap(\.views), file: file)
    }
}
