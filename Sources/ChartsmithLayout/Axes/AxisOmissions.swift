import ChartsmithScene

/// Category labels a discrete axis had to leave out (a fixed width too narrow for them even
/// turned), carried through the scene as an empty marker group and turned into a warning
/// that names them: a category never loses its label in silence.
enum AxisOmissions {
    /// The marker group's name prefix.
    static let prefix = "omitted axis labels\u{1F}"

    /// A marker for the labels of `ticks` not in `kept`, and for kept ones cut short (their
    /// `drawn` lines end in "…"), or nil when every label is kept whole.
    ///
    /// - Parameter angleGiven: the spec sets the axis's `labelAngle`, so the advice does
    ///   not ask for another angle.
    static func marker(channel: String, ticks: [AxisTick], kept: [Int], drawn: [[String]] = [], angleGiven: Bool = false) -> SceneNode? {
        let keep = Set(kept)
        let left = ticks.indices.filter { !keep.contains($0) }.map { ticks[$0].text.replacingOccurrences(of: "\n", with: " ") }
        let cut = kept.filter { k in
            k < drawn.count && drawn[k].contains { $0.hasSuffix("…") } && !ticks[k].text.contains("…")
        }
        guard !left.isEmpty || !cut.isEmpty else { return nil }
        func quoted(_ names: [String]) -> String {
            names.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ") + (names.count > 3 ? ", …" : "")
        }
        var parts: [String] = []
        if !left.isEmpty {
            parts.append("shows \(ticks.count - left.count) of \(ticks.count) category labels; left out, as they do not fit side by side: \(quoted(left))")
        }
        if !cut.isEmpty {
            parts.append("cuts \(cut.count) of the labels it shows short (\(quoted(cut.map { drawn[$0].joined(separator: " ") })) for \(quoted(cut.map { ticks[$0].text })))")
        }
        let message = "the \(channel) axis (encoding.\(channel)) " + parts.joined(separator: ", and ") + ". Widen the chart, "
            + (angleGiven ? "" : "set \"labelAngle\": -90 on the axis, ") + "or draw horizontal bars (the categories on y)"
        return .group(GroupNode(children: [], role: .axisLabel, name: prefix + message))
    }

    /// `scene` without its markers, each named in a warning, and a warning naming any text
    /// that `drawn` (the scene before ``TextTriage``) had and the triage left out.
    static func report(_ scene: Scene, drawn: Scene) -> Scene {
        var out = scene
        var messages: [String] = []
        func strip(_ nodes: [SceneNode]) -> [SceneNode] {
            nodes.compactMap { n in
                guard case .group(var g) = n else { return n }
                if let name = g.name, name.hasPrefix(prefix) {
                    messages.append(String(name.dropFirst(prefix.count)))
                    return nil
                }
                g.children = strip(g.children)
                return .group(g)
            }
        }
        out.nodes = strip(out.nodes)
        messages += lostText(kept: scene, drawn: drawn)
        out.metadata.warnings += messages
        return out
    }

    /// What each kind of text is called in a warning, in the order warnings name them.
    static let roleNames: [(Role, String)] = [
        (.title, "title line"), (.subtitle, "subtitle line"), (.axisLabel, "axis label"), (.axisTitle, "axis title"),
        (.legendTitle, "legend title"), (.legendLabel, "legend label"), (.directLabel, "direct label"),
        (.source, "source line"), (.notes, "note line"), (.annotation, "annotation"), (.total, "total label"),
        (.markLabel, "text mark or value label"), (.other, "piece of text"),
    ]

    /// A warning for each kind of text that `drawn` had and `kept` lost (overlapping more
    /// important text, or off the canvas): no text is left out in silence.
    static func lostText(kept scene: Scene, drawn: Scene) -> [String] {
        var messages: [String] = []
        // Each scene's text gathered once (not once per kind of text: a walk of the whole tree).
        let keptTexts = scene.texts, drawnTexts = drawn.texts
        for (role, roleName) in roleNames {
            var kept: [TextNode: Int] = [:]
            for t in keptTexts where t.role == role { kept[t, default: 0] += 1 }
            // A facet's or a view's header shares the axis titles' role; it is named apart.
            var lostByName: [(String, [String])] = [(roleName, []), ("facet or view header", [])]
            for t in drawnTexts where t.role == role {
                if let n = kept[t], n > 0 { kept[t] = n - 1 } else {
                    lostByName[t.isHeader ? 1 : 0].1.append(t.text.replacingOccurrences(of: "\n", with: " "))
                }
            }
            for (name, lost) in lostByName where !lost.isEmpty {
                messages.append(message(lost, name: name))
            }
        }
        return messages
    }

    /// The warning that `lost` texts of a kind (`name`) were left out.
    static func message(_ lost: [String], name: String) -> String {
        let shown = lost.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ") + (lost.count > 3 ? ", …" : "")
        return "\(lost.count) \(name)\(lost.count == 1 ? "" : "s") overlapped other text or left the canvas and "
            + "\(lost.count == 1 ? "was" : "were") left out: \(shown). Widen the chart or shorten the text"
    }
}
