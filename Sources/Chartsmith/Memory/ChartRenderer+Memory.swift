import ChartsmithRender
import ChartsmithSpec
import ChartsmithStyles
import Foundation

/// Bytes in, bytes out: a spec given as JSON text or decoded, with data from Swift, drawn
/// into the bytes of one format, through the same ``ChartPipeline`` as every other entry
/// point.
///
/// No file is read or written, unless the spec names a data URL (or a style file), and then
/// only inside ``ChartRenderer/dataRoot``: without a root such a spec is an error naming the
/// missing root. Warnings come back in ``ChartImage/warnings``.
///
/// ```swift
/// let image = try ChartRenderer().render(json: spec, data: ChartData(rows: rows), as: .png, scale: 2)
/// try send(image.data)
/// ```
extension ChartRenderer {
    /// Renders a spec given as JSON bytes.
    public func render(json: Data, data: ChartData? = nil, as format: OutputFormat, scale: Double? = nil) throws -> ChartImage {
        try render(ChartRequest(json: json, data: data, format: format, scale: scale))
    }

    /// Renders a spec given as JSON text.
    public func render(json: String, data: ChartData? = nil, as format: OutputFormat, scale: Double? = nil) throws -> ChartImage {
        try render(ChartRequest(json: json, data: data, format: format, scale: scale))
    }

    /// Renders a decoded spec.
    public func render(_ spec: ChartSpec, as format: OutputFormat, scale: Double? = nil) throws -> ChartImage {
        try render(ChartRequest(spec: spec, format: format, scale: scale))
    }

    /// Renders one request.
    ///
    /// - Throws: `ChartsmithError` naming the request's ``ChartRequest/name``: the
    ///   decoder's located error, a data URL without a data root, a limit, a data error.
    public func render(_ request: ChartRequest) throws -> ChartImage {
        try renderNow(request)
    }

    /// The work of ``render(_:)-9widx``, named apart from its `async` twin.
    func renderNow(_ request: ChartRequest) throws -> ChartImage {
        let spec = try decode(request)
        let (pipeline, contained, base) = try memoryPipeline(for: spec, name: request.name)
        let chart = try pipeline.chart(for: contained, baseFolder: base, file: request.name)
        let scale = pipeline.scale(for: request.format, requested: request.scale)
        if request.format.isRaster {
            try RenderLimits.current.checkRaster(width: chart.scene.width, height: chart.scene.height,
                                                 scale: scale, file: request.name)
        }
        do {
            let bytes = try pipeline.draw(chart.scene, as: request.format, scale: scale)
            return ChartImage(data: Data(bytes), format: request.format, scene: chart.scene, warnings: chart.warnings)
        } catch let e as RenderError {
            throw ChartsmithError(file: request.name, message: e.description)
        }
    }

    /// Renders one request off the caller's executor (on the concurrent pool), so an actor
    /// or the main thread is not held while the chart is drawn. The limits in force
    /// (``RenderLimits/current``) carry over.
    @concurrent
    public func render(_ request: ChartRequest) async throws -> ChartImage {
        try renderNow(request)
    }

    /// Renders many requests at once, as many at a time as there are cores, and returns
    /// each one's image or error in the order given.
    @concurrent
    public func renderAll(_ requests: [ChartRequest]) async -> [Result<ChartImage, any Error>] {
        let width = max(1, ProcessInfo.processInfo.activeProcessorCount)
        var results = [Result<ChartImage, any Error>?](repeating: nil, count: requests.count)
        await withTaskGroup(of: (Int, Result<ChartImage, any Error>).self) { group in
            var next = 0
            func start() {
                let i = next
                next += 1
                group.addTask { (i, Result { try self.renderNow(requests[i]) }) }
            }
            while next < min(width, requests.count) { start() }
            while let (i, result) = await group.next() {
                results[i] = result
                if next < requests.count { start() }
            }
        }
        return results.map { $0! }
    }

    /// The request's spec, decoded, with its data (if given) as the spec's `data.values`.
    func decode(_ request: ChartRequest) throws -> ChartSpec {
        let name = request.name
        do {
            switch request.spec {
            case .decoded(let spec):
                guard let data = request.data else { return spec }
                let rows = try data.node()
                guard case .array(let items) = rows.value else {
                    throw Diagnostic(message: "the data supplied must be an array of rows", location: rows.location, path: rows.path)
                }
                var withData = spec
                var format: DataFormat?
                if case .values(_, let f)? = spec.data { format = f }
                if case .url(_, let f)? = spec.data { format = f }
                withData.data = .values(items.map { $0.inlineValue() }, format: format)
                return withData
            case .json(let bytes):
                guard let data = request.data else { return try SpecDecoder().decode(bytes) }
                var root = try JSONParser.parse(bytes)
                try root.replaceData(with: data.node())
                return try SpecDecoder().decode(root)
            }
        } catch let d as Diagnostic {
            throw ChartsmithError(file: name, message: d.withFile(name).description)
        }
    }

    /// The pipeline, spec and base folder for a spec rendered from memory. With a data root,
    /// relative paths start at the root and may not leave it. Without one, a data URL is an
    /// error, and a built-in style the spec names is resolved without looking for files.
    func memoryPipeline(for spec: ChartSpec, name: String) throws -> (ChartPipeline, ChartSpec, URL) {
        if let root = dataRoot { return (pipeline, spec, root) }
        if let url = MemoryInputs.dataURLs(of: spec).first {
            throw ChartsmithError(file: name, message: "the spec reads data from \"\(url)\", but no data root was given: "
                + "set ChartRenderer.dataRoot to the folder data may be read from, or supply the rows as ChartData")
        }
        var pipeline = pipeline
        var spec = spec
        do {
            if let style = try ChartPipeline.specStyle(of: spec) {
                guard StyleLibrary.builtInNames.contains(style) else {
                    throw ChartsmithError(file: name, message: "the spec names the style \"\(style)\", which is not built in, "
                        + "but no data root was given to read it from: set ChartRenderer.dataRoot")
                }
                pipeline.theme = try StyleLibrary.builtInStyle(style).theme
                spec.style = nil
                spec.config.extends = nil
            }
        } catch let d as Diagnostic {
            throw ChartsmithError(file: name, message: d.withFile(name).description)
        }
        return (pipeline, spec, MemoryInputs.noFolder)
    }
}

extension ChartRenderer {
    /// Decodes a spec given as JSON text, with `data` (if given) as its `data.values`:
    /// the spec model ``render(_:as:scale:)`` draws.
    public func decode(json: String, data: ChartData? = nil, name: String = "<spec>") throws -> ChartSpec {
        try decode(ChartRequest(json: json, data: data, name: name))
    }
}
