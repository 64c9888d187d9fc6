import ChartsmithData
import ChartsmithScene
import ChartsmithSpec

/// Names every layer that drew nothing, and why, as a warning on the scene
/// (``SceneMetadata/warnings``): a layer never vanishes in silence.
enum EmptyLayers {
    /// `scene` with a warning for each of its empty layers. `drawn` is the scene before
    /// the last overlap check (``ChartBuilder/finish(_:)``), to tell a layer whose texts
    /// were all left out from one that drew none.
    ///
    /// `panels`: a grid's cells, whose layers follow one another in the scene's marks (each
    /// cell's numbered from 0). A facet's cell that the split left without rows is drawn
    /// empty, as Vega draws it, and not warned of; any other empty layer of a cell is named
    /// with its cell (or view).
    static func report(_ scene: Scene, drawn: Scene, views: [PreparedView], panels: [Panel] = []) -> Scene {
        guard panels.count > 1 else { return report(scene, drawn: drawn, views: views) }
        let before = Set(drawn.emptyLayerOrdinals.map(\.ordinal))
        var out = scene
        // Each layer's cell and index in it, in the order the cells' layers are drawn.
        var place: [(panel: Int, layer: Int)] = []
        for (p, panel) in panels.enumerated() { for j in panel.views.indices { place.append((p, j)) } }
        let facet = panels.contains(where: \.inFacet)
        for (ordinal, _) in scene.emptyLayerOrdinals where place.indices.contains(ordinal) {
            let (p, j) = place[ordinal]
            let cell = panels[p].views, v = cell[j]
            if v.mark.style.contains("boxplot-outliers") && v.table.rows.isEmpty { continue }
            // A facet's cell with no rows of its own (a row and column pairing the data lacks).
            if panels[p].inFacet && cell.allSatisfy({ $0.table.rows.isEmpty && $0.transformedRowCount == 0 }) { continue }
            let reason = before.contains(ordinal) ? Self.reason(v) : "each of its texts overlapped other text and was left out"
            let header = panels[p].header.isEmpty ? "" : " (" + panels[p].header.joined(separator: " ") + ")"
            let which = "\(facet ? "cell" : "view") \(p + 1) of \(panels.count)\(header)"
                + (cell.count > 1 ? ", layer \(j + 1) of \(cell.count) (\(v.mark.type.rawValue))" : " (\(v.mark.type.rawValue))")
            out.metadata.warnings.append("\(which) drew nothing: \(reason)")
        }
        return out
    }

    /// ``report(_:drawn:views:panels:)`` for one panel: its layers named by their index.
    static func report(_ scene: Scene, drawn: Scene, views: [PreparedView]) -> Scene {
        let before = Set(drawn.emptyLayers)
        var out = scene
        for name in scene.emptyLayers {
            // "layer N kind": N is the view's index in the chart.
            let parts = name.split(separator: " ")
            guard parts.count >= 3, let i = Int(parts[1]), views.indices.contains(i) else { continue }
            let v = views[i]
            // A box plot's outliers layer, written out by the box plot itself, is empty
            // whenever no row lies beyond the whiskers: nothing the spec asked for is missing.
            if v.mark.style.contains("boxplot-outliers") && v.table.rows.isEmpty { continue }
            let reason = before.contains(name) ? Self.reason(v) : "each of its texts overlapped other text and was left out"
            out.metadata.warnings.append("layer \(i + 1) of \(views.count) (\(v.mark.type.rawValue)) drew nothing: \(reason)")
        }
        return out
    }

    /// Why a view drew nothing, from its rows and channels.
    static func reason(_ v: PreparedView) -> String {
        let rows = v.table.rows
        if rows.isEmpty {
            // Rows that the encoding dropped for invalid positions are not "no rows".
            let n = v.transformedRowCount
            let fields = [Channel.x, .y].compactMap { ch -> String? in
                guard let d = v.encoding[ch], let f = d.outputField, d.isContinuous(for: ch) else { return nil }
                return "\(ch.rawValue) field \"\(f)\""
            }
            if let note = [Channel.x, .y].lazy.compactMap({ v.encoding[$0]?.outputField }).compactMap({ Self.missingMember($0, fields: v.table.fields) }).first {
                return note
            }
            if n > 0, !fields.isEmpty {
                return "none of its \(n) row\(n == 1 ? "" : "s") (after any transforms) has a valid value for its "
                    + fields.joined(separator: " or ") + " (each is missing or invalid)"
            }
            return "its data has no rows (after any transforms)"
        }
        if v.mark.type == .text {
            if let d = v.encoding[.text], let f = d.outputField, rows.allSatisfy({ $0[f].isNull || $0[f].text.isEmpty }) {
                return "its text field \"\(f)\" is empty on every row"
            }
            if v.encoding[.text] == nil && v.mark.text == nil && v.mark.expressions["text"] == nil {
                return "it has no text (set the text channel or the mark's text)"
            }
        }
        for ch in [Channel.x, .y] {
            if let f = v.encoding[ch]?.outputField, let note = Self.missingMember(f, fields: v.table.fields) { return note }
            if let f = v.encoding[ch]?.outputField, rows.allSatisfy({ $0[f].isNull }) {
                return "its \(ch.rawValue) field \"\(f)\" is missing or invalid on every row"
            }
        }
        return "none of its \(rows.count) rows has a place on the chart (values missing, invalid or outside the scales)"
    }

    /// For a field path (`last_date.dat`, `o[3]`) into an object or array field that the
    /// data has, when the data has no such member: which field it reads into and the members
    /// it has, so the message names the path, not the data, as what is wrong.
    static func missingMember(_ field: String, fields: [String]) -> String? {
        guard !fields.contains(field) else { return nil }
        var end = field.endIndex
        while let cut = field[..<end].lastIndex(where: { $0 == "." || $0 == "[" }) {
            let parent = String(field[..<cut])
            if fields.contains(parent) {
                let members = fields.filter { $0.hasPrefix(parent + ".") || $0.hasPrefix(parent + "[") }
                    .map { String($0.dropFirst(parent.count)) }
                let list = members.prefix(12).joined(separator: ", ") + (members.count > 12 ? ", …" : "")
                return "its field \"\(field)\" is a path into the field \"\(parent)\", which has no member \"\(field.dropFirst(parent.count))\""
                    + (members.isEmpty ? " (it holds no object or array)" : " (its members: \(list))")
            }
            end = cut
        }
        return nil
    }
}
