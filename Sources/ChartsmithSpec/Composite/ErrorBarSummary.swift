/// What an error bar or band summarises, as Vega-Lite's `errorBarParams`: its continuous
/// axis, and the transforms that give each row (one per group) `lower_<field>` and
/// `upper_<field>` (and `center_<field>` for raw data).
///
/// Raw data is summarised by `extent`: `stderr` (the default; `iqr` when
/// `config.errorbar.center` is `"median"`, for bands too, as Vega-Lite) and `stdev` around the mean,
/// `ci` (a bootstrap 95% interval of the mean, `ci0`/`ci1`) and `iqr` (the quartiles, around
/// the median). A range given directly (`y` and `y2`, or `y` and `yError`/`yError2`, or the
/// x forms) is drawn as it is.
struct ErrorBarSummary {
    /// `x` or `y`: the axis the bars or band run along.
    var axis: String
    var orient: String
    /// The continuous axis's field and definition (without its aggregate).
    var def: (field: String, object: JSONObject)
    /// The summary's transforms, after the view's own.
    var transforms: [JSONNode]
    /// The channels the parts share.
    var shared: SharedEncoding

    static let extents = ["ci", "stderr", "stdev", "iqr"]

    /// One part of an error bar or band (Vega-Lite's `makeErrorBarPart`): `mark` along the
    /// axis at `<prefix><field>`, reaching to `<end><field>` on the second channel when given,
    /// with the channels the parts share.
    func layer(_ mark: JSONNode, prefix: String, end: String? = nil, of m: CompositeMark) -> JSONNode {
        let b = m.build
        var enc: [(String, JSONNode)] = [(axis, m.partChannel(def, prefix: prefix))]
        if let end { enc.append((axis + "2", b.object([("field", b.string(end + def.field))]))) }
        enc += shared.channels
        return b.object([("mark", mark), ("encoding", b.object(enc))])
    }
}

extension CompositeMark {
    static let errorChannels = ["x2", "y2", "xError", "xError2", "yError", "yError2"]

    func errorBarSummary() throws -> ErrorBarSummary {
        let name = kind.rawValue
        func has(_ ch: String) -> Bool { Self.isFieldOrDatum(encoding[ch]) }
        for ch in ["xError", "xError2", "yError", "yError2"] {
            if let n = encoding[ch], !Self.isFieldOrDatum(n) {
                throw Diagnostic(location: n.location, path: n.path, message: "\(ch) given as a value is not supported by Chartsmith; give it a \"field\"")
            }
        }
        func fail(_ ch: String, _ message: String) -> Diagnostic {
            let n = encoding[ch] ?? encodingNode
            return Diagnostic(location: n.location, path: n.path, message: message)
        }
        let axis: String
        var orient: String
        enum Input { case raw, upperLower, error }
        let input: Input
        if !Self.errorChannels.contains(where: has) {
            orient = try self.orient()
            axis = orient == "vertical" ? "y" : "x"
            input = .raw
        } else if has("x2") || has("y2") {
            if let e = ["xError", "yError", "xError2", "yError2"].first(where: has) {
                throw fail(e, "the \(name) is given both a second position (x2 or y2) and \(e); use one or the other")
            }
            if has("x2") && has("y2") { throw fail("y2", "the \(name) cannot have both x2 and y2") }
            axis = has("x2") ? "x" : "y"
            input = .upperLower
        } else {
            for a in ["x", "y"] where has("\(a)Error2") && !has("\(a)Error") {
                throw fail("\(a)Error2", "the \(name) has \(a)Error2 without \(a)Error")
            }
            if has("xError") && has("yError") { throw fail("yError", "the \(name) cannot have both xError and yError") }
            axis = has("xError") ? "x" : "y"
            input = .error
        }
        orient = axis == "y" ? "vertical" : "horizontal"
        if input != .raw, !isContinuous(axis) {
            throw fail(axis, "the \(name)'s \(axis) must be a quantitative field when the range is given with \(axis)2 or \(axis)Error")
        }
        let def = try continuousDef(axis)
        let f = def.field
        let ex = Self.extentExpression
        var shared = try sharedEncoding(excluding: Set([axis, axis + "2", axis + "Error", axis + "Error2"]))
        var transforms = shared.timeUnits
        let extentNode = prop("extent")
        switch input {
        case .raw:
            let extent = try extentNode.map { n -> String in
                let s = try n.asString()
                guard ErrorBarSummary.extents.contains(s) else { throw badExtent(n) }
                return s
            } ?? (config[.errorbar, "center"]?.value == .string("median") ? "iqr" : "stderr")
            switch extent {
            case "stderr", "stdev":
                transforms.append(build.aggregate([(extent, f, "extent_" + f), ("mean", f, "center_" + f)], groupby: shared.groupby))
                transforms.append(build.calculate(ex("center_" + f) + " + " + ex("extent_" + f), as: "upper_" + f))
                transforms.append(build.calculate(ex("center_" + f) + " - " + ex("extent_" + f), as: "lower_" + f))
            case "ci":
                transforms.append(build.aggregate([("ci0", f, "lower_" + f), ("ci1", f, "upper_" + f), ("mean", f, "center_" + f)],
                                                  groupby: shared.groupby))
            default:
                transforms.append(build.aggregate([("q1", f, "lower_" + f), ("q3", f, "upper_" + f), ("median", f, "center_" + f)],
                                                  groupby: shared.groupby))
            }
        case .upperLower, .error:
            if let n = extentNode {
                _ = try n.asString()
                DecodeWarnings.current?.add(Diagnostic(location: n.location, path: n.path,
                    message: "the \(name)'s extent is not used: the range is given directly with \(axis)\(input == .upperLower ? "2" : "Error") (as Vega-Lite, which also ignores it)"))
            }
            if input == .upperLower {
                guard case .object(let o2)? = encoding[axis + "2"]?.value, case .string(let f2)? = o2["field"]?.value else {
                    throw fail(axis + "2", "the \(name)'s \(axis)2 needs a \"field\"")
                }
                transforms.append(build.calculate(ex(f2), as: "upper_" + f))
                transforms.append(build.calculate(ex(f), as: "lower_" + f))
            } else {
                func errorField(_ ch: String) throws -> String? {
                    guard let n = encoding[ch] else { return nil }
                    guard case .object(let o) = n.value, case .string(let e)? = o["field"]?.value else {
                        throw fail(ch, "the \(name)'s \(ch) needs a \"field\"")
                    }
                    return e
                }
                let e1 = try errorField(axis + "Error")!
                transforms.append(build.calculate(ex(f) + " + " + ex(e1), as: "upper_" + f))
                if let e2 = try errorField(axis + "Error2") {
                    transforms.append(build.calculate(ex(f) + " + " + ex(e2), as: "lower_" + f))
                } else {
                    transforms.append(build.calculate(ex(f) + " - " + ex(e1), as: "lower_" + f))
                }
            }
            shared.groupby = []
        }
        return ErrorBarSummary(axis: axis, orient: orient, def: def, transforms: transforms, shared: shared)
    }

    static func extentExpression(_ field: String) -> String { CompositeBuilder.datum(field) }

    func badExtent(_ n: JSONNode) -> Diagnostic {
        let allowed = kind == .boxplot ? ["min-max"] : ErrorBarSummary.extents
        let s: String = { if case .string(let s) = n.value { return s }; return "" }()
        let list = kind == .boxplot ? "\"min-max\" or a number k (whiskers to k × the interquartile range)"
            : "\"ci\", \"stderr\", \"stdev\" or \"iqr\""
        return Diagnostic(location: n.location, path: n.path,
                          message: "expected \(list) for the \(kind.rawValue)'s extent, found \(n.describeValue())",
                          suggestion: Suggest.closest(to: s, in: allowed))
    }
}
