import ChartsmithData
import ChartsmithSpec
import ChartsmithStyles
import Foundation

/// Every file one spec reads when it is rendered, found before rendering: the spec itself,
/// its data files (the spec's own `data`, each layer's, and each `lookup`'s secondary
/// data), its own style file chain, and the house style's.
///
/// ``ChartPipeline/plan(for:at:)`` makes it; the batch manifest's fingerprint and
/// `chartsmith watch` take the files they hash and poll from it and from nowhere else, so a
/// change to any file that affects the chart renders it again.
///
/// Data URLs are resolved exactly as rendering resolves them (`DataLoader.resolve(_:)`
/// against the spec's folder and the data root). Inline values and sequences read no file.
public struct ChartPlan: Sendable, Hashable {
    /// One `data.url` the spec names.
    public struct DataInput: Sendable, Hashable {
        /// Where the spec names it: its `data` (the spec's or a layer's) or a `lookup`'s `from`.
        public enum Role: String, Sendable, Hashable {
            case data, lookup
        }

        /// The URL as written.
        public var url: String
        /// The file it resolves to; nil where it cannot be resolved (a network URL, or a
        /// path leaving the data root): rendering reports those.
        public var file: URL?
        public var role: Role

        public init(url: String, file: URL?, role: Role) {
            self.url = url
            self.file = file
            self.role = role
        }
    }

    /// The spec file.
    public var spec: URL
    /// The data the spec reads, in order of first appearance, each URL once.
    public var data: [DataInput]
    /// The house style (`--style`) as named, if one was.
    public var houseStyle: String?
    /// The house style's file and its `extends` chain (empty for a built-in style).
    public var houseStyleFiles: [StyleReference.Link]
    /// The spec's own style (its `style` key, or `config.extends`), a name or a path, if any.
    public var specStyle: String?
    /// The spec's style file and its `extends` chain (empty for a built-in style).
    public var specStyleFiles: [StyleReference.Link]

    public init(spec: URL, data: [DataInput] = [], houseStyle: String? = nil, houseStyleFiles: [StyleReference.Link] = [],
                specStyle: String? = nil, specStyleFiles: [StyleReference.Link] = []) {
        self.spec = spec
        self.data = data
        self.houseStyle = houseStyle
        self.houseStyleFiles = houseStyleFiles
        self.specStyle = specStyle
        self.specStyleFiles = specStyleFiles
    }

    /// Every file read: the spec, the resolved data files, then the style files; each once.
    public var files: [URL] {
        var out: [URL] = []
        for u in [spec] + data.compactMap(\.file) + (houseStyleFiles + specStyleFiles).map(\.file)
        where !out.contains(u) {
            out.append(u)
        }
        return out
    }

    /// The data a decoded spec reads: every `data.url` of the spec and its layers, and of
    /// their `lookup` transforms, resolved by `loader`.
    static func data(of spec: ChartSpec, loader: DataLoader) -> [DataInput] {
        var out: [DataInput] = []
        func add(_ data: DataSpec?, _ role: DataInput.Role) {
            guard case .url(let path, _)? = data, !out.contains(where: { $0.url == path }) else { return }
            out.append(DataInput(url: path, file: try? loader.resolve(path), role: role))
        }
        func lookups(_ transforms: [Transform]) {
            for case .lookup(let l) in transforms { add(l.from, .lookup) }
        }
        add(spec.data, .data)
        lookups(spec.transforms)
        for view in spec.composition?.views ?? [] {
            for d in data(of: view, loader: loader) where !out.contains(where: { $0.url == d.url }) { out.append(d) }
        }
        for layer in spec.layers {
            add(layer.data, .data)
            lookups(layer.transforms)
        }
        return out
    }
}
