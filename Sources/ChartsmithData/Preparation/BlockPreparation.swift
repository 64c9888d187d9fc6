import ChartsmithSpec

/// One block of a nested figure, ready for layout: a view or a facet (cells on one grid),
/// or a concat of blocks, each laid out as a sub-grid of its own (as Vega-Lite lays each
/// concat out as a group).
public indirect enum PreparedBlock: Sendable {
    /// A unit or layered view (one cell), or a facet (a cell per group), in `columns`.
    case grid(spec: ChartSpec, cells: [PreparedCell], columns: Int)
    /// A concat: the spec that holds its composition, and its views' blocks.
    case concat(spec: ChartSpec, blocks: [PreparedBlock])

    /// The spec of the block: the view's, the facet's or the concat's.
    public var spec: ChartSpec {
        switch self {
        case .grid(let s, _, _), .concat(let s, _): s
        }
    }

    /// The cells whose colour, dash and shape scales the whole figure shares: those not
    /// inside a concat that gives its views legends of their own.
    public var cellsSharingLegend: [PreparedCell] {
        switch self {
        case .grid(_, let cells, _): cells
        case .concat(let spec, let blocks): spec.composition?.splitsLegends == true ? [] : blocks.flatMap(\.cellsSharingLegend)
        }
    }

    /// Every cell at any depth, in drawing order.
    public var cells: [PreparedCell] {
        switch self {
        case .grid(_, let cells, _): cells
        case .concat(_, let blocks): blocks.flatMap(\.cells)
        }
    }
}

extension CellPreparation {
    /// A figure's blocks: each concat's views prepared on their own data, each facet split
    /// into its groups as ``prepare(_:loader:)`` splits one.
    public static func prepareBlocks(_ spec: ChartSpec, loader: DataLoader) throws -> PreparedBlock {
        guard let comp = spec.composition else {
            let cell = PreparedCell(spec: spec, views: try ViewPreparation.prepare(spec, loader: loader), header: spec.title?.text ?? [])
            return .grid(spec: spec, cells: [cell], columns: 1)
        }
        if comp.kind == .facet {
            let (cells, columns) = try prepareFacet(spec, comp, loader: loader)
            return .grid(spec: spec, cells: cells, columns: columns)
        }
        return .concat(spec: spec, blocks: try comp.views.map { try prepareBlocks($0, loader: loader) })
    }
}
