import ChartsmithData
import ChartsmithLayout
import ChartsmithScene
import ChartsmithSpec
import Foundation

/// The checks behind ``RenderLimits``: each throws a `ChartsmithError` that names the spec,
/// the key or value at fault, the limit, and the `--limit` setting that raises it.
extension RenderLimits {
    /// Checks a decoded spec before any data is loaded: declared sizes and padding, text
    /// lengths, the number of layers, inline rows and series, and sequence lengths.
    public func check(_ spec: ChartSpec, file: String) throws(ChartsmithError) {
        func fail(_ message: String) -> ChartsmithError { ChartsmithError(file: file, message: message) }

        for (key, size) in [("width", spec.width), ("height", spec.height)] {
            switch size {
            case .points(let p) where !(p <= maxCanvasSide):
                throw fail("\(key): \(Self.number(p)) points is more than the limit of \(Self.number(maxCanvasSide)) points;"
                           + " use a smaller \"\(key)\" or raise the limit with --limit canvas-side=N")
            case .step(let s) where !(s <= maxCanvasSide):
                throw fail("\(key).step: \(Self.number(s)) points is more than the limit of \(Self.number(maxCanvasSide)) points;"
                           + " use a smaller step or raise the limit with --limit canvas-side=N")
            default: break
            }
        }
        if case .points(let w) = spec.width, case .points(let h) = spec.height, !(w * h <= maxCanvasArea) {
            throw fail("width × height: \(Self.number(w)) × \(Self.number(h)) points is more than the limit of"
                       + " \(Self.number(maxCanvasArea)) square points; make the chart smaller or raise the limit with --limit canvas-area=N")
        }
        if let p = spec.padding {
            for (side, v) in [("top", p.top), ("right", p.right), ("bottom", p.bottom), ("left", p.left)] where !(abs(v) <= maxCanvasSide) {
                throw fail("padding.\(side): \(Self.number(v)) points is more than the limit of \(Self.number(maxCanvasSide)) points")
            }
        }

        var texts: [(String, String)] = []
        if let t = spec.title {
            texts += t.text.map { ("title", $0) } + t.subtitle.map { ("title.subtitle", $0) }
        }
        texts += spec.notes.map { ("notes", $0) }
        if let s = spec.source { texts.append(("source", s)) }
        var widths: [(String, String, Int)] = []
        func channelTexts(_ encoding: Encoding, prefix: String) {
            for channel in Channel.allCases {
                for d in encoding.channels[channel] ?? [] {
                    let key = "\(prefix)encoding.\(channel.rawValue)"
                    if case .some(.some(let t)) = d.title { texts.append((key + ".title", t)) }
                    if case .some(.some(let t)) = d.axis?.title { texts.append((key + ".axis.title", t)) }
                    if case .some(.some(let t)) = d.legend?.title { texts.append((key + ".legend.title", t)) }
                    if let f = d.field { texts.append((key + ".field", f)) }
                    if d.formatType != "time" && d.type != .temporal && d.timeUnit == nil {
                        for (suffix, format) in [(".format", d.format), (".axis.format", d.axis?.format), (".legend.format", d.legend?.format)] {
                            if let format, let width = Self.numberFormatWidth(format), width > maxLabelLength {
                                widths.append((key + suffix, format, width))
                            }
                        }
                    }
                }
            }
        }
        channelTexts(spec.encoding, prefix: "")
        for (i, layer) in spec.layers.enumerated() { channelTexts(layer.encoding, prefix: "layer[\(i)].") }
        for (key, text) in texts where text.count > maxLabelLength {
            throw fail("\(key): the text is \(text.count) characters long, more than the limit of \(maxLabelLength)"
                       + " (it begins \(Self.excerpt(text))); shorten it or raise the limit with --limit label-length=N")
        }

        if let (key, format, width) = widths.first {
            throw fail("\(key): the format \"\(format.prefix(40))\" pads numbers to \(width) characters, more than the limit of"
                       + " \(maxLabelLength); use a smaller width or raise the limit with --limit label-length=N")
        }

        if spec.layers.count > maxSeries {
            throw fail("layer: \(spec.layers.count) layers is more than the limit of \(maxSeries);"
                       + " raise the limit with --limit series=N")
        }
        // Each source once, with the series fields of every view that reads it.
        var shared = Self.seriesFields(spec.mark == nil ? Encoding() : spec.encoding, mark: spec.mark?.type)
        for (i, layer) in spec.layers.enumerated() {
            let encoding = layer.encoding.inheriting(from: spec.encoding)
            if layer.data == nil {
                shared.formUnion(Self.seriesFields(encoding, mark: layer.mark.type))
            } else {
                try check(layer.data, seriesFields: Self.seriesFields(encoding, mark: layer.mark.type), key: "layer[\(i)].data", file: file)
            }
        }
        try check(spec.data, seriesFields: shared, key: "data", file: file)
    }

    /// The channels whose distinct values become separate series (marks, colours, legend
    /// entries) when their field is not quantitative.
    static let seriesChannels: [Channel] = [.color, .fill, .stroke, .detail, .strokeDash, .shape]

    /// The series fields of an encoding, each with the channel that reads it. A field under
    /// a `timeUnit` is left to the check on the prepared views: its raw values (1,100 dates)
    /// are not the channel's (3 years).
    static func seriesFields(_ encoding: Encoding, mark: MarkType? = nil) -> Set<SeriesField> {
        var fields = Set<SeriesField>()
        for channel in seriesChannels {
            for def in encoding.channels[channel] ?? [] {
                if let field = def.field, def.type != .quantitative, def.timeUnit == nil {
                    fields.insert(SeriesField(channel: channel, field: field, location: def.location, path: def.path, mark: mark))
                }
            }
        }
        return fields
    }

    struct SeriesField: Hashable {
        var channel: Channel
        var field: String
        /// Where the channel was written (not part of its identity).
        var location: SourceLocation?
        var path: JSONPath?
        /// The mark that reads it, when one does (its values are series on a line).
        var mark: MarkType?

        static func == (a: SeriesField, b: SeriesField) -> Bool { a.channel == b.channel && a.field == b.field }
        func hash(into h: inout Hasher) {
            h.combine(channel)
            h.combine(field)
        }
    }

    /// The error for a channel whose field has more distinct values than the series limit, at
    /// the channel's `line:column` and JSON path: a line's, area's or trail's values are
    /// separate series, any other mark's are groups of marks (a colour, shape or dash and a
    /// legend entry each).
    static func tooManySeries(_ channel: Channel, field: String, limit: Int, location: SourceLocation?, path: JSONPath?,
                              mark: MarkType?, file: String) -> ChartsmithError {
        let each = mark.map { [.line, .area, .trail].contains($0) } ?? true
            ? "each a separate series" : "each a separate group of marks (its own \(channel == .detail ? "group" : channel.rawValue) and legend entry)"
        let d = Diagnostic(message: "\"\(field)\" has more than \(limit) distinct values, \(each); raise the limit with --limit series=N",
                           location: location, path: path?.appending("field"))
        var message = d.withFile(file).description
        if path == nil { message = message.replacingOccurrences(of: "\"\(field)\"", with: "encoding.\(channel.rawValue).field: \"\(field)\"") }
        return ChartsmithError(file: file, message: message)
    }

    private func check(_ data: DataSpec?, seriesFields: Set<SeriesField>, key: String, file: String) throws(ChartsmithError) {
        func fail(_ message: String) -> ChartsmithError { ChartsmithError(file: file, message: message) }
        switch data {
        case .values(let items, _):
            if items.count > maxRows {
                throw fail("\(key).values: \(items.count) rows is more than the limit of \(maxRows) rows;"
                           + " raise the limit with --limit rows=N")
            }
            for s in seriesFields.sorted(by: { ($0.channel.rawValue, $0.field) < ($1.channel.rawValue, $1.field) }) {
                var seen = Set<InlineValue>()
                for case .object(let row, _) in items {
                    seen.insert(row[s.field] ?? .null)
                    if seen.count > maxSeries {
                        throw Self.tooManySeries(s.channel, field: s.field, limit: maxSeries, location: s.location, path: s.path,
                                                 mark: s.mark, file: file)
                    }
                }
            }
        case .sequence(let start, let stop, let step, _):
            let count = ((stop - start) / step).rounded(.up)
            if !(count <= Double(maxRows)) {
                throw fail("\(key).sequence: \(Self.number(count)) rows is more than the limit of \(maxRows) rows;"
                           + " raise the limit with --limit rows=N")
            }
        case .url, nil:
            break  // The data loader checks files while reading them.
        }
    }

    /// Checks prepared views: rows per view and distinct series values.
    public func check(_ views: [PreparedView], file: String) throws(ChartsmithError) {
        for view in views {
            if view.table.rowCount > maxRows {
                throw ChartsmithError(file: file, message: "data: \(view.table.rowCount) rows is more than the limit of"
                                      + " \(maxRows) rows; raise the limit with --limit rows=N")
            }
            for channel in Self.seriesChannels {
                for def in view.semantics.encoding.channels[channel] ?? [] {
                    guard let field = def.outputField, def.type != .quantitative else { continue }
                    let tooMany = Self.tooManySeries(channel, field: field, limit: maxSeries, location: def.location, path: def.path,
                                                     mark: view.mark.type, file: file)
                    // A columnar table counts its column's codes (kept for the layout's grouping).
                    if let distinct = view.table.distinctValues(of: field) {
                        if distinct.count > maxSeries { throw tooMany }
                        continue
                    }
                    var seen = Set<Value>()
                    for row in view.table.rows {
                        seen.insert(row[field])
                        if seen.count > maxSeries { throw tooMany }
                    }
                }
            }
        }
    }

    /// Checks a finished scene: the canvas size in points, and every piece of text.
    public func check(_ scene: Scene, file: String) throws(ChartsmithError) {
        let w = scene.width, h = scene.height
        guard w.isFinite, h.isFinite, w > 0, h > 0 else {
            throw ChartsmithError(file: file, message: "the chart's canvas came out \(Self.number(w)) × \(Self.number(h)) points;"
                                  + " check \"width\", \"height\" and \"padding\"")
        }
        if w > maxCanvasSide || h > maxCanvasSide {
            throw ChartsmithError(file: file, message: "the chart would be \(Self.number(w)) × \(Self.number(h)) points, more than"
                                  + " the limit of \(Self.number(maxCanvasSide)) points a side; reduce \"width\", \"height\","
                                  + " the step or the number of categories, or raise the limit with --limit canvas-side=N")
        }
        if w * h > maxCanvasArea {
            throw ChartsmithError(file: file, message: "the chart would be \(Self.number(w)) × \(Self.number(h)) points, more than"
                                  + " the limit of \(Self.number(maxCanvasArea)) square points; make it smaller or raise"
                                  + " the limit with --limit canvas-area=N")
        }
        for t in scene.texts where t.text.count > maxLabelLength {
            throw ChartsmithError(file: file, message: "a \(Self.words(t.role.rawValue)) is \(t.text.count) characters long, more than"
                                  + " the limit of \(maxLabelLength) (it begins \(Self.excerpt(t.text)));"
                                  + " shorten it or raise the limit with --limit label-length=N")
        }
    }

    /// Checks a scale, and the raster a `width` × `height` point canvas needs at it, before
    /// anything is allocated.
    public func checkRaster(width: Double, height: Double, scale: Double, file: String) throws(ChartsmithError) {
        guard scale.isFinite, scale > 0, scale <= maxScale else {
            throw ChartsmithError(file: file, message: "scale \(Self.number(scale)) is outside 0 to \(Self.number(maxScale));"
                                  + " raise the limit with --limit scale=N")
        }
        let pw = (width * scale).rounded(.up), ph = (height * scale).rounded(.up)
        if !(pw <= Double(maxPixelsPerSide) && ph <= Double(maxPixelsPerSide)) {
            throw ChartsmithError(file: file, message: "at scale \(Self.number(scale)) the image would be \(Self.number(pw)) × \(Self.number(ph))"
                                  + " pixels, more than the limit of \(maxPixelsPerSide) pixels a side; use a smaller --scale"
                                  + " or raise the limit with --limit pixels-side=N")
        }
        if !(pw * ph <= Double(maxPixelCount)) {
            throw ChartsmithError(file: file, message: "at scale \(Self.number(scale)) the image would be \(Self.number(pw)) × \(Self.number(ph))"
                                  + " pixels, more than the limit of \(maxPixelCount) pixels in all; use a smaller --scale"
                                  + " or raise the limit with --limit pixels=N")
        }
    }

    /// The width of a d3-format specifier (`08.2f` → 8), when it has one.
    ///
    /// The grammar is `[[fill]align][sign][symbol][0][width][,][.precision][~][type]`; the
    /// width is the run of digits after the optional fill, align, sign, symbol and zero.
    static func numberFormatWidth(_ specifier: String) -> Int? {
        var chars = Substring(specifier)
        let aligns: Set<Character> = ["<", ">", "=", "^"]
        if chars.count >= 2, aligns.contains(chars[chars.index(after: chars.startIndex)]) { chars = chars.dropFirst(2) }
        else if let c = chars.first, aligns.contains(c) { chars = chars.dropFirst() }
        if let c = chars.first, "+-( ".contains(c) { chars = chars.dropFirst() }
        if let c = chars.first, "$#".contains(c) { chars = chars.dropFirst() }
        let digits = chars.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty else { return nil }
        // Beyond Int's range is certainly too wide.
        return Int(digits) ?? Int.max
    }

    /// A number as people write it: no trailing `.0`, no exponent for ordinary sizes.
    static func number(_ v: Double) -> String {
        if v.isFinite, v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return "\(v)"
    }

    /// `axisLabel` as `axis label`.
    static func words(_ camel: String) -> String {
        camel.reduce(into: "") { out, c in
            if c.isUppercase { out += " " + c.lowercased() } else { out.append(c) }
        }
    }

    /// The first few characters of a long text, quoted.
    static func excerpt(_ text: String) -> String {
        "\"" + text.prefix(24).replacingOccurrences(of: "\n", with: " ") + "…\""
    }
}
