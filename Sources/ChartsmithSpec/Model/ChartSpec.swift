/// A decoded, validated chart specification: the Vega-Lite v5 subset Chartsmith speaks,
/// plus the briefing additions (`source`, `notes`, `style`).
///
/// A spec knows nothing of data loading or drawing; ``SpecDecoder`` builds it from JSON
/// and reports every mistake with its line, column and JSON path.
public struct ChartSpec: Sendable {
    /// `description`: the chart's alternative text.
    public var description: String?
    public var title: TitleSpec?
    public var width: SizeSpec?
    public var height: SizeSpec?
    /// `width: {"step": N}` (or `"for": "offset"`, Vega-Lite's default): the step is per
    /// offset (grouped) band, so a position band is N times the number of offset values;
    /// false for `"for": "position"`.
    public var widthStepForOffset: Bool = true
    public var heightStepForOffset: Bool = true
    public var autosize: Autosize?
    /// `background` colour (CSS colour string).
    public var background: String?
    /// `padding` around the chart, in points.
    public var padding: Padding?
    public var data: DataSpec?
    public var transforms: [Transform]
    /// Where each of `transforms` was written, in the same order.
    public var transformSources: [SourcePosition] = []
    /// The view's mark; nil when the spec is layered.
    public var mark: MarkSpec?
    public var encoding: Encoding
    /// `layer`: views drawn on top of each other, sharing data and scales.
    public var layers: [LayerSpec]
    public var config: Config {
        _read { yield configBox.value }
        _modify {
            if !isKnownUniquelyReferenced(&configBox) { configBox = CopyOnWrite(configBox.value) }
            yield &configBox.value
        }
    }
    /// ``config`` behind one reference, copied on write: a spec is copied whole many times
    /// while it is decoded, styled and laid out, and `Config` is kilobytes.
    private var configBox: CopyOnWrite<Config>
    /// Briefing addition: the source line printed under the chart.
    public var source: String?
    /// Briefing addition: notes printed under the source line.
    public var notes: [String]
    /// Briefing addition: the house style to apply, by name or path.
    public var style: String?
    /// Briefing addition: reference lines, shaded ranges and notes in data coordinates.
    public var annotations: [Annotation] = []
    /// `params`, from the top level and every layer: variables and selections, in their
    /// initial state.
    public var params: [ParamSpec] = []
    /// `resolve`: which scales, axes and legends the top-level layers share.
    public var resolve = ResolveSpec()
    /// Settings the spec asks for that are accepted but not honoured (cosmetic ones the
    /// house style decides), each a located warning; the pipeline reports them.
    public var warnings: [Diagnostic] = []
    /// A multi-view figure's views (concat, facet, repeat); nil for a single view.
    public var composition: Composition?
    /// Where the view was written in the spec (a repeated view's copies share it): which
    /// view defines a parameter (``ParamSpec/definedIn``).
    public var path = JSONPath.root
    /// The major version of Vega-Lite the spec's `$schema` names (5 for
    /// `.../vega-lite/v5.20.1.json`, 6 for `.../v6.json`); nil without one. Where versions
    /// differ (the stack order under an explicit colour domain) the spec is drawn as its
    /// version draws it; without a version, as Vega-Lite 5.
    public var vegaLiteMajorVersion: Int?

    public init(description: String? = nil, title: TitleSpec? = nil, width: SizeSpec? = nil,
                height: SizeSpec? = nil, autosize: Autosize? = nil, background: String? = nil,
                padding: Padding? = nil, data: DataSpec? = nil, transforms: [Transform] = [],
                mark: MarkSpec? = nil, encoding: Encoding = Encoding(), layers: [LayerSpec] = [],
                config: Config = Config(), source: String? = nil, notes: [String] = [], style: String? = nil) {
        self.description = description
        self.title = title
        self.width = width
        self.height = height
        self.autosize = autosize
        self.background = background
        self.padding = padding
        self.data = data
        self.transforms = transforms
        self.mark = mark
        self.encoding = encoding
        self.layers = layers
        self.configBox = CopyOnWrite(config)
        self.source = source
        self.notes = notes
        self.style = style
    }
}

/// One view inside `layer`: its own mark and encoding, inheriting the parent's data
/// and encoding channels it does not set.
public struct LayerSpec: Sendable {
    public var data: DataSpec?
    public var transforms: [Transform]
    /// Where each of `transforms` was written, in the same order.
    public var transformSources: [SourcePosition] = []
    public var mark: MarkSpec
    public var encoding: Encoding
    /// The index of the top-level `layer` entry this view comes from (a nested layer's
    /// views share it): the unit an independent scale, axis or legend belongs to.
    public var group: Int = 0

    public init(data: DataSpec? = nil, transforms: [Transform] = [], mark: MarkSpec, encoding: Encoding = Encoding()) {
        self.data = data
        self.transforms = transforms
        self.mark = mark
        self.encoding = encoding
    }
}

/// `title`: a string, or an object with `text` and `subtitle` (each a string or lines).
public struct TitleSpec: Sendable, Hashable {
    public var text: [String]
    public var subtitle: [String]
    /// The title object's own colours, sizes, weights and anchor.
    public var look = TitleLook()
    /// `font`: the title's family (or CSS stack), over the style's `config.title.font`.
    public var font: Located<String>?
    /// `subtitleFont`: the subtitle's family (or CSS stack), over the style's.
    public var subtitleFont: Located<String>?

    public init(text: [String], subtitle: [String] = [], look: TitleLook = TitleLook()) {
        self.text = text
        self.subtitle = subtitle
        self.look = look
    }
}

/// `width` or `height`: a number of points, `{"step": N}` per band, or `"container"`.
public enum SizeSpec: Sendable, Hashable {
    case points(Double)
    case step(Double)
    case container
}

/// `autosize`: how the view size relates to the whole canvas.
public enum Autosize: String, Sendable, Hashable, CaseIterable {
    /// Vega-Lite's default: width and height are the plot area; axes and titles add to it.
    case pad
    /// Width and height are the whole canvas; the plot area takes what is left.
    case fit
    /// Like `pad`, with no extra padding.
    case none
}

/// `padding`: a number for all sides or one per side.
public struct Padding: Sendable, Hashable {
    public var top: Double, right: Double, bottom: Double, left: Double

    public init(top: Double, right: Double, bottom: Double, left: Double) {
        self.top = top
        self.right = right
        self.bottom = bottom
        self.left = left
    }

    public init(all: Double) { self.init(top: all, right: all, bottom: all, left: all) }
}
