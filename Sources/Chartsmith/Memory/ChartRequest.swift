import ChartsmithRender
import ChartsmithSpec
import Foundation

/// One chart to render from memory: a spec (JSON text or decoded), the data to put in it,
/// the format and the scale. ``ChartRenderer/render(_:)-9widx`` renders one;
/// ``ChartRenderer/renderAll(_:)`` renders many on every core.
public struct ChartRequest: Sendable {
    /// Where the spec comes from.
    public enum Spec: Sendable {
        /// Vega-Lite JSON text (UTF-8 bytes).
        case json([UInt8])
        /// A spec already decoded.
        case decoded(ChartSpec)
    }

    /// The spec to draw.
    public var spec: Spec
    /// Rows that replace the spec's `data`, or nil to keep the spec's own.
    public var data: ChartData?
    /// The format to draw into.
    public var format: OutputFormat
    /// PNG pixels per point (PDF and SVG page scale); nil for the renderer's default.
    public var scale: Double?
    /// How the spec is named in messages.
    public var name: String

    /// A request for a spec given as JSON bytes.
    public init(json: Data, data: ChartData? = nil, format: OutputFormat = .png, scale: Double? = nil, name: String = "<spec>") {
        self.init(spec: .json(Array(json)), data: data, format: format, scale: scale, name: name)
    }

    /// A request for a spec given as JSON text.
    public init(json: String, data: ChartData? = nil, format: OutputFormat = .png, scale: Double? = nil, name: String = "<spec>") {
        self.init(spec: .json(Array(json.utf8)), data: data, format: format, scale: scale, name: name)
    }

    /// A request for a decoded spec.
    public init(spec: ChartSpec, format: OutputFormat = .png, scale: Double? = nil, name: String = "<spec>") {
        self.init(spec: .decoded(spec), data: nil, format: format, scale: scale, name: name)
    }

    init(spec: Spec, data: ChartData?, format: OutputFormat, scale: Double?, name: String) {
        self.spec = spec
        self.data = data
        self.format = format
        self.scale = scale
        self.name = name
    }
}
