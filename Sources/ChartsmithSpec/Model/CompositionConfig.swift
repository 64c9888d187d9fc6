/// The `config` settings of multi-view figures: the facet headers' defaults
/// (`config.header`, `headerRow`, `headerColumn`, `headerFacet`) and the default
/// `spacing` and `columns` of facets (`config.facet`) and concats (`config.concat`).
public struct CompositionConfig: Sendable, Hashable {
    /// `config.header`: every facet field's header.
    public var header: HeaderSpec?
    /// `config.headerRow`, `headerColumn`, `headerFacet`: over `header` for that kind of field.
    public var headerRow: HeaderSpec?
    public var headerColumn: HeaderSpec?
    public var headerFacet: HeaderSpec?
    public var facetSpacing: Double?
    public var facetColumns: Int?
    public var concatSpacing: Double?
    public var concatColumns: Int?

    public init() {}

    /// The header defaults for a row, column or wrapped ("facet") field.
    public func header(for kind: String) -> HeaderSpec {
        let base = header ?? HeaderSpec()
        let specific: HeaderSpec? = switch kind {
        case "row": headerRow
        case "column": headerColumn
        default: headerFacet
        }
        return specific?.over(base) ?? base
    }
}
