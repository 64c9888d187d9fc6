import ChartsmithScene
import ChartsmithSpec

/// Every visual default the layout needs, resolved: the built-in defaults, overridden by a
/// house style (`Styles/*.json`, itself a `config` block) and then by the spec's `config`.
///
/// Sizes are in points. The built-in values follow the UK Government Analysis Function
/// chart guidance: left-aligned title, subtitle and source; horizontal gridlines only;
/// no y-axis line; its accessible palette; text no smaller than 12 pt.
///
/// Colours of text roles (``titleColor``, ``axisLabelColor``…) follow ``textColor`` or
/// ``mutedTextColor`` until set, so a style that changes only the text colour changes all
/// of them.
public struct Theme: Sendable, Hashable {
    // MARK: Text

    /// The font family for every text role unless the role sets its own.
    public var font: String = "DejaVu Sans"
    /// The style's own font files (absolute paths; a style's `fonts`, and those of the styles
    /// it extends), added to the pinned fonts every family is chosen from (``fontFamilies``).
    public var fontFiles: [String] = []
    public var background: Color = .white
    /// Colour of text with no role colour of its own: titles, axis labels and titles,
    /// legends, value labels, text marks.
    public var textColor: Color = Color(hex: "#0b0c0c")!
    /// The quieter colour of the subtitle, source and notes.
    public var mutedTextColor: Color = Color(hex: "#505a5f")!

    public var titleFont = FontDescriptor(size: 19.2, weight: .bold)
    public var subtitleFont = FontDescriptor(size: 14)
    public var axisLabelFont = FontDescriptor(size: 12)
    public var axisTitleFont = FontDescriptor(size: 12)
    public var legendFont = FontDescriptor(size: 12)
    public var legendTitleFont = FontDescriptor(size: 12, weight: .bold)
    public var valueLabelFont = FontDescriptor(size: 12)
    public var footerFont = FontDescriptor(size: 12)

    /// Title colour (`config.title.color`); ``textColor`` until set.
    public var titleColor: Color { get { titleColorSet ?? textColor } set { titleColorSet = newValue } }
    /// Subtitle colour (`config.title.subtitleColor`); ``mutedTextColor`` until set.
    public var subtitleColor: Color { get { subtitleColorSet ?? mutedTextColor } set { subtitleColorSet = newValue } }
    /// Axis label colour (`config.axis.labelColor`); ``textColor`` until set.
    public var axisLabelColor: Color { get { axisLabelColorSet ?? textColor } set { axisLabelColorSet = newValue } }
    /// Axis title colour (`config.axis.titleColor`); ``textColor`` until set.
    public var axisTitleColor: Color { get { axisTitleColorSet ?? textColor } set { axisTitleColorSet = newValue } }
    /// Legend label colour (`config.legend.labelColor`); ``textColor`` until set.
    public var legendLabelColor: Color { get { legendLabelColorSet ?? textColor } set { legendLabelColorSet = newValue } }
    /// Legend title colour (`config.legend.titleColor`); ``textColor`` until set.
    public var legendTitleColor: Color { get { legendTitleColorSet ?? textColor } set { legendTitleColorSet = newValue } }
    /// Source and notes colour (`config.footer.color`); ``mutedTextColor`` until set.
    public var footerColor: Color { get { footerColorSet ?? mutedTextColor } set { footerColorSet = newValue } }
    /// Value label and stack total colour outside bars (`config.labels.color`); ``textColor``
    /// until set.
    public var valueLabelColor: Color { get { valueLabelColorSet ?? textColor } set { valueLabelColorSet = newValue } }

    private var titleColorSet: Color?
    private var subtitleColorSet: Color?
    private var axisLabelColorSet: Color?
    private var axisTitleColorSet: Color?
    private var legendLabelColorSet: Color?
    private var legendTitleColorSet: Color?
    private var footerColorSet: Color?
    private var valueLabelColorSet: Color?

    // MARK: Colours

    /// Categorical palette: the Analysis Function's six colours, ordered so the first two
    /// are its two-series pair (#12436D, #F46A25) and every neighbour contrasts at least 3:1
    /// (dark and light alternate, so stacks also read in greyscale).
    public var categoryPalette: [Color] = ["#12436D", "#F46A25", "#801650", "#28A197", "#3D3D3D", "#A285D1"]
        .map { Color(hex: $0)! }
    /// Ramp for quantitative colour, light to dark (`config.range.ramp`).
    public var sequentialPalette: [Color] = ["#deebf7", "#9ecae1", "#6BACE6", "#2073BC", "#12436D"].map { Color(hex: $0)! }
    /// Ramp for quantitative colour on rects (`config.range.heatmap`); the
    /// ``sequentialPalette`` when the style sets none.
    public var heatmapPalette: [Color]?
    /// A named scheme for that ramp (`config.range.heatmap: {"scheme": ...}`), resolved by the
    /// layout; it wins over ``heatmapPalette``.
    public var heatmapScheme: String?
    /// Ramp ordinal colour series are spread along (`config.range.ordinal`).
    public var ordinalPalette: [Color] = ["#deebf7", "#9ecae1", "#6BACE6", "#2073BC", "#12436D"].map { Color(hex: $0)! }
    /// Low, middle and high colours for values either side of a midpoint (`config.range.diverging`).
    public var divergingPalette: [Color] = ["#12436D", "#6BACE6", "#F2F2F2", "#F9A77D", "#F46A25"].map { Color(hex: $0)! }
    /// Single-series mark colour.
    public var markColor: Color = Color(hex: "#12436D")!
    public var gridColor: Color = Color(hex: "#D9D9D9")!
    /// Colour of axis lines and ticks.
    public var axisColor: Color = Color(hex: "#0b0c0c")!
    public var lineWidth: Double = 2.5
    public var gridWidth: Double = 1
    /// Dash pattern of gridlines; empty for solid.
    public var gridDash: [Double] = []
    public var axisWidth: Double = 1
    /// Gap between bars as a fraction of the band (`paddingInner`).
    public var bandPaddingInner: Double = 0.25
    public var bandPaddingOuter: Double = 0.15

    /// Dash patterns for line series, in colour order, so lines differ without colour
    /// (greyscale print, colour blindness). Empty: lines stay solid. Applies to lines whose
    /// spec sets no `strokeDash` of its own.
    public var seriesDashes: [[Double]] = []
    /// Whether the chart's own spec set the category palette (`config.range.category`): its
    /// colours are the author's choice, so touching stack segments in them are warned about,
    /// not parted silently as the style's own palette is (``ChartsmithLayout`` sets it).
    public var paletteFromSpec = false
    /// Colour of the outline between stacked segments whose fills contrast less than 3:1;
    /// nil means the background colour.
    public var separatorColor: Color?
    /// Width of that outline; nil draws none.
    public var separatorWidth: Double?
    /// The outline to draw between adjacent stacked segments whose fills contrast less
    /// than 3:1 (WCAG 1.4.11), or nil for none.
    public var segmentSeparator: Stroke? {
        separatorWidth.map { Stroke(color: separatorColor ?? background, width: $0) }
    }

    /// Defaults for marks' own properties by mark type (`config.bar`, `config.line`…),
    /// used where a spec's mark sets none.
    public var markDefaults: [MarkType: MarkConfig] = [:]
    /// `config.mark`: defaults for every mark type, beneath ``markDefaults``.
    public var allMarkDefaults = MarkConfig()
    /// `config.style`: named mark styles, above ``markDefaults`` (a mark reads the style
    /// named after its type, then those it names in `style`, later ones winning).
    public var markStyles: [String: MarkConfig] = [:]

    /// `mark` with every property it leaves unset taken from its styles, its type's
    /// defaults and then `config.mark`, as Vega-Lite resolves them.
    public func resolved(_ mark: MarkSpec, styles: [String]) -> MarkSpec {
        var m = mark
        for name in ([mark.type.rawValue] + styles).reversed() {
            if let s = markStyles[name] { m = s.filling(m) }
        }
        if let d = markDefaults[mark.type] { m = d.filling(m) }
        return allMarkDefaults.filling(m)
    }

    // MARK: Axes and legend

    /// Draw gridlines along the value axis: horizontal ones for a continuous y axis,
    /// vertical ones for a continuous x axis when y is discrete.
    public var grid: Bool = true
    /// Draw the axis line of the value axis (the y axis of a vertical chart).
    public var valueAxisLine: Bool = false
    /// Per-axis switches from `config.axisX`; nil keeps the rule above.
    public var axisX = AxisSwitches()
    /// Per-axis switches from `config.axisY`; nil keeps the rule above.
    public var axisY = AxisSwitches()
    /// The side- and type-specific axis blocks (`axisLeft`, `axisBand`, `axisXTemporal`…),
    /// and `axisX`/`axisY` as given, merged down the cascade; ``specialized(for:)`` folds
    /// the ones that apply to a spec's axes into ``axisX`` and ``axisY``.
    public var axisBlocks: [String: AxisSwitches] = [:]
    /// `view.stroke`, `strokeWidth`, `strokeDash`: a frame around the plot (nil: none).
    public var viewStroke: Color?
    public var viewStrokeWidth: Double = 1
    public var viewStrokeDash: [Double] = []
    /// `view.fill`: the plot area's background (nil: none).
    public var viewFill: Color?
    /// Put the value axis title horizontally above the axis, rather than turned.
    public var horizontalAxisTitles: Bool = true
    /// Legend position: `top` (across the top, in data order), `bottom`, `left` or `right`.
    public var legendOrient: String = "top"
    /// The rest of `config.legend`: direction, columns, spacing, symbols and box.
    public var legendLook = LegendLook()
    /// `legend.disable`: draw no legend unless a channel's legend object asks for one.
    public var legendDisabled: Bool = false
    /// `title.anchor`: the title and subtitle `start` (left-aligned), `middle` or `end`.
    public var titleAnchor: String = "start"

    // MARK: Labels

    /// Make quantitative domains nice with the axis's tick count, so every axis ends on a
    /// labelled gridline (ONS, Analysis Function), rather than with d3's default count as
    /// Vega does (which can leave the top of an axis unlabelled).
    public var niceToTicks: Bool = true

    /// Label line ends with their series names instead of a legend, where they fit.
    public var directLabels: Bool = true
    /// The most slices a pie or donut may have before a warning suggests a bar chart.
    public var maxPieParts: Int = 5
    /// Print values on bars and stack segments where they fit.
    public var valueLabels: Bool = true
    /// Print each stack's total beyond its end.
    public var stackTotals: Bool = true

    // MARK: Size

    /// Space around the whole chart, on every side.
    public var padding: Double = 16
    /// Space per side, when the sides differ; overrides ``padding``.
    public var paddingInsets: Padding?
    /// The padding to use: ``paddingInsets`` or ``padding`` on every side.
    public var resolvedPadding: Padding { paddingInsets ?? Padding(all: padding) }
    /// Default canvas for `autosize: fit` when the spec sets no size (the `gov-uk` preset).
    public var defaultCanvas = Size(width: SizePreset.govUK.width, height: SizePreset.govUK.height)
    /// The size preset ``defaultCanvas`` came from, if any.
    public var sizePreset: SizePreset? = .govUK
    /// Default plot size for `autosize: pad` (Vega-Lite's continuous view size).
    public var defaultPlot = Size(width: 200, height: 200)
    /// Default band step for discrete axes with `autosize: pad`.
    public var defaultStep: Double = 20
    /// Locale for numbers and dates (thousands separators and decimal mark).
    public var locale: String = "en-GB"
    /// The number format of a normalized stack's axis (`config.normalizedNumberFormat`).
    public var normalizedNumberFormat: String = ".0%"
    /// The autosize used when the spec sets none.
    public var autosize: Autosize = .pad

    public init() {}

    /// The built-in defaults (the `briefing` style restates them).
    public static let briefing = Theme()

    /// The font of every text role, for checks and listings.
    public var roleFonts: [(role: String, font: FontDescriptor)] {
        [("title", titleFont), ("subtitle", subtitleFont), ("axis labels", axisLabelFont), ("axis titles", axisTitleFont),
         ("legend labels", legendFont), ("legend title", legendTitleFont), ("value labels", valueLabelFont),
         ("source and notes", footerFont)]
    }

    /// The colour of every text role, for checks and listings.
    public var roleColors: [(role: String, color: Color)] {
        [("title", titleColor), ("subtitle", subtitleColor), ("axis labels", axisLabelColor), ("axis titles", axisTitleColor),
         ("legend labels", legendLabelColor), ("legend title", legendTitleColor), ("value labels", valueLabelColor),
         ("source and notes", footerColor)]
    }

    nonisolated(unsafe) static let fontPaths: [WritableKeyPath<Theme, FontDescriptor>] = [
        \.titleFont, \.subtitleFont, \.axisLabelFont, \.axisTitleFont, \.legendFont, \.legendTitleFont,
        \.valueLabelFont, \.footerFont,
    ]
}

extension Theme {
    /// This theme with a `config` block (a style file or a spec's `config`) applied on top.
    ///
    /// - Throws: a ``Diagnostic`` at the value for a colour that is not a CSS colour.
    public func applying(_ c: Config) throws -> Theme {
        var t = self
        if let f = c.font {
            let family = try t.fontFamily(f)
            t.font = family
            for kp in Theme.fontPaths { t[keyPath: kp].family = family }
        }
        if let v = c.textColor { t.textColor = try Self.color(v) }
        if let v = c.mutedTextColor { t.mutedTextColor = try Self.color(v) }
        if let v = c.background { t.background = try Self.color(v) }
        if let p = c.padding {
            if p.top == p.right && p.top == p.bottom && p.top == p.left {
                t.padding = p.top
                t.paddingInsets = nil
            } else {
                t.paddingInsets = p
            }
        }
        if let a = c.autosize { t.autosize = a }
        if let l = c.locale { t.locale = l }
        if let f = c.normalizedNumberFormat { t.normalizedNumberFormat = f }
        if let s = c.size {
            t.sizePreset = s
            t.defaultCanvas = Size(width: s.width, height: s.height)
        }

        try Self.apply(c.title, font: \.titleFont, color: \.titleColor, to: &t)
        try Self.apply(c.subtitle, font: \.subtitleFont, color: \.subtitleColor, to: &t)
        try Self.apply(c.axisLabel, font: \.axisLabelFont, color: \.axisLabelColor, to: &t)
        try Self.apply(c.axisTitle, font: \.axisTitleFont, color: \.axisTitleColor, to: &t)
        try Self.apply(c.legendLabel, font: \.legendFont, color: \.legendLabelColor, to: &t)
        try Self.apply(c.legendTitle, font: \.legendTitleFont, color: \.legendTitleColor, to: &t)
        try Self.apply(c.footer, font: \.footerFont, color: \.footerColor, to: &t)
        try Self.apply(c.valueLabel, font: \.valueLabelFont, color: \.valueLabelColor, to: &t)

        if let g = c.axis.grid { t.grid = g }
        if let g = c.axis.gridColor { t.gridColor = try Self.color(g) }
        if let o = c.axis.gridOpacity { t.gridColor = t.gridColor.withOpacity(o) }
        if let w = c.axis.gridWidth { t.gridWidth = w }
        if let d = c.axis.gridDash { t.gridDash = d }
        if let d = c.axis.domain { t.axisX.domain = d; t.axisY.domain = d }
        if let d = c.axis.domainColor { t.axisColor = try Self.color(d) }
        if let w = c.axis.domainWidth { t.axisWidth = w }
        if let k = c.axis.ticks { t.axisX.ticks = k; t.axisY.ticks = k }
        let both = try Self.plain(c.axisBoth)
        t.axisX = t.axisX.overlaid(with: both).overlaid(with: try Self.plain(c.axisX))
        t.axisY = t.axisY.overlaid(with: both).overlaid(with: try Self.plain(c.axisY))
        try t.applyAxisBlocks(c)
        try t.applyView(c)
        if let a = c.yTitleAngle { t.horizontalAxisTitles = a == 0 }
        if let o = c.legendOrient { t.legendOrient = o }
        t.legendLook = t.legendLook.overlaid(with: try Self.plain(c.legendLook))
        if let d = c.legendDisable { t.legendDisabled = d }
        if let a = c.titleAnchor { t.titleAnchor = a }
        if let w = c.viewContinuousWidth { t.defaultPlot.width = w }
        if let h = c.viewContinuousHeight { t.defaultPlot.height = h }
        if let s = c.viewStep { t.defaultStep = s }

        if let p = c.range.category { t.categoryPalette = try p.map(Self.color) }
        if let p = c.range.ordinal { t.ordinalPalette = try p.map(Self.color) }
        if let p = c.range.ramp ?? c.range.heatmap { t.sequentialPalette = try p.map(Self.color) }
        if let p = c.range.heatmap { t.heatmapPalette = try p.map(Self.color) }
        if let s = c.range.heatmapScheme { t.heatmapScheme = s }
        if let p = c.range.diverging { t.divergingPalette = try p.map(Self.color) }
        if let v = c.bandPaddingInner { t.bandPaddingInner = v }
        if let v = c.bandPaddingOuter { t.bandPaddingOuter = v }
        if let m = c.markColor { t.markColor = try Self.color(m) }
        for (name, m) in c.styles {
            if let col = m.color { _ = try Self.color(col) }
            if let col = m.fill { _ = try Self.color(col) }
            if let col = m.stroke { _ = try Self.color(col) }
            t.markStyles[name] = (t.markStyles[name] ?? MarkConfig()).overlaid(with: m)
        }
        t.allMarkDefaults = t.allMarkDefaults.overlaid(with: c.markAll)
        for (type, m) in c.marks {
            // Validate colours now, where the style or spec can be pointed at.
            if let col = m.color { _ = try Self.color(col) }
            if let col = m.fill { _ = try Self.color(col) }
            if let col = m.stroke { _ = try Self.color(col) }
            var m = m
            // A line width is the theme's (legend swatches draw with it too).
            if type == .line, let w = m.strokeWidth {
                t.lineWidth = w
                m.strokeWidth = nil
            }
            let merged = (t.markDefaults[type] ?? MarkConfig()).overlaid(with: m)
            t.markDefaults[type] = merged.isEmpty ? nil : merged
        }
        try t.checkMarkFonts(c)
        if let v = c.directLabels { t.directLabels = v }
        if let v = c.maxPieParts { t.maxPieParts = v }
        if let v = c.valueLabels { t.valueLabels = v }
        if let v = c.stackTotals { t.stackTotals = v }
        if let d = c.seriesDashes { t.seriesDashes = d }
        if let s = c.separator {
            if let s {
                t.separatorWidth = s.width
                t.separatorColor = try s.color.map(Self.color)
            } else {
                t.separatorWidth = nil
                t.separatorColor = nil
            }
        }
        return t
    }

    static func apply(_ s: TextStyle, font: WritableKeyPath<Theme, FontDescriptor>, color: WritableKeyPath<Theme, Color>,
                      to t: inout Theme) throws {
        if let f = s.font { t[keyPath: font].family = try t.fontFamily(f) }
        if let z = s.fontSize { t[keyPath: font].size = z }
        if let b = s.bold { t[keyPath: font].weight = b ? .bold : .regular }
        if let c = s.color { t[keyPath: color] = try Self.color(c) }
    }

    /// Parses a colour as written, or throws a diagnostic pointing at it.
    public static func color(_ v: ConfigColor) throws -> Color {
        if let c = CSSColor.parse(v.value) { return c }
        let names = CSSColor.named.keys.sorted()
        throw Diagnostic(location: v.location, path: v.path,
                         message: "\"\(v.value)\" is not a colour; expected a CSS colour such as \"#12436D\", \"rgb(18, 67, 109)\" or \"white\"",
                         suggestion: Suggest.closest(to: v.value.lowercased(), in: names))
    }
}

