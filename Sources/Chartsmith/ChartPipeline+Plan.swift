import ChartsmithSpec
import ChartsmithStyles
import Foundation

extension ChartPipeline {
    /// What a decoded spec at `url` reads (``ChartPlan``): its data and lookup files,
    /// resolved as rendering resolves them, its own style's files and the house style's.
    public func plan(for spec: ChartSpec, at url: URL) -> ChartPlan {
        let folder = url.deletingLastPathComponent()
        let specStyle = spec.style ?? spec.config.extends?.value
        return ChartPlan(spec: url, data: ChartPlan.data(of: spec, loader: loader(baseFolder: folder)),
                         houseStyle: styleName, houseStyleFiles: StyleReference.chain(for: styleName, relativeTo: styleFolder),
                         specStyle: specStyle, specStyleFiles: StyleReference.chain(for: specStyle, relativeTo: folder))
    }

    /// The plan of a spec at `url` that cannot be decoded: the spec and the house style.
    public func plan(undecodedSpecAt url: URL) -> ChartPlan {
        ChartPlan(spec: url, houseStyle: styleName, houseStyleFiles: StyleReference.chain(for: styleName, relativeTo: styleFolder))
    }

    /// Decodes the spec at `url` and lists what it reads.
    ///
    /// - Throws: `ChartsmithError` when the spec cannot be read or decoded (the same
    ///   message `chartsmith render` gives).
    public func plan(specAt url: URL) throws -> ChartPlan {
        plan(for: try decode(specAt: url), at: url)
    }
}
