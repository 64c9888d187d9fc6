// The values config keys take: colours, sizes, fractions, dashes, weights, padding, autosize,
// locale and size presets, each checked with a located diagnostic.

extension ConfigDecoder {
    /// `invalid`: `"filter"` is true, null or `"show"` false, the `"break-paths-…"` modes
    /// (Vega-Lite's default) nil.
    static func invalid(_ n: JSONNode) throws -> Bool? {
        if n.isNull { return false }
        let s = try n.asString()
        switch s {
        case "filter": return true
        case "show": return false
        case "break-paths-filter-domains", "break-paths-show-domains": return nil
        default:
            throw Diagnostic(location: n.location, path: n.path,
                             message: "expected \"filter\", \"show\", \"break-paths-filter-domains\", \"break-paths-show-domains\" or null for invalid, found \(n.describeValue())",
                             suggestion: Suggest.closest(to: s, in: ["filter", "show"]))
        }
    }

    static func oneOf(_ n: JSONNode, _ allowed: [String]) throws -> String {
        let s = try n.asString()
        guard allowed.contains(s) else {
            throw Diagnostic(location: n.location, path: n.path,
                             message: "expected one of " + allowed.map { "\"\($0)\"" }.joined(separator: ", ") + ", found \"\(s)\"",
                             suggestion: Suggest.closest(to: s, in: allowed))
        }
        return s
    }

    static func finite(_ n: JSONNode) throws -> Double {
        let v = try n.asNumber()
        guard v.isFinite else { throw n.mismatch("a finite number") }
        return v
    }

    static func color(_ q: inout ObjectReader, _ key: String) throws -> ConfigColor? {
        guard let n = q.take(key) else { return nil }
        guard case .string(let s) = n.value else { throw n.mismatch("a CSS colour string such as \"#12436D\"") }
        return Located(s, location: n.location, path: n.path)
    }

    /// A mark's `fill` or `stroke` default: a colour, or `null` for none (Vega-Lite's "no
    /// fill"), read as "transparent".
    static func colorOrNone(_ q: inout ObjectReader, _ key: String) throws -> ConfigColor? {
        guard let n = q.take(key) else { return nil }
        if n.isNull { return Located("transparent", location: n.location, path: n.path) }
        guard case .string(let s) = n.value else { throw n.mismatch("a CSS colour string such as \"#12436D\", or null for none") }
        return Located(s, location: n.location, path: n.path)
    }

    static func positive(_ q: inout ObjectReader, _ key: String, allowZero: Bool) throws -> Double? {
        guard let n = q.take(key) else { return nil }
        let v = try n.asNumber()
        guard v.isFinite, allowZero ? v >= 0 : v > 0 else {
            throw n.mismatch(allowZero ? "a number of points, 0 or more" : "a positive number")
        }
        return v
    }

    static func fraction(_ q: inout ObjectReader, _ key: String) throws -> Double? {
        guard let n = q.take(key) else { return nil }
        let v = try n.asNumber()
        guard v >= 0, v <= 1 else { throw n.mismatch("a number from 0 to 1") }
        return v
    }

    static func dash(_ n: JSONNode) throws -> [Double] {
        let items = try n.asArray()
        return try items.map { item in
            let v = try item.asNumber()
            guard v.isFinite, v >= 0 else { throw item.mismatch("a dash or gap length, 0 or more") }
            return v
        }
    }

    static func weight(_ q: inout ObjectReader, _ key: String) throws -> Bool? {
        guard let n = q.take(key) else { return nil }
        return try weightValue(n)
    }

    /// `"bold"`/`"bolder"`/600+ is bold; `"normal"`/`"lighter"`/below 600 is regular.
    static func weightValue(_ n: JSONNode) throws -> Bool {
        switch n.value {
        case .number(let w):
            guard w >= 100, w <= 900 else { throw n.mismatch("a font weight from 100 to 900, \"normal\" or \"bold\"") }
            return w >= 600
        case .string(let s):
            switch s {
            case "bold", "bolder": return true
            case "normal", "lighter": return false
            default:
                throw Diagnostic(location: n.location, path: n.path,
                                 message: "expected a font weight (\"normal\", \"bold\" or 100–900), found \"\(s)\"",
                                 suggestion: Suggest.closest(to: s, in: ["normal", "bold"]))
            }
        default:
            throw n.mismatch("a font weight (\"normal\", \"bold\" or 100–900)")
        }
    }

    static func padding(_ node: JSONNode) throws -> Padding {
        if case .number(let n) = node.value {
            guard n >= 0, n.isFinite else { throw node.mismatch("a padding of 0 or more points") }
            return Padding(all: n)
        }
        var r = try ObjectReader(node, what: "config.padding")
        var p = Padding(all: 0)
        p.top = try positive(&r, "top", allowZero: true) ?? 0
        p.right = try positive(&r, "right", allowZero: true) ?? 0
        p.bottom = try positive(&r, "bottom", allowZero: true) ?? 0
        p.left = try positive(&r, "left", allowZero: true) ?? 0
        try r.finish()
        return p
    }

    static func autosize(_ node: JSONNode) throws -> Autosize {
        if case .object = node.value {
            var r = try ObjectReader(node, what: "config.autosize")
            let type = try r.enumeration("type", Autosize.self) ?? .pad
            r.autosizeContains(fit: type == .fit)
            try r.finish()
            return type
        }
        let s = try node.asString()
        if s == "fit-x" || s == "fit-y" {
            throw Diagnostic(location: node.location, path: node.path,
                             message: "autosize \"\(s)\" is not supported by Chartsmith in config; use \"fit\"", suggestion: "fit")
        }
        return try node.asEnum(Autosize.self)
    }

    static func locale(_ node: JSONNode) throws -> String {
        if case .object = node.value {
            throw Diagnostic(location: node.location, path: node.path,
                             message: "locale definitions are not supported by Chartsmith; give a locale name, one of "
                                 + Config.knownLocales.map { "\"\($0)\"" }.joined(separator: ", "))
        }
        let s = try node.asString()
        let wanted = s.replacingOccurrences(of: "_", with: "-").lowercased()
        if let known = Config.knownLocales.first(where: { $0.lowercased() == wanted }) { return known }
        throw Diagnostic(location: node.location, path: node.path,
                         message: "unknown locale \"\(s)\"; expected one of "
                             + Config.knownLocales.map { "\"\($0)\"" }.joined(separator: ", "),
                         suggestion: Suggest.closest(to: s, in: Config.knownLocales))
    }

    static func size(_ node: JSONNode) throws -> SizePreset {
        let names = SizePreset.all.compactMap(\.name)
        switch node.value {
        case .string(let s):
            if let p = SizePreset.named(s) { return p }
            throw Diagnostic(location: node.location, path: node.path,
                             message: "unknown size preset \"\(s)\"; expected one of " + names.map { "\"\($0)\"" }.joined(separator: ", ")
                                 + " or {\"width\": W, \"height\": H}",
                             suggestion: Suggest.closest(to: s, in: names))
        case .object:
            var r = try ObjectReader(node, what: "config.size")
            guard let w = try positive(&r, "width", allowZero: false), let h = try positive(&r, "height", allowZero: false) else {
                throw Diagnostic(location: node.location, path: node.path, message: "a size needs \"width\" and \"height\" in points")
            }
            let scale = try positive(&r, "scale", allowZero: false) ?? 1
            try r.finish()
            return SizePreset(width: w, height: h, pixelScale: scale, summary: "\(w) × \(h) pt")
        default:
            throw node.mismatch("a size preset name (" + names.joined(separator: ", ") + ") or {\"width\": W, \"height\": H}")
        }
    }
}
