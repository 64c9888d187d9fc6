import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// Everything the layout needs to know about one kind of mark, in one place: what it adds
/// to the scale domains, how it encodes a row, the scene nodes it draws, its legend symbol
/// and the anchors its labels attach to.
///
/// Each kind is one file in `Marks/` and one line in ``MarkKinds/all``. The defaults below
/// are a plain mark's; a kind overrides only where it differs.
protocol MarkKind: Sendable {
    /// The spec's mark types this kind draws (`point`, `circle` and `square` share one).
    var types: [MarkType] { get }

    // MARK: Scale domains

    /// Whether the view asks for a band scale on a discrete `channel` (bars always; ticks,
    /// and a text mark alone in its chart, where they have a field). `layers` is how many
    /// views share the scale.
    func asksForBands(_ v: PreparedView, channel: Channel, layers: Int) -> Bool
    /// Whether the mark's group axis is a dimension, whose continuous domain leaves out
    /// zero (bars, areas and lines, as Vega-Lite).
    var groupAxisIsDimension: Bool { get }
    /// Whether a time unit on the position widens the domain to the end of the last unit,
    /// the mark spanning its unit (bars).
    var spansTimeUnits: Bool { get }
    /// Whether a quantitative offset channel ranges the mark inside its band (areas).
    var rangesQuantitativeOffsets: Bool { get }
    /// The band padding (inner, outer) the mark asks for instead of the style's, when the
    /// spec sets none (rects: 0, cells touching, as Vega-Lite's `rectBandPaddingInner`).
    var bandPadding: (inner: Double, outer: Double)? { get }

    // MARK: Encoding a row

    /// Whether the mark's own `stroke` is its colour (lines, rules and ticks), rather than
    /// its `fill`.
    var strokeIsColor: Bool { get }
    /// Whether the `stroke` channel outlines the mark instead of colouring it (bars).
    var strokeChannelOutlines: Bool { get }
    /// Whether `size` is the mark's thickness across its band, in points (bars).
    var sizeIsBandThickness: Bool { get }
    /// The opacity when neither the spec nor the style sets one.
    func defaultOpacity(_ v: PreparedView) -> Double

    // MARK: Drawing

    /// The scene nodes of the view's rows.
    func draw(_ v: PreparedView, _ e: RowEncoder, kit: TextKit) throws -> [SceneNode]

    // MARK: Legend

    /// The legend's swatch for this mark; a chart shows the strongest of its layers'.
    var legendSymbol: LegendSymbol { get }
    /// Whether a `shape` legend draws this view's symbols hollow.
    func hollowInLegend(_ v: PreparedView) -> Bool

    // MARK: Labels

    /// Whether the layer is itself text, so bars get no automatic value labels.
    var labelsItself: Bool { get }
    /// Which automatic value labels the view gets.
    func valueLabels(_ v: PreparedView) -> ValueLabelKind
    /// Where a row's value label attaches: a bar's box, or a point.
    func labelAnchor(_ v: PreparedView, _ r: Row, _ e: RowEncoder) -> LabelAnchor?
    /// What the view does for direct labels at the ends of series.
    func directLabelRole(_ v: PreparedView) -> DirectLabelRole
    /// The kind of chart the view makes, for the alternative text ("Stacked bar").
    func chartNoun(_ v: PreparedView) -> String
    /// Whether the alternative text names the view's largest value.
    var summarisesValues: Bool { get }
}

extension MarkKind {
    func asksForBands(_ v: PreparedView, channel: Channel, layers: Int) -> Bool { false }
    var groupAxisIsDimension: Bool { false }
    var spansTimeUnits: Bool { false }
    var rangesQuantitativeOffsets: Bool { false }
    var bandPadding: (inner: Double, outer: Double)? { nil }
    var strokeIsColor: Bool { false }
    var strokeChannelOutlines: Bool { false }
    var sizeIsBandThickness: Bool { false }
    func defaultOpacity(_ v: PreparedView) -> Double { 1 }
    var legendSymbol: LegendSymbol { .circle }
    func hollowInLegend(_ v: PreparedView) -> Bool { false }
    var labelsItself: Bool { false }
    func valueLabels(_ v: PreparedView) -> ValueLabelKind { .none }
    func labelAnchor(_ v: PreparedView, _ r: Row, _ e: RowEncoder) -> LabelAnchor? {
        guard let px = e.position(v, .x, r), let py = e.position(v, .y, r) else { return nil }
        return .point(Point(x: px, y: py))
    }
    func directLabelRole(_ v: PreparedView) -> DirectLabelRole { .none }
    func chartNoun(_ v: PreparedView) -> String { v.mark.type.rawValue.capitalized }
    var summarisesValues: Bool { true }

    /// Vega-Lite's default opacity for marks that show single data points (points, ticks):
    /// 0.7 when the view shows unaggregated data, 1 otherwise.
    func unaggregatedOpacity(_ v: PreparedView) -> Double {
        let aggregated = v.encoding.channels.values.contains { $0.contains { $0.aggregate != nil } }
        return aggregated ? 1 : 0.7
    }
}

/// Which automatic value labels a view gets: none, one on each bar (and stack totals), or
/// values beside the points of a line.
enum ValueLabelKind: Sendable {
    case none, bars, points
}

/// Where a row's label attaches: a bar's band across and its value span along the value
/// axis, or a point.
enum LabelAnchor {
    case bar(band: (Double, Double), span: (Double, Double))
    case point(Point)
}

/// What a view does for direct labels (series named at the end of their lines instead of a
/// legend).
enum DirectLabelRole: Sendable {
    /// Nothing: the view neither calls for them nor carries them.
    case none
    /// Its series call for direct labels, which attach to their last points (lines,
    /// areas that are not stacked).
    case invites
    /// Its series carry direct labels when another layer calls for them (stacked areas).
    case anchors
    /// No direct labels in a chart that has this mark (bars).
    case forbids

    /// Whether the view's series are where direct labels attach.
    var anchorsLabels: Bool { self == .invites || self == .anchors }
}
